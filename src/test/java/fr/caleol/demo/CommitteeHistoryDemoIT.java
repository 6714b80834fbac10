package fr.caleol.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caleol.base.domain.LandlordTime;
import fr.caleol.committee.domain.ActivityReport;
import fr.caleol.committee.domain.Committee;
import fr.caleol.committee.domain.CommitteeRepository;
import fr.caleol.committee.domain.DecisionType;
import fr.caleol.committee.domain.OfferState;
import fr.caleol.committee.service.ActivityReportService;
import fr.caleol.security.domain.Role;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.TestUsers;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo committee's past year gives its dashboard every kind of figure to show. */
@IntegrationTest
class CommitteeHistoryDemoIT {

    @Autowired DemoHousingData housing;
    @Autowired CommitteeHistoryDemo history;
    @Autowired CommitteeRepository committees;
    @Autowired ActivityReportService reports;
    @Autowired TransactionTemplate transaction;

    @AfterEach
    void logout() {
        TestUsers.anonymous();
    }

    @Test
    void a_year_of_monthly_sittings_fills_every_section_of_the_dashboard() {
        housing.loadOnce();
        long committeeId = transaction.execute(status -> {
            Committee committee = committees.save(new Committee(TestUsers.unique("Historique"), "Démonstration"));
            assertThat(history.load(committee)).isEqualTo(CommitteeHistoryDemo.MONTHS);
            return committee.getId();
        });

        TestUsers.actAs("secretaire", Role.SECRETARY);
        LocalDate today = LocalDate.now(LandlordTime.ZONE);
        ActivityReport report = reports.report(new ActivityReportService.Request(new ActivityReport.Period(
                today.minusMonths(13), today), committeeId)).figures();

        int items = CommitteeHistoryDemo.MONTHS * CommitteeHistoryDemo.ITEMS_PER_SITTING;
        assertThat(report.sittingsHeld()).isEqualTo(CommitteeHistoryDemo.MONTHS);
        assertThat(report.itemsExamined()).isEqualTo(items - 1);
        assertThat(report.itemsSentBack()).isEqualTo(1);
        assertThat(report.decisionsByType().keySet()).containsExactlyInAnyOrder(DecisionType.values());
        assertThat(report.offers()).containsKeys(OfferState.ACCEPTED, OfferState.REFUSED, OfferState.WAITING);
        assertThat(report.refusalGrounds()).isNotEmpty();
        assertThat(report.vacancyToDecision().known()).isEqualTo(items - 1);
        assertThat(report.attributions()).isEqualTo(items - 1);
        assertThat(report.firstQuartile().of()).isPositive();
        assertThat(report.priority().percent()).isPresent();
    }
}
