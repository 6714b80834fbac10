package fr.caleol.audit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caleol.committee.domain.CastingVoteHolder;
import fr.caleol.committee.service.LivePresence;
import fr.caleol.housing.service.ApplicationFilter;
import fr.caleol.housing.service.EligibilityService;
import fr.caleol.housing.service.HousingApplicationService;
import fr.caleol.security.domain.Role;
import fr.caleol.support.CandidacyFixtures;
import fr.caleol.support.CommitteeFixtures;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** What leaves a trace in the audit log besides the actions themselves: denials, presence, sensitive reads. */
@IntegrationTest
class AuditTrailIT {

    @Autowired HousingApplicationService applications;
    @Autowired EligibilityService eligibility;
    @Autowired LivePresence presence;
    @Autowired CommitteeFixtures committees;
    @Autowired CandidacyFixtures candidacies;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestUsers.anonymous();
    }

    private int count(String action, String actor) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = ? AND actor = ?", Integer.class,
                action, actor);
    }

    @Test
    void a_logged_in_user_refused_by_a_role_rule_is_audited_with_what_he_tried() {
        String volunteer = TestUsers.unique("benevole");
        TestUsers.actAs(volunteer, Role.VOLUNTEER);
        assertThatThrownBy(() -> applications.list(ApplicationFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT details FROM audit_event WHERE action = 'ACCESS_DENIED' AND actor = ?",
                String.class, volunteer)).isEqualTo("HousingApplicationService.list");
    }

    @Test
    void a_refusal_of_an_object_check_is_audited_once_outside_the_refused_transaction() {
        CommitteeFixtures.LiveSitting s = committees.convenedSitting(3, CastingVoteHolder.MAYOR_OF_COMMUNE);
        String stranger = TestUsers.unique("membre");
        TestUsers.actAs(stranger, Role.COMMITTEE_MEMBER);
        assertThatThrownBy(() -> presence.join(s.sittingId())).isInstanceOf(AccessDeniedException.class);
        assertThat(count("ACCESS_DENIED", stranger)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT details FROM audit_event WHERE action = 'ACCESS_DENIED' AND actor = ?",
                String.class, stranger)).startsWith("LivePresence.join: Not convened");
    }

    @Test
    void joining_and_leaving_a_sitting_are_the_evidence_of_the_quorum() {
        CommitteeFixtures.LiveSitting s = committees.convenedSitting(3, CastingVoteHolder.MAYOR_OF_COMMUNE);
        TestUsers.actAs(s.mayor(), Role.COMMITTEE_MEMBER);
        presence.join(s.sittingId());
        presence.join(s.sittingId());
        presence.leave(s.sittingId());
        assertThat(count("SITTING_JOINED", s.mayor())).as("joined once, however many tabs").isEqualTo(1);
        assertThat(count("SITTING_LEFT", s.mayor())).isEqualTo(1);
    }

    @Test
    void reading_a_candidates_eligibility_figures_is_audited() {
        CandidacyFixtures.Proposed proposed = candidacies.dwellingWithCandidates(CommitteeFixtures.MONTREUIL, 2);
        String secretary = TestUsers.unique("secretaire");
        TestUsers.actAs(secretary, Role.SECRETARY);
        eligibility.report(proposed.applicationIds().getFirst(), proposed.dwellingId(), null);
        eligibility.reports(proposed.applicationIds(), proposed.dwellingId(), null);
        assertThat(count("ELIGIBILITY_REPORT_READ", secretary)).isEqualTo(2);
    }
}
