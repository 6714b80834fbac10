package fr.caleol.demo;

import fr.caleol.base.domain.LandlordTime;
import fr.caleol.committee.domain.AgendaCandidate;
import fr.caleol.committee.domain.AgendaCandidateRepository;
import fr.caleol.committee.domain.AgendaItem;
import fr.caleol.committee.domain.AgendaItemRepository;
import fr.caleol.committee.domain.Committee;
import fr.caleol.committee.domain.DecisionType;
import fr.caleol.committee.domain.FirstQuartileThreshold;
import fr.caleol.committee.domain.FirstQuartileThresholdRepository;
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
import fr.caleol.committee.domain.VoteOutcome;
import fr.caleol.committee.domain.VoteRound;
import fr.caleol.committee.domain.VoteRoundRepository;
import fr.caleol.housing.domain.Dwelling;
import fr.caleol.housing.domain.DwellingRepository;
import fr.caleol.housing.domain.HousingApplication;
import fr.caleol.housing.domain.HousingApplicationRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A year of the demo committee's past activity, so that its dashboard and yearly report have something to show: one
 * closed sitting a month over the last twelve months, four dwellings each (now let), decided with every kind of
 * decision and offers answered; the allocated, refused and inadmissible applications of the demo register are their
 * candidates. Also a first-quartile threshold marked as a demonstration value.
 */
@Component
class CommitteeHistoryDemo {

    static final int MONTHS = 12;
    static final int ITEMS_PER_SITTING = 4;
    private static final RefusalGround[] GROUNDS = {RefusalGround.OTHER_CANDIDATE_PRIORITY,
            RefusalGround.EFFORT_RATE_TOO_HIGH, RefusalGround.UNSUITED_TO_HOUSEHOLD,
            RefusalGround.RESOURCES_ABOVE_CEILING};

