package fr.caleol.committee.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each decision letter carries the appeals that fit its decision. */
class AppealMentionsTest {

    @Test
    void every_decision_names_the_informal_appeal_and_the_administrative_court_within_two_months() {
        for (DecisionType type : DecisionType.values()) {
            assertThat(AppealMentions.of(type, 1)).contains("recours gracieux").contains("tribunal administratif")
                    .contains("deux mois").contains("R421-1");
        }
    }

    @Test
    void an_attribution_does_not_send_the_applicant_to_the_dalo_commission_but_a_refusal_does() {
        assertThat(AppealMentions.of(DecisionType.ATTRIBUTION, null)).doesNotContain("DALO");
        assertThat(AppealMentions.of(DecisionType.RANKED_ATTRIBUTION, 1)).doesNotContain("DALO");
        assertThat(AppealMentions.of(DecisionType.RANKED_ATTRIBUTION, 2)).contains("DALO");
        assertThat(AppealMentions.of(DecisionType.NON_ATTRIBUTION, null)).contains("DALO").contains("L441-2-3");
        assertThat(AppealMentions.of(DecisionType.CONDITIONAL_ATTRIBUTION, null)).contains("DALO");
    }

    @Test
    void an_inadmissibility_warns_of_the_strike_off_one_month_after_notification() {
        assertThat(AppealMentions.of(DecisionType.INADMISSIBLE, null)).contains("radiée").contains("un mois")
                .contains("R441-2-8");
        assertThat(AppealMentions.of(DecisionType.NON_ATTRIBUTION, null)).doesNotContain("radiée");
    }
}
