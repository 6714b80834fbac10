package fr.caleol.committee.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuorumRuleTest {

    @Test
    void half_of_the_voting_members_is_met_exactly_at_half() {
        QuorumRule half = new QuorumRule(QuorumRule.Kind.PERCENT_OF_ELECTORATE, 50);
        assertThat(half.isMet(5, 10)).isTrue();
        assertThat(half.isMet(4, 10)).isFalse();
        assertThat(half.isMet(5, 9)).isTrue();
        assertThat(half.isMet(4, 9)).isFalse();
        assertThat(half.required(9)).isEqualTo(5);
    }

    @Test
    void a_minimum_number_present_is_met_from_that_number() {
        QuorumRule four = new QuorumRule(QuorumRule.Kind.MINIMUM_PRESENT, 4);
        assertThat(four.isMet(4, 9)).isTrue();
        assertThat(four.isMet(3, 9)).isFalse();
    }

    @Test
    void an_empty_electorate_never_makes_a_percentage_quorum() {
        assertThat(new QuorumRule(QuorumRule.Kind.PERCENT_OF_ELECTORATE, 50).isMet(0, 0)).isFalse();
    }

    @Test
    void nonsense_rules_are_refused() {
        assertThatThrownBy(() -> new QuorumRule(QuorumRule.Kind.PERCENT_OF_ELECTORATE, 150))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QuorumRule(QuorumRule.Kind.MINIMUM_PRESENT, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
