package fr.caleol.support;

import static fr.caleol.housing.HousingFixtures.newLastName;
import static fr.caleol.housing.HousingFixtures.newNumero;
import static fr.caleol.housing.HousingFixtures.newReference;

import fr.caleol.committee.domain.AgendaItem;
import fr.caleol.committee.domain.AgendaItemRepository;
import fr.caleol.committee.domain.Committee;
import fr.caleol.committee.domain.CommitteeRepository;
import fr.caleol.committee.domain.DecisionType;
import fr.caleol.committee.domain.FirstQuartileThreshold;
import fr.caleol.committee.domain.ItemState;
import fr.caleol.committee.domain.Offer;
import fr.caleol.committee.domain.OfferRepository;
import fr.caleol.committee.domain.OfferState;
import fr.caleol.committee.domain.ProposedDecision;
import fr.caleol.committee.domain.ProposedDecisionRepository;
import fr.caleol.committee.domain.RefusalGround;
import fr.caleol.committee.domain.Sitting;
import fr.caleol.committee.domain.SittingMode;
import fr.caleol.committee.domain.SittingRepository;
import fr.caleol.committee.domain.SittingState;
import fr.caleol.committee.domain.VoteOutcome;
import fr.caleol.committee.domain.VoteRound;
import fr.caleol.committee.domain.VoteRoundRepository;
import fr.caleol.committee.service.ActivityReportService;
import fr.caleol.housing.HousingFixtures;
import fr.caleol.housing.domain.CurrentHousingType;
import fr.caleol.housing.domain.Dwelling;
import fr.caleol.housing.domain.DwellingType;
import fr.caleol.housing.domain.HousingApplication;
import fr.caleol.housing.domain.PriorityCategory;
import fr.caleol.housing.domain.RequestReason;
import fr.caleol.housing.domain.SupportingDocument;
import fr.caleol.housing.service.ApplicationForm;
import fr.caleol.housing.service.DwellingForm;
import fr.caleol.housing.service.DwellingService;
import fr.caleol.housing.service.HousingApplicationService;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A committee of its own with a known year of activity in 2019, so that no other test's sittings fall in it; see
 * {@link #decidedYear()} for the answer it gives.
 */
@Component
public class ActivityFixtures {

    public static final int YEAR = 2019;
    static final LocalDate MARCH = LocalDate.of(YEAR, 3, 12);

    @Autowired ActivityReportService reports;
    @Autowired CommitteeRepository committees;
    @Autowired SittingRepository sittings;
    @Autowired AgendaItemRepository items;
    @Autowired VoteRoundRepository rounds;
    @Autowired ProposedDecisionRepository decisions;
    @Autowired OfferRepository offers;
    @Autowired DwellingService dwellings;
    @Autowired HousingApplicationService applications;
    @Autowired TransactionTemplate transaction;

    private HousingApplication application(String monthly, boolean dalo, Set<PriorityCategory> priorities) {
        String name = newLastName("Rapport");
        ApplicationForm form = new ApplicationForm(newNumero(), LocalDate.of(2018, 3, 15), null,
                List.of(HousingFixtures.MONTREUIL), Set.of(DwellingType.T3), RequestReason.TOO_EXPENSIVE, null, dalo,
                priorities, Set.of(SupportingDocument.IDENTITY), List.of(HousingFixtures.applicant(name,
                        LocalDate.of(1980, 5, 2), monthly)), 20_000L, null, CurrentHousingType.PRIVATE_TENANT,
                new BigDecimal("900.00"), null, null, "8 rue des Lilas", "93100", "Montreuil");
        return applications.create(form);
    }

    private Dwelling dwelling(boolean qpv, LocalDate vacantSince) {
        DwellingForm base = HousingFixtures.dwelling(newReference(), HousingFixtures.MONTREUIL);
        return dwellings.create(new DwellingForm(base.reference(), base.address(), base.communeInseeCode(),
                base.type(), base.surface(), base.floor(), base.lift(), base.reducedMobility(), base.monthlyRent(),
                base.monthlyCharges(), base.financing(), base.reservataire(), qpv, vacantSince));
    }

    /** An item decided by its second round (the first one rejected), with one decision per candidate. */
    private long decided(Sitting sitting, int position, Dwelling dwelling, List<ProposedDecision> proposal) {
        AgendaItem item = items.save(new AgendaItem(sitting, position, dwelling));
        item.setState(ItemState.DECIDED);
        Instant at = sitting.getDate().atTime(15, 0).toInstant(java.time.ZoneOffset.UTC);
        VoteRound rejected = new VoteRound(item.getId(), 1, at, null, 5, 5, null);
        rejected.close(at, new VoteOutcome(1, 4, 0, false, false));
        rounds.save(rejected);
        VoteRound adopted = new VoteRound(item.getId(), 2, at, null, 5, 5, null);
        adopted.close(at, new VoteOutcome(4, 1, 0, true, false));
        long roundId = rounds.save(adopted).getId();
        // the rejected round's proposal must not count: it gave the dwelling to nobody
        decisions.save(new ProposedDecision(rejected.getId(), proposal.getFirst().getApplicationId(),
                DecisionType.NON_ATTRIBUTION, null, null, null, RefusalGround.UNSUITED_TO_HOUSEHOLD, null));
        for (ProposedDecision d : proposal) {
            decisions.save(new ProposedDecision(roundId, d.getApplicationId(), d.getType(), d.getRank(),
                    d.getMissingDocument(), d.getConditionDeadline(), d.getGround(), d.getGroundsText()));
        }
        return item.getId();
    }

    private static ProposedDecision decision(HousingApplication a, DecisionType type, Integer rank,
            RefusalGround ground) {
        return new ProposedDecision(0L, a.getId(), type, rank, null, null, ground, null);
    }

    /**
     * Two closed sittings and one still convened (not counted). Attributed: {@code alone} (700 €/month, first
     * quartile at 10 000 €), {@code dalo} in a QPV, {@code ranked2} who accepted (1 200 €: 14 400 €, above).
     * Outside QPV: alone and ranked2, one in the first quartile: 50 %. Priority: dalo and ranked2 (a priority
     * category): 2 of 3.
     */
    public long decidedYear() {
        long[] created = {0};
        HousingApplication alone = application("700.00", false, Set.of());
        HousingApplication refused = application("1500.00", false, Set.of());
        HousingApplication dalo = application("800.00", true, Set.of());
        HousingApplication ranked1 = application("900.00", false, Set.of());
        HousingApplication ranked2 = application("1200.00", false, Set.of(PriorityCategory.BADLY_HOUSED));
        Dwelling outside = dwelling(false, LocalDate.of(YEAR, 2, 10));
        Dwelling inQpv = dwelling(true, null);
        Dwelling ranked = dwelling(false, LocalDate.of(YEAR, 1, 11));
        Dwelling withdrawn = dwelling(false, null);
        Dwelling later = dwelling(false, null);
        transaction.executeWithoutResult(status -> {
            Committee committee = committees.save(new Committee(newLastName("Commission rapport"), "Rapport"));
            created[0] = committee.getId();
            Sitting live = sittings.save(new Sitting(committee, MARCH, LocalTime.of(14, 0), SittingMode.LIVE_REMOTE));
            live.setState(SittingState.CLOSED);
            decided(live, 1, outside, List.of(decision(alone, DecisionType.ATTRIBUTION, null, null),
                    decision(refused, DecisionType.NON_ATTRIBUTION, null, RefusalGround.RESOURCES_ABOVE_CEILING)));
            decided(live, 2, inQpv, List.of(decision(dalo, DecisionType.ATTRIBUTION, null, null)));
            AgendaItem sentBack = items.save(new AgendaItem(live, 3, withdrawn));
            sentBack.sendBack("Dossier à revoir en salle");
            Sitting hybrid = sittings.save(new Sitting(committee, MARCH.plusDays(30), LocalTime.of(10, 0),
                    SittingMode.HYBRID));
            hybrid.setState(SittingState.CLOSED);
            long rankedItem = decided(hybrid, 1, ranked, List.of(
                    decision(ranked1, DecisionType.RANKED_ATTRIBUTION, 1, null),
                    decision(ranked2, DecisionType.RANKED_ATTRIBUTION, 2, null)));
            Offer first = new Offer(Offer.Kind.OFFER, rankedItem, ranked1.getId(), 1);
            first.make(MARCH.plusDays(31), MARCH.plusDays(41));
            first.answer(OfferState.REFUSED, Instant.now(), "secretaire-rapport");
            offers.save(first);
            Offer second = new Offer(Offer.Kind.OFFER, rankedItem, ranked2.getId(), 2);
            second.make(MARCH.plusDays(42), MARCH.plusDays(52));
            second.answer(OfferState.ACCEPTED, Instant.now(), "secretaire-rapport");
            offers.save(second);
            Sitting convened = sittings.save(new Sitting(committee, MARCH.plusDays(60), LocalTime.of(10, 0),
                    SittingMode.LIVE_REMOTE));
            convened.setState(SittingState.CONVENED);
            AgendaItem pending = items.save(new AgendaItem(convened, 1, later));
            pending.setState(ItemState.DECIDED);
        });
        FirstQuartileThreshold existing = reports.thresholds().stream().filter(t -> t.getYear() == YEAR - 1)
                .findFirst().orElse(null);
        reports.setThreshold(YEAR - 1, new BigDecimal("10000.00"), "Arrêté préfectoral de test",
                existing == null ? null : existing.getVersion());
        return created[0];
    }
}
