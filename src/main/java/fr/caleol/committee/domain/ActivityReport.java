package fr.caleol.committee.domain;

import fr.caleol.committee.domain.AttributionTargets.Share;
import java.math.BigDecimal;
import java.text.Collator;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The committee's activity over a period (CCH R441-9: the committee reports on it at least once a year), computed
 * from the decisions of its closed sittings. An <b>attribution</b> here is one that took effect: a simple
 * attribution, a ranked one whose offer the candidate accepted, a conditional one whose condition was met. The legal
 * shares (CCH L441-1) are measured on those.
 *
 * @param period the sittings' dates, both ends included
 * @param sittingsByMode the closed sittings, by mode
 * @param itemsExamined the items decided
 * @param itemsWithdrawn the items withdrawn, of which {@code itemsSentBack} were sent back to an in-person sitting
 * @param decisionsByType the committee's decisions (one per candidate), by type
 * @param decisionsByCommune the decisions by the dwelling's commune, then by type
 * @param refusalGrounds the grounds of non-attributions and inadmissibilities
 * @param vacancyToDecision days from the dwelling's vacancy to the sitting's decision, over the decided items
 * @param offers the offers of ranked attributions, by their state
 * @param attributions the attributions that took effect
 * @param firstQuartile the attributions outside QPV to first-quartile applicants, among the attributions outside QPV
 * @param thresholds the first-quartile thresholds used, by the year they were set for
 * @param firstQuartileUnknown the attributions outside QPV left out of that share: no threshold for their year
 * @param priority the attributions to priority or DALO households, among all the attributions
 * @param dalo of those, the attributions to DALO households
 */