    private final SittingRepository sittings;
    private final AgendaItemRepository items;
    private final AgendaCandidateRepository candidates;
    private final VoteRoundRepository rounds;
    private final ProposedDecisionRepository decisions;
    private final OfferRepository offers;
    private final DwellingRepository dwellings;
    private final HousingApplicationRepository applications;
    private final FirstQuartileThresholdRepository thresholds;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    CommitteeHistoryDemo(SittingRepository sittings, AgendaItemRepository items, AgendaCandidateRepository candidates,
            VoteRoundRepository rounds, ProposedDecisionRepository decisions, OfferRepository offers,
            DwellingRepository dwellings, HousingApplicationRepository applications,
            FirstQuartileThresholdRepository thresholds, JdbcTemplate jdbc, Clock clock) {
        this.sittings = sittings;
        this.items = items;
        this.candidates = candidates;
        this.rounds = rounds;
        this.decisions = decisions;
        this.offers = offers;
        this.dwellings = dwellings;
        this.applications = applications;
        this.thresholds = thresholds;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Writes the history, in the caller's transaction; returns the number of sittings written. */
    int load(Committee committee) {
        LocalDate today = LandlordTime.today(clock);
        if (thresholds.findById(today.getYear() - 1).isEmpty()) {
            FirstQuartileThreshold threshold = new FirstQuartileThreshold(today.getYear() - 1);
            threshold.set(new BigDecimal("10800.00"), "Valeur de démonstration : saisissez celle de l’arrêté "
                    + "préfectoral de votre territoire", "demo", clock.instant());
            thresholds.save(threshold);
        }
        Deque<Long> let = ids("SELECT id FROM dwelling WHERE status = 'LET' AND reference LIKE 'LGT-%' ORDER BY id");
        Deque<Long> allocated = ids("SELECT id FROM housing_application WHERE status = 'ALLOCATED' ORDER BY id");
        Deque<Long> active = ids("SELECT id FROM housing_application WHERE status = 'ACTIVE' ORDER BY id DESC");
        Deque<Long> inadmissible = ids("SELECT id FROM housing_application WHERE status = 'INADMISSIBLE' ORDER BY id");
        if (let.isEmpty() || allocated.size() < 2 || active.size() < 3) {
            return 0; // no housing register to draw the candidates from
        }
        int written = 0;
        int n = 0;
        for (int month = MONTHS; month >= 1; month--) {
            LocalDate date = today.minusMonths(month);
            Sitting sitting = sittings.save(new Sitting(committee, date, LocalTime.of(14, 30),
                    month % 4 == 0 ? SittingMode.HYBRID : SittingMode.LIVE_REMOTE));
            Instant at = date.atTime(15, 0).atZone(LandlordTime.ZONE).toInstant();
            sitting.start(at);
            sitting.end(at.plusSeconds(5400));
            written++;
            for (int position = 1; position <= ITEMS_PER_SITTING; position++, n++) {
                if (let.isEmpty() || allocated.size() < 2 || active.size() < 3) {
                    return written;
                }
                Dwelling dwelling = dwellings.getReferenceById(let.pop());
                dwelling.situate(n % 5 == 0, date.minusDays(21 + (n * 17L) % 80));
                AgendaItem item = items.save(new AgendaItem(sitting, position, dwelling));
                if (month == 1 && position == ITEMS_PER_SITTING) {
                    candidate(item, active.peek(), 1);
                    item.sendBack("Situation familiale à examiner en séance physique");
                    continue;
                }
                item.setState(ItemState.DECIDED);
                VoteRound round = new VoteRound(item.getId(), 1, at, null, 8, 7, null);
                round.close(at.plusSeconds(300L * position), new VoteOutcome(6, 0, 1, true, false));
                long roundId = rounds.save(round).getId();
                switch (n % 4) {
                    case 0, 3 -> {
                        long chosen = allocated.pop();
                        decide(item, roundId, chosen, 1, DecisionType.ATTRIBUTION, null, null);
                        decide(item, roundId, active.pop(), 2, DecisionType.NON_ATTRIBUTION, null, GROUNDS[n % 4]);
                        if (!inadmissible.isEmpty() && n % 4 == 3) {
                            decide(item, roundId, inadmissible.pop(), 3, DecisionType.INADMISSIBLE, null,
                                    RefusalGround.INCOMPLETE_FILE);
                        } else {
                            decide(item, roundId, active.pop(), 3, DecisionType.NON_ATTRIBUTION, null,
                                    GROUNDS[(n + 1) % 4]);
                        }
                    }
                    case 1 -> {
                        boolean firstRefuses = n % 8 == 1;
                        long first = firstRefuses ? active.pop() : allocated.pop();
                        long second = firstRefuses ? allocated.pop() : active.pop();
                        long third = active.pop();
                        decide(item, roundId, first, 1, DecisionType.RANKED_ATTRIBUTION, 1, null);
                        decide(item, roundId, second, 2, DecisionType.RANKED_ATTRIBUTION, 2, null);
                        decide(item, roundId, third, 3, DecisionType.RANKED_ATTRIBUTION, 3, null);
                        offer(item, first, 1, date, firstRefuses ? OfferState.REFUSED : OfferState.ACCEPTED);
                        Offer next = new Offer(Offer.Kind.OFFER, item.getId(), second, 2);
                        if (firstRefuses) {
                            next.make(date.plusDays(12), date.plusDays(22));
                            next.answer(OfferState.ACCEPTED, at.plusSeconds(86_400L * 15), "secretaire");
                        }
                        offers.save(next);
                        offers.save(new Offer(Offer.Kind.OFFER, item.getId(), third, 3));
                    }
                    default -> {
                        long chosen = allocated.pop();
                        decide(item, roundId, chosen, 1, DecisionType.CONDITIONAL_ATTRIBUTION, null, null);
                        Offer condition = new Offer(Offer.Kind.CONDITION, item.getId(), chosen, 0);
                        condition.make(date, date.plusDays(30));
                        condition.answer(OfferState.ACCEPTED, at.plusSeconds(86_400L * 9), "secretaire");
                        offers.save(condition);
                        decide(item, roundId, active.pop(), 2, DecisionType.NON_ATTRIBUTION, null, GROUNDS[n % 4]);
                        decide(item, roundId, active.pop(), 3, DecisionType.NON_ATTRIBUTION, null,
                                RefusalGround.OTHER_CANDIDATE_PRIORITY);
                    }
                }
            }
        }
        return written;
    }

    private void decide(AgendaItem item, long roundId, long applicationId, int position, DecisionType type,
            Integer rank, RefusalGround ground) {
        candidate(item, applicationId, position);
        LocalDate deadline = type == DecisionType.CONDITIONAL_ATTRIBUTION ? item.getSitting().getDate().plusDays(30)
                : null;
        decisions.save(new ProposedDecision(roundId, applicationId, type, rank,
                deadline == null ? null : "Dernier avis d’imposition", deadline, ground, null));
    }

    private void candidate(AgendaItem item, long applicationId, int position) {
        HousingApplication application = applications.getReferenceById(applicationId);
        candidates.save(new AgendaCandidate(item, application, position));
    }

    private void offer(AgendaItem item, long applicationId, int rank, LocalDate date, OfferState answer) {
        Offer offer = new Offer(Offer.Kind.OFFER, item.getId(), applicationId, rank);
        offer.make(date.plusDays(2), date.plusDays(12));
        offer.answer(answer, date.plusDays(9).atTime(10, 0).atZone(LandlordTime.ZONE).toInstant(), "secretaire");
        offers.save(offer);
    }

    private Deque<Long> ids(String sql) {
        List<Long> found = jdbc.queryForList(sql, Long.class);
        return new ArrayDeque<>(found);
    }
}
