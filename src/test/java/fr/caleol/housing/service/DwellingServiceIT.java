package fr.caleol.housing.service;

import static fr.caleol.housing.HousingFixtures.dwelling;
import static fr.caleol.housing.HousingFixtures.newLastName;
import static fr.caleol.housing.HousingFixtures.newNumero;
import static fr.caleol.housing.HousingFixtures.newReference;
import static fr.caleol.housing.HousingFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.events.EventBus;
import fr.caleol.housing.domain.ApplicationHistoryEntry;
import fr.caleol.housing.domain.ApplicationStatus;
import fr.caleol.housing.domain.Candidacy;
import fr.caleol.housing.domain.Dwelling;
import fr.caleol.housing.domain.DwellingStatus;
import fr.caleol.housing.domain.HousingApplication;
import fr.caleol.security.domain.Role;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.TestUsers;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class DwellingServiceIT {

    @Autowired DwellingService dwellings;
    @Autowired HousingApplicationService applications;
    @Autowired EventBus eventBus;

    @BeforeEach
    void actAsSecretary() {
        TestUsers.actAs("secretaire", Role.SECRETARY);
    }

    @AfterEach
    void logout() {
        TestUsers.anonymous();
    }

    private static DwellingFilter text(String text) {
        return new DwellingFilter(text, null, null, null, null, null);
    }

    private HousingApplication newApplication() {
        return applications.create(single(newNumero(), newLastName("Candidat"), 20000L));
    }

    @Test
    void a_created_dwelling_is_vacant_and_listed_with_its_commune_read_in_the_same_query() {
        String reference = newReference();
        Dwelling created = dwellings.create(dwelling(reference));
        assertThat(created.getStatus()).isEqualTo(DwellingStatus.VACANT);

        List<Dwelling> found = dwellings.list(text(reference), PageRequest.of(0, 10));
        assertThat(found).extracting(Dwelling::getId).containsExactly(created.getId());
        assertThat(Hibernate.isInitialized(found.getFirst().getCommune())).isTrue();
        assertThat(found.getFirst().getCommune().getName()).isEqualTo("Paris");
        assertThat(dwellings.count(text(reference))).isEqualTo(1);
    }

    @Test
    void a_created_dwelling_is_vacant_since_today_unless_told_and_keeps_its_priority_neighbourhood_flag() {
        LocalDate today = LocalDate.now(LandlordTime.ZONE);
        Dwelling byDefault = dwellings.create(dwelling(newReference()));
        assertThat(byDefault.getVacantSince()).isEqualTo(today);
        assertThat(byDefault.isQpv()).isFalse();

        DwellingForm base = dwelling(newReference());
        Dwelling inQpv = dwellings.create(new DwellingForm(base.reference(), base.address(), base.communeInseeCode(),
                base.type(), base.surface(), base.floor(), base.lift(), base.reducedMobility(), base.monthlyRent(),
                base.monthlyCharges(), base.financing(), base.reservataire(), true, today.minusDays(40)));
        assertThat(dwellings.get(inQpv.getId()).getVacantSince()).isEqualTo(today.minusDays(40));
        assertThat(dwellings.get(inQpv.getId()).isQpv()).isTrue();

        DwellingForm later = dwelling(newReference());
        assertThatThrownBy(() -> dwellings.create(new DwellingForm(later.reference(), later.address(),
                later.communeInseeCode(), later.type(), later.surface(), later.floor(), later.lift(),
                later.reducedMobility(), later.monthlyRent(), later.monthlyCharges(), later.financing(),
                later.reservataire(), false, today.plusDays(1))))
                .isInstanceOf(BusinessException.class).hasMessage("housing.error.vacantSinceFuture");
        assertThat(dwellings.count(text(later.reference()))).isZero();
    }

    @Test
    void a_taken_reference_an_unknown_commune_or_impossible_figures_are_refused() {
        String reference = newReference();
        dwellings.create(dwelling(reference));
        assertThatThrownBy(() -> dwellings.create(dwelling(reference)))
                .isInstanceOf(BusinessException.class).hasMessage("housing.error.referenceTaken");

        DwellingForm base = dwelling(newReference());
        assertThatThrownBy(() -> dwellings.create(new DwellingForm(base.reference(), base.address(), "99999",
                base.type(), base.surface(), base.floor(), base.lift(), base.reducedMobility(), base.monthlyRent(),
                base.monthlyCharges(), base.financing(), base.reservataire(), false, null)))
                .isInstanceOf(BusinessException.class).hasMessage("housing.error.unknownCommune");
        assertThatThrownBy(() -> dwellings.create(new DwellingForm(base.reference(), base.address(),
                base.communeInseeCode(), base.type(), base.surface(), base.floor(), base.lift(),
                base.reducedMobility(), new BigDecimal("-1.00"), base.monthlyCharges(), base.financing(),
                base.reservataire(), false, null)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> dwellings.create(new DwellingForm(base.reference(), base.address(),
                base.communeInseeCode(), base.type(), BigDecimal.ZERO, base.floor(), base.lift(),
                base.reducedMobility(), base.monthlyRent(), new BigDecimal("-0.01"), base.financing(),
                base.reservataire(), false, null)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(dwellings.count(text(base.reference()))).isZero();
    }

    @Test
    void proposing_a_candidate_marks_dwelling_and_application_proposed_and_lists_it_in_order() {
        Dwelling dwelling = dwellings.create(dwelling(newReference()));
        HousingApplication first = newApplication();
        HousingApplication second = newApplication();
        List<DwellingChangedEvent> events = new CopyOnWriteArrayList<>();
        try (EventBus.Registration ignored = eventBus.subscribe(DwellingChangedEvent.class, events::add)) {
            dwellings.propose(dwelling.getId(), first.getId());
            dwellings.propose(dwelling.getId(), second.getId());
        }

        List<Candidacy> candidates = dwellings.candidates(dwelling.getId());
        assertThat(candidates).extracting(c -> c.getApplication().getId())
                .containsExactly(first.getId(), second.getId());
        assertThat(candidates).extracting(Candidacy::getPosition).containsExactly(1, 2);
        assertThat(dwellings.get(dwelling.getId()).getStatus()).isEqualTo(DwellingStatus.PROPOSED);
        ApplicationDossier dossier = applications.dossier(first.getId());
        assertThat(dossier.application().getStatus()).isEqualTo(ApplicationStatus.PROPOSED);
        assertThat(dossier.proposals()).extracting(ApplicationDossier.Proposal::dwellingId)
                .containsExactly(dwelling.getId());
        assertThat(dossier.history()).extracting(ApplicationHistoryEntry::getKind)
                .contains(ApplicationHistoryEntry.Kind.PROPOSED);
        assertThat(events).contains(new DwellingChangedEvent(dwelling.getId()));
    }

    @Test
    void the_same_application_cannot_be_proposed_twice_for_a_dwelling() {
        Dwelling dwelling = dwellings.create(dwelling(newReference()));
        HousingApplication application = newApplication();
        dwellings.propose(dwelling.getId(), application.getId());
        assertThatThrownBy(() -> dwellings.propose(dwelling.getId(), application.getId()))
                .isInstanceOf(BusinessException.class).hasMessage("housing.error.alreadyCandidate");
        assertThat(dwellings.candidates(dwelling.getId())).hasSize(1);
    }

    @Test
    void a_committee_member_can_neither_list_nor_create_dwellings_nor_propose_candidates() {
        Dwelling dwelling = dwellings.create(dwelling(newReference()));
        HousingApplication application = newApplication();
        TestUsers.actAs("membre", Role.COMMITTEE_MEMBER);
        assertThatThrownBy(() -> dwellings.list(DwellingFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dwellings.create(dwelling(newReference())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dwellings.propose(dwelling.getId(), application.getId()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