public record ActivityReport(Period period, Map<SittingMode, Long> sittingsByMode, long itemsExamined,
        long itemsWithdrawn, long itemsSentBack, Map<DecisionType, Long> decisionsByType,
        Map<String, Map<DecisionType, Long>> decisionsByCommune, Map<RefusalGround, Long> refusalGrounds,
        Delay vacancyToDecision, Map<OfferState, Long> offers, long attributions, Share firstQuartile,
        Map<Integer, BigDecimal> thresholds, long firstQuartileUnknown, Share priority, long dalo) {

    /** A period of sittings, both ends included. */
    public record Period(LocalDate from, LocalDate to) {
        public Period {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("period ends before it starts: " + from + " – " + to);
            }
        }

        /** The calendar year, the yearly report's period. */
        public static Period year(int year) {
            return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
    }

    /** Days from vacancy to decision: over the items whose vacancy date is known, and how many are not. */
    public record Delay(int known, int unknown, Integer medianDays, Double averageDays, Integer maxDays) {

        static Delay of(List<Long> days, int unknown) {
            if (days.isEmpty()) {
                return new Delay(0, unknown, null, null, null);
            }
            List<Long> sorted = days.stream().sorted().toList();
            int n = sorted.size();
            long median = n % 2 == 1 ? sorted.get(n / 2) : Math.round((sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0);
            double average = sorted.stream().mapToLong(Long::longValue).average().orElseThrow();
            return new Delay(n, unknown, (int) median, Math.round(average * 10) / 10.0, sorted.getLast().intValue());
        }
    }

    // ------------------------------------------------------------------------------------------------ the facts

    /** One decision of an adopted round of a decided item of a closed sitting. */
    public record DecisionFact(long itemId, long applicationId, DecisionType type, RefusalGround ground,
            String commune, boolean qpv, LocalDate vacantSince, LocalDate decidedOn) {}

    /** An item of a closed sitting of the period. */
    public record ItemFact(long itemId, ItemState state, boolean sentBack) {}

    /** A follow-up of a decision: an offer of a ranked attribution or the condition of a conditional one. */
    public record OfferFact(long itemId, long applicationId, Offer.Kind kind, OfferState state) {}

    /** What the legal shares need from an attributed household. */
    public record HouseholdFact(long applicationId, BigDecimal monthlyResources, int householdSize,
            List<LocalDate> birthDates, boolean dalo, boolean priority) {}

    /** The rules the shares are measured against. */
    public record Targets(int firstQuartilePercent, int priorityPercent,
            NavigableMap<Integer, BigDecimal> thresholdsByYear) {

        /** Sorted once, so that each decision's lookup is a floor search. */
        public Targets(int firstQuartilePercent, int priorityPercent, Map<Integer, BigDecimal> thresholdsByYear) {
            this(firstQuartilePercent, priorityPercent, (NavigableMap<Integer, BigDecimal>) new TreeMap<>(
                    thresholdsByYear));
        }

        /** The first-quartile threshold of a decision's year: its own year's, else the latest earlier one. */
        public BigDecimal thresholdFor(int year) {
            Map.Entry<Integer, BigDecimal> entry = thresholdsByYear.floorEntry(year);
            return entry == null ? null : entry.getValue();
        }

        Integer thresholdYearFor(int year) {
            return thresholdsByYear.floorKey(year);
        }
    }

    /** Computes the report from the facts of the period. */
    public static ActivityReport of(Period period, Map<SittingMode, Long> sittingsByMode, Collection<ItemFact> items,
            Collection<DecisionFact> decisions, Collection<OfferFact> followUps, Collection<HouseholdFact> households,
            Targets targets) {
        long examined = items.stream().filter(i -> i.state() == ItemState.DECIDED).count();
        long withdrawn = items.stream().filter(i -> i.state() == ItemState.WITHDRAWN).count();
        long sentBack = items.stream().filter(i -> i.state() == ItemState.WITHDRAWN && i.sentBack()).count();

        Map<DecisionType, Long> byType = new EnumMap<>(DecisionType.class);
        // communes in French alphabetical order (Épinay between Drancy and La Courneuve)
        Map<String, Map<DecisionType, Long>> byCommune = new TreeMap<>(Collator.getInstance(Locale.FRENCH));
        Map<RefusalGround, Long> grounds = new EnumMap<>(RefusalGround.class);
        Map<Long, Long> delayByItem = new HashMap<>();
        Set<Long> itemsWithoutVacancy = new HashSet<>();
        for (DecisionFact d : decisions) {
            byType.merge(d.type(), 1L, Long::sum);
            byCommune.computeIfAbsent(d.commune(), c -> new EnumMap<>(DecisionType.class)).merge(d.type(), 1L, Long::sum);
            if (d.ground() != null) {
                grounds.merge(d.ground(), 1L, Long::sum);
            }
            if (d.vacantSince() == null || d.vacantSince().isAfter(d.decidedOn())) {
                itemsWithoutVacancy.add(d.itemId());
            } else {
                delayByItem.put(d.itemId(), ChronoUnit.DAYS.between(d.vacantSince(), d.decidedOn()));
            }
        }
        itemsWithoutVacancy.removeAll(delayByItem.keySet());

        Map<OfferState, Long> offers = new EnumMap<>(OfferState.class);
        Set<String> accepted = new HashSet<>();
        for (OfferFact o : followUps) {
            if (o.kind() == Offer.Kind.OFFER) {
                offers.merge(o.state(), 1L, Long::sum);
            }
            if (o.state() == OfferState.ACCEPTED) {
                accepted.add(o.itemId() + "/" + o.applicationId());
            }
        }

        Map<Long, HouseholdFact> household = new HashMap<>();
        households.forEach(h -> household.put(h.applicationId(), h));
        List<DecisionFact> effective = new ArrayList<>();
        for (DecisionFact d : decisions) {
            boolean tookEffect = switch (d.type()) {
                case ATTRIBUTION -> true;
                case RANKED_ATTRIBUTION, CONDITIONAL_ATTRIBUTION -> accepted.contains(d.itemId() + "/" + d.applicationId());
                case NON_ATTRIBUTION, INADMISSIBLE -> false;
            };
            if (tookEffect) {
                effective.add(d);
            }
        }

        long outsideQpv = 0;
        long firstQuartile = 0;
        long unknown = 0;
        Map<Integer, BigDecimal> used = new TreeMap<>();
        long priority = 0;
        long dalo = 0;
        for (DecisionFact d : effective) {
            HouseholdFact h = household.get(d.applicationId());
            if (h == null) {
                throw new IllegalArgumentException("no household for application " + d.applicationId());
            }
            if (h.dalo()) {
                dalo++;
            }
            if (h.dalo() || h.priority()) {
                priority++;
            }
            if (d.qpv()) {
                continue;
            }
            int year = d.decidedOn().getYear();
            BigDecimal threshold = targets.thresholdFor(year);
            if (threshold == null) {
                unknown++;
                continue;
            }
            used.put(targets.thresholdYearFor(year), threshold);
            outsideQpv++;
            BigDecimal units = AttributionTargets.consumptionUnits(h.birthDates(), h.householdSize(), d.decidedOn());
            if (AttributionTargets.inFirstQuartile(AttributionTargets.annualPerUnit(h.monthlyResources(), units),
                    threshold)) {
                firstQuartile++;
            }
        }
        return new ActivityReport(period, sittingsByMode, examined, withdrawn, sentBack, byType, byCommune, grounds,
                Delay.of(new ArrayList<>(delayByItem.values()), itemsWithoutVacancy.size()), offers, effective.size(),
                new Share(firstQuartile, outsideQpv, targets.firstQuartilePercent()), used, unknown,
                new Share(priority, effective.size(), targets.priorityPercent()), dalo);
    }

    public long sittingsHeld() {
        return sittingsByMode.values().stream().mapToLong(Long::longValue).sum();
    }

    public long decisions() {
        return decisionsByType.values().stream().mapToLong(Long::longValue).sum();
    }
}
