package fr.caleol.committee.service;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.events.EventBus;
import fr.caleol.committee.domain.AgendaCandidate;
import fr.caleol.committee.domain.AgendaCandidateRepository;
import fr.caleol.committee.domain.AgendaItem;
import fr.caleol.committee.domain.AgendaItemRepository;
import fr.caleol.committee.domain.Offer;
import fr.caleol.committee.domain.OfferRepository;
import fr.caleol.committee.domain.OfferState;
import fr.caleol.committee.service.SittingChangedEvent.Change;
import fr.caleol.housing.domain.ApplicationStatus;
import fr.caleol.housing.domain.DwellingStatus;
import fr.caleol.housing.service.HousingDecisions;
import fr.caleol.mail.domain.MailKind;
import fr.caleol.mail.service.MailProperties;
import fr.caleol.mail.service.Outbox;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After publication, the secretary follows the decisions up: the answers to the offers of ranked attributions
 * (a refusal, or no answer by the deadline, passes the offer to the next rank; when all refuse, the dwelling is
 * vacant again) and the suspensive conditions (an overdue condition is flagged).
 */
@Service
@RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
public class FollowUpService {

    /** One line of the follow-up screen. */
    public record Line(long id, long version, Offer.Kind kind, String dwellingReference, String applicantName,
            String numeroUnique, int rank, OfferState state, LocalDate notifiedOn, LocalDate deadline,
            boolean overdue, String registeredLetter, boolean letterDue) {}

    private final OfferRepository offers;
    private final AgendaItemRepository items;
    private final AgendaCandidateRepository candidates;
    private final HousingDecisions housingDecisions;
    private final AuditLog auditLog;
    private final EventBus eventBus;
    private final CurrentUser currentUser;
    private final Outbox outbox;
    private final MailProperties mailSettings;
    private final Clock clock;

    FollowUpService(OfferRepository offers, AgendaItemRepository items, AgendaCandidateRepository candidates,
            HousingDecisions housingDecisions, AuditLog auditLog, EventBus eventBus, CurrentUser currentUser,
            Outbox outbox, MailProperties mailSettings, Clock clock) {
        this.offers = offers;
        this.items = items;
        this.candidates = candidates;
        this.housingDecisions = housingDecisions;
        this.auditLog = auditLog;
        this.eventBus = eventBus;
        this.currentUser = currentUser;
        this.outbox = outbox;
        this.mailSettings = mailSettings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Line> lines(long sittingId) {
        List<AgendaItem> agenda = items.findBySitting(sittingId);
        if (agenda.isEmpty()) {
            return List.of();
        }
        Map<Long, AgendaItem> byId = agenda.stream().collect(Collectors.toMap(AgendaItem::getId, Function.identity()));
        List<Long> itemIds = agenda.stream().map(AgendaItem::getId).toList();
        Map<String, AgendaCandidate> byItemAndApplication = candidates.findByItems(itemIds).stream()
                .collect(Collectors.toMap(c -> c.getItem().getId() + ":" + c.getApplication().getId(),
                        Function.identity(), (a, b) -> a));
        LocalDate today = LandlordTime.today(clock);
        return offers.findByItemIdInOrderByItemIdAscRankAsc(itemIds).stream().map(o -> {
            AgendaCandidate c = byItemAndApplication.get(o.getItemId() + ":" + o.getApplicationId());
            return new Line(o.getId(), o.getVersion(), o.getKind(), byId.get(o.getItemId()).getDwelling()
                    .getReference(), c == null ? "?" : c.getApplication().getApplicantName(),
                    c == null || c.getApplication().getNumeroUnique() == null ? ""
                            : c.getApplication().getNumeroUnique().formatted(),
                    o.getRank(), o.getState(), o.getNotifiedOn(), o.getReplyDeadline(), o.isOverdue(today),
                    o.getRegisteredLetter(), o.isLetterDue());
        }).toList();
    }

    /** The conditions whose deadline passed without the document: flagged to the secretary. */
    @Transactional(readOnly = true)
    public List<Line> overdueConditions(long sittingId) {
        return lines(sittingId).stream().filter(l -> l.kind() == Offer.Kind.CONDITION && l.overdue()).toList();
    }

    /** A sitting with conditions past their deadline without the document, for the secretary's home page. */
    public record OverdueConditions(long sittingId, LocalDate sittingDate, int count) {}

    /** Every sitting with overdue conditions (pending and past their deadline), flagged to the secretary. */
    @Transactional(readOnly = true)
    public List<OverdueConditions> overdueConditionsEverywhere() {
        return overdueConditionsBySitting(o -> true).stream()
                .map(g -> new OverdueConditions(g.sittingId(), g.sittingDate(), g.conditions().size())).toList();
    }

    /** The overdue conditions of one sitting. */
    private record OverdueGroup(long sittingId, LocalDate sittingDate, List<Offer> conditions) {}

    /** The pending conditions past their deadline (and matching {@code which}), by sitting. */
    private List<OverdueGroup> overdueConditionsBySitting(java.util.function.Predicate<Offer> which) {
        LocalDate today = LandlordTime.today(clock);
        Map<Long, List<Offer>> byItem = offers.findByKindAndState(Offer.Kind.CONDITION, OfferState.PENDING).stream()
                .filter(o -> o.isOverdue(today) && which.test(o))
                .collect(Collectors.groupingBy(Offer::getItemId));
        Map<Long, OverdueGroup> bySitting = new java.util.LinkedHashMap<>();
        items.findAllById(byItem.keySet()).forEach(item -> bySitting.computeIfAbsent(item.getSitting().getId(),
                id -> new OverdueGroup(id, item.getSitting().getDate(), new java.util.ArrayList<>()))
                .conditions().addAll(byItem.get(item.getId())));
        return List.copyOf(bySitting.values());
    }

    /**
     * Records the answer to a pending offer (ACCEPTED, REFUSED, or LAPSED when no answer came by the deadline) or
     * to a condition (ACCEPTED: document received; REFUSED/LAPSED: condition not met).
     */
    @Transactional
    public void answer(long offerId, long expectedVersion, OfferState answer) {
        if (answer != OfferState.ACCEPTED && answer != OfferState.REFUSED && answer != OfferState.LAPSED) {
            throw new IllegalArgumentException("Not an answer: " + answer);
        }
        Offer offer = offers.findById(offerId).orElseThrow(() -> new BusinessException("committee.error.notFound"));
        if (offer.getVersion() != expectedVersion) {
            throw BusinessException.staleData();
        }
        if (offer.getState() != OfferState.PENDING) {
            throw new BusinessException("followUp.error.notPending");
        }
        if (answer == OfferState.LAPSED && !offer.isOverdue(LandlordTime.today(clock))) {
            throw new BusinessException("followUp.error.notOverdue");
        }
        apply(offer, answer, currentUser.requireUsername());
    }

    /**
     * Tells the secretaries by mail, once per condition, that conditional attributions passed their deadline
     * without the document (one mail per sitting concerned). Returns the mails queued.
     */
    @Transactional
    public int announceOverdueConditions() {
        int mails = 0;
        for (OverdueGroup sitting : overdueConditionsBySitting(o -> !o.isOverdueNotified())) {
            Map<String, String> values = Map.of("date_seance", FrenchText.shortDate(sitting.sittingDate()),
                    "nombre", String.valueOf(sitting.conditions().size()),
                    "lien", mailSettings.link("seances/" + sitting.sittingId() + "/proces-verbal"));
            mails += outbox.enqueueToRole(MailKind.OVERDUE_CONDITION, fr.caleol.security.domain.Role.SECRETARY,
                    user -> values, "sitting:" + sitting.sittingId());
            sitting.conditions().forEach(Offer::markOverdueNotified);
        }
        return mails;
    }

    /**
     * An offer not answered by its deadline counts as a refusal: the server lapses it and passes the offer to the
     * next rank, whether or not anyone is connected (conditions are only flagged: the secretary decides).
     */
    @Transactional
    @PermitAll
    public int lapseOverdueOffers() {
        LocalDate today = LandlordTime.today(clock);
        int lapsed = 0;
        for (Offer offer : offers.findByKindAndState(Offer.Kind.OFFER, OfferState.PENDING)) {
            if (offer.isOverdue(today)) {
                apply(offer, OfferState.LAPSED, AuditLog.SYSTEM_ACTOR);
                lapsed++;
            }
        }
        return lapsed;
    }

    private void apply(Offer offer, OfferState answer, String actor) {
        long offerId = offer.getId();
        offer.answer(answer, clock.instant(), actor);
        AgendaItem item = items.findById(offer.getItemId()).orElseThrow();
        long dwellingId = item.getDwelling().getId();
        String what = offer.getKind() == Offer.Kind.OFFER ? "offre du logement " : "condition sur le logement ";
        if (answer == OfferState.ACCEPTED) {
            housingDecisions.setApplicationStatus(offer.getApplicationId(), ApplicationStatus.ALLOCATED, actor,
                    what + item.getDwelling().getReference() + " : acceptée");
            housingDecisions.setDwellingStatus(dwellingId, DwellingStatus.ALLOCATED);
            for (Offer waiting : offers.findByItemIdOrderByRank(offer.getItemId())) {
                if (waiting.getState() == OfferState.WAITING) {
                    housingDecisions.setApplicationStatus(waiting.getApplicationId(), ApplicationStatus.ACTIVE,
                            actor, "Logement " + item.getDwelling().getReference() + " accepté par un candidat mieux classé");
                }
            }
        } else {
            housingDecisions.setApplicationStatus(offer.getApplicationId(), ApplicationStatus.ACTIVE, actor,
                    what + item.getDwelling().getReference() + (answer == OfferState.REFUSED ? " : refusée"
                            : " : sans réponse dans le délai, vaut refus"));
            Optional<Offer> next = offer.getKind() == Offer.Kind.OFFER
                    ? offers.findByItemIdOrderByRank(offer.getItemId()).stream()
                            .filter(o -> o.getState() == OfferState.WAITING).findFirst()
                    : Optional.empty();
            if (next.isPresent()) {
                LocalDate today = LandlordTime.today(clock);
                next.get().passTo(today);
                housingDecisions.setApplicationStatus(next.get().getApplicationId(), ApplicationStatus.ALLOCATED,
                        actor, FrenchText.format("history.offerPassed", item.getDwelling().getReference(),
                                next.get().getRank(), FrenchText.shortDate(next.get().getReplyDeadline())));
                housingDecisions.setDwellingStatus(dwellingId, DwellingStatus.ALLOCATED);
            } else {
                housingDecisions.setDwellingStatus(dwellingId, DwellingStatus.VACANT);
            }
        }
        auditLog.recordAs(actor, AuditAction.OFFER_ANSWERED, "offer", offerId, offer.getKind() + " rank " + offer.getRank()
                + " application " + offer.getApplicationId() + " " + answer);
        eventBus.publish(new SittingChangedEvent(item.getSitting().getId(), Change.FOLLOW_UP));
    }

    /**
     * Records how a pending offer or condition was notified: the day the registered letter was first presented (or
     * the letter handed over: today, by default) and its number. An offer's reply deadline then follows that day, and
     * the lapse job applies the new one. The day may be neither in the future nor before the sitting.
     */
    @Transactional
    public void recordNotification(long offerId, long expectedVersion, LocalDate firstPresentation,
            String registeredLetter) {
        Offer offer = offers.findById(offerId).orElseThrow(() -> new BusinessException("committee.error.notFound"));
        if (offer.getVersion() != expectedVersion) {
            throw BusinessException.staleData();
        }
        if (offer.getState() != OfferState.PENDING) {
            throw new BusinessException("followUp.error.notPending");
        }
        LocalDate day = firstPresentation == null ? LandlordTime.today(clock) : firstPresentation;
        AgendaItem item = items.findById(offer.getItemId()).orElseThrow();
        if (day.isAfter(LandlordTime.today(clock)) || day.isBefore(item.getSitting().getDate())) {
            throw new BusinessException("followUp.error.notificationDate");
        }
        String number = registeredLetter == null || registeredLetter.isBlank() ? null : registeredLetter.strip();
        if (number != null && (number.length() > Offer.REGISTERED_LETTER_MAX || !number.matches("[A-Za-z0-9 -]+"))) {
            throw new BusinessException("followUp.error.registeredLetter", Offer.REGISTERED_LETTER_MAX);
        }
        offer.notified(day, number);
        auditLog.record(AuditAction.OFFER_ANSWERED, "offer", offerId, "notified " + day
                + (number == null ? " by hand" : " registered letter " + number) + ", deadline "
                + offer.getReplyDeadline());
        eventBus.publish(new SittingChangedEvent(item.getSitting().getId(), Change.FOLLOW_UP));
    }
}
