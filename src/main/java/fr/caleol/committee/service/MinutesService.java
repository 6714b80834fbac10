package fr.caleol.committee.service;

import static fr.caleol.base.domain.Texts.blankToNull;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.events.EventBus;
import fr.caleol.committee.domain.AgendaCandidateRepository;
import fr.caleol.committee.domain.AgendaItem;
import fr.caleol.committee.domain.AgendaItemRepository;
import fr.caleol.committee.domain.AttendanceRepository;
import fr.caleol.committee.domain.BallotRepository;
import fr.caleol.committee.domain.ConflictDeclarationRepository;
import fr.caleol.committee.domain.Convocation;
import fr.caleol.committee.domain.ConvocationRepository;
import fr.caleol.committee.domain.DecisionType;
import fr.caleol.committee.domain.FrenchCalendar;
import fr.caleol.committee.domain.Minutes;
import fr.caleol.committee.domain.MinutesBuilder;
import fr.caleol.committee.domain.MinutesDocument;
import fr.caleol.committee.domain.MinutesNote;
import fr.caleol.committee.domain.MinutesNoteRepository;
import fr.caleol.committee.domain.MinutesRepository;
import fr.caleol.committee.domain.MinutesState;
import fr.caleol.committee.domain.Offer;
import fr.caleol.committee.domain.OfferRepository;
import fr.caleol.committee.domain.ProposedDecisionRepository;
import fr.caleol.committee.domain.Seat;
import fr.caleol.committee.domain.SeatKind;
import fr.caleol.committee.domain.SeatRepository;
import fr.caleol.committee.domain.Sitting;
import fr.caleol.committee.domain.SittingRepository;
import fr.caleol.committee.domain.SittingState;
import fr.caleol.committee.domain.VoteRound;
import fr.caleol.committee.domain.VoteRoundRepository;
import fr.caleol.committee.service.SittingChangedEvent.Change;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minutes of a sitting: the draft built from the records, the secretary's free text (optimistic locking), the
 * workflow draft → submitted → validated (or sent back) → published, errata, the PDF, and the effects of
 * publication (offers of ranked attributions, follow-up of conditions, members told live). Published minutes are
 * frozen: every change is refused.
 */
@Service
@PermitAll
public class MinutesService {

    private final SittingRepository sittings;
    private final AgendaItemRepository items;
    private final AgendaCandidateRepository candidates;
    private final ConvocationRepository convocations;
    private final SeatRepository seats;
    private final AttendanceRepository attendance;
    private final ConflictDeclarationRepository conflicts;
    private final VoteRoundRepository rounds;
    private final BallotRepository ballots;
    private final ProposedDecisionRepository decisions;
    private final MinutesRepository minutes;
    private final MinutesNoteRepository notes;
    private final OfferRepository offers;
    private final AuditLog auditLog;
    private final EventBus eventBus;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;
    private final SittingMails sittingMails;
    private final Clock clock;

    MinutesService(SittingRepository sittings, AgendaItemRepository items, AgendaCandidateRepository candidates,
            ConvocationRepository convocations, SeatRepository seats, AttendanceRepository attendance,
            ConflictDeclarationRepository conflicts, VoteRoundRepository rounds, BallotRepository ballots,
            ProposedDecisionRepository decisions, MinutesRepository minutes, MinutesNoteRepository notes,
            OfferRepository offers, AuditLog auditLog, EventBus eventBus, CurrentUser currentUser,
            EntityManager entityManager, SittingMails sittingMails, Clock clock) {
        this.sittings = sittings;
        this.items = items;
        this.candidates = candidates;
        this.convocations = convocations;
        this.seats = seats;
        this.attendance = attendance;
        this.conflicts = conflicts;
        this.rounds = rounds;
        this.ballots = ballots;
        this.decisions = decisions;
        this.minutes = minutes;
        this.notes = notes;
        this.offers = offers;
        this.auditLog = auditLog;
        this.eventBus = eventBus;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
        this.sittingMails = sittingMails;
        this.clock = clock;
    }

    /** The free text the secretary may write; everything else comes from the records. */
    public record FreeText(String openingRemarks, String closingRemarks, Map<Long, String> notesByItem,
            Set<Long> excusedSeatIds) {}

    // ----------------------------------------------------------------------------------------------- reading

    /**
     * The minutes of a sitting for the current user: staff see the latest version in any state; the president
     * sees it once submitted; other convened members see only the latest published minutes.
     */
    @Transactional(readOnly = true)
    public MinutesPage page(long sittingId) {
        Sitting sitting = sitting(sittingId);
        boolean staff = isStaff();
        boolean president = isPresident(sitting);
        List<Minutes> all = minutes.findBySittingIdOrderById(sittingId);
        Optional<Minutes> shown;
        if (staff) {
            shown = all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
        } else {
            requireConvened(sittingId);
            shown = all.reversed().stream().filter(m -> m.isPublished()
                    || (president && m.getState() != MinutesState.DRAFT)).findFirst();
            if (shown.isEmpty()) {
                throw new BusinessException("minutes.error.notPublished");
            }
        }
        Minutes m = shown.orElse(null);
        Map<Long, String> noteMap = m == null ? Map.of() : noteMap(m.getId());
        Set<Long> excused = m == null ? Set.of() : MinutesBuilder.parseSeatIds(m.getExcusedSeats());
        MinutesDocument document = document(sitting, m, noteMap, excused);
        return new MinutesPage(sittingId, m == null ? null : m.getId(), m == null ? 0 : m.getVersion(),
                m == null ? MinutesState.DRAFT : m.getState(), m == null ? null : m.getErratumOfId(),
                m == null ? null : m.getPresidentComment(), m == null ? null : m.getPdfSha256(), document, noteMap,
                excused, staff, president, sitting.getState() == SittingState.CLOSED);
    }

    /** The PDF: the frozen one once published, otherwise a draft marked as such (staff and president only). */
    @Transactional(readOnly = true)
    public byte[] pdf(long minutesId) {
        Minutes m = minutes.findById(minutesId).orElseThrow(() -> new BusinessException("committee.error.notFound"));
        Sitting sitting = sitting(m.getSittingId());
        if (!isStaff()) {
            requireConvened(sitting.getId());
            if (!m.isPublished() && !(isPresident(sitting) && m.getState() != MinutesState.DRAFT)) {
                throw new BusinessException("minutes.error.notPublished");
            }
        }
        if (m.isPublished()) {
            return m.getPdf();
        }
        Map<Long, String> noteMap = noteMap(m.getId());
        return MinutesPdf.render(document(sitting, m, noteMap, MinutesBuilder.parseSeatIds(m.getExcusedSeats())),
                "Projet non publié");
    }

    /** The latest published minutes of a sitting (for letters and the prefect's package). */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    public Optional<PublishedMinutes> published(long sittingId) {
        Sitting sitting = sitting(sittingId);
        return minutes.findBySittingIdOrderById(sittingId).reversed().stream().filter(Minutes::isPublished)
                .findFirst().map(m -> new PublishedMinutes(m.getId(), m.getPdfSha256(), m.getPdf(),
                        document(sitting, m, noteMap(m.getId()), MinutesBuilder.parseSeatIds(m.getExcusedSeats()))));
    }

    public record PublishedMinutes(long minutesId, String sha256, byte[] pdf, MinutesDocument document) {}

    // ----------------------------------------------------------------------------------------------- writing

    /** Creates the draft of a closed sitting's minutes (or returns the existing one). */
    @Transactional
    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    public long createDraft(long sittingId) {
        Sitting sitting = sitting(sittingId);
        if (sitting.getState() != SittingState.CLOSED) {
            throw new BusinessException("minutes.error.sittingNotClosed");
        }
        List<Minutes> all = minutes.findBySittingIdOrderById(sittingId);
        if (!all.isEmpty()) {
            return all.getLast().getId();
        }
        Minutes created = minutes.save(new Minutes(sittingId, null));
        auditLog.record(AuditAction.MINUTES_SAVED, "minutes", created.getId(), "draft of sitting " + sittingId);
        return created.getId();
    }

    /**
     * Saves the secretary's free text. {@code expectedVersion} is the version the editor read: if someone saved in
     * between, the save is refused (nothing is overwritten) and the editor reloads.
     */
    @Transactional
    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    public long saveFreeText(long minutesId, long expectedVersion, FreeText text) {
        Minutes m = editable(minutesId, expectedVersion);
        if (m.getState() != MinutesState.DRAFT) {
            throw new BusinessException("minutes.error.notDraft");
        }
        check(text.openingRemarks());
        check(text.closingRemarks());
        m.setFreeText(blankToNull(text.openingRemarks()), blankToNull(text.closingRemarks()));
        Set<Long> convened = convocations.findBySitting(m.getSittingId()).stream().map(c -> c.getSeat().getId())
                .collect(Collectors.toSet());
        m.setExcusedSeats(text.excusedSeatIds() == null ? null : new TreeSet<>(text.excusedSeatIds()).stream()
                .filter(convened::contains).map(String::valueOf).collect(Collectors.joining(",")));
        Set<Long> itemIds = items.findBySitting(m.getSittingId()).stream().map(AgendaItem::getId)
                .collect(Collectors.toSet());
        Map<Long, MinutesNote> existing = notes.findByMinutesId(minutesId).stream()
                .collect(Collectors.toMap(MinutesNote::getItemId, n -> n));
        text.notesByItem().forEach((itemId, note) -> {
            if (!itemIds.contains(itemId)) {
                throw new BusinessException("committee.error.notFound");
            }
            check(note);
            MinutesNote current = existing.get(itemId);
            if (note == null || note.isBlank()) {
                if (current != null) {
                    notes.delete(current);
                }
            } else if (current == null) {
                notes.save(new MinutesNote(minutesId, itemId, note.trim()));
            } else {
                current.setNote(note.trim());
            }
        });
        entityManager.lock(m, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        auditLog.record(AuditAction.MINUTES_SAVED, "minutes", minutesId, null);
        entityManager.flush();
        return m.getVersion();
    }

    @Transactional
    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    public void submit(long minutesId, long expectedVersion) {
        Minutes m = editable(minutesId, expectedVersion);
        if (m.getState() != MinutesState.DRAFT) {
            throw new BusinessException("minutes.error.notDraft");
        }
        m.setState(MinutesState.SUBMITTED);
        auditLog.record(AuditAction.MINUTES_SUBMITTED, "minutes", minutesId, null);
        eventBus.publish(new SittingChangedEvent(m.getSittingId(), Change.MINUTES));
    }

    /** The president validates the submitted minutes. */
    @Transactional
    public void validate(long minutesId, long expectedVersion) {
        Minutes m = editable(minutesId, expectedVersion);
        requirePresident(sitting(m.getSittingId()));
        if (m.getState() != MinutesState.SUBMITTED) {
            throw new BusinessException("minutes.error.notSubmitted");
        }
        m.setState(MinutesState.VALIDATED);
        m.setPresidentComment(null);
        auditLog.record(AuditAction.MINUTES_VALIDATED, "minutes", minutesId, null);
        eventBus.publish(new SittingChangedEvent(m.getSittingId(), Change.MINUTES));
    }

    /** The president sends the minutes back to the secretary with a comment. */
    @Transactional
    public void sendBack(long minutesId, long expectedVersion, String comment) {
        Minutes m = editable(minutesId, expectedVersion);
        requirePresident(sitting(m.getSittingId()));
        if (m.getState() != MinutesState.SUBMITTED) {
            throw new BusinessException("minutes.error.notSubmitted");
        }
        if (comment == null || comment.isBlank() || comment.length() > Minutes.COMMENT_MAX) {
            throw new BusinessException("minutes.error.commentRequired", Minutes.COMMENT_MAX);
        }
        m.setState(MinutesState.DRAFT);
        m.setPresidentComment(comment.trim());
        auditLog.record(AuditAction.MINUTES_SENT_BACK, "minutes", minutesId, comment.trim());
        eventBus.publish(new SittingChangedEvent(m.getSittingId(), Change.MINUTES));
    }

    /**
     * Publishes validated minutes: the PDF is rendered once and frozen, its SHA-256 printed in its footer and
     * appended to the audit chain; the offers of ranked attributions and the conditions are opened; the convened
     * members are told.
     */
    @Transactional
    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    public String publish(long minutesId, long expectedVersion) {
        Minutes m = editable(minutesId, expectedVersion);
        if (m.getState() != MinutesState.VALIDATED) {
            throw new BusinessException("minutes.error.notValidated");
        }
        Sitting sitting = sitting(m.getSittingId());
        MinutesDocument doc = document(sitting, m, noteMap(minutesId),
                MinutesBuilder.parseSeatIds(m.getExcusedSeats()));
        doc = new MinutesDocument(doc.sittingId(), doc.committeeName(), doc.territory(), doc.date(), doc.startTime(),
                doc.mode(), doc.startedAt(), doc.endedAt(), MinutesState.PUBLISHED, doc.erratumOfId(),
                doc.erratumOfSha256(), doc.openingRemarks(), doc.closingRemarks(), doc.quorumRule(), doc.members(),
                doc.items());
        // The footer cannot hold the hash of the file that contains it: the content is rendered first, its
        // SHA-256 is then printed on every page; the audit chain keeps both that and the final file's hash.
        String contentHash = sha256(MinutesPdf.render(doc, "Procès-verbal publié"));
        byte[] pdf = MinutesPdf.render(doc, "Procès-verbal publié le " + FrenchText.longDate(LandlordTime.today(clock))
                + " — empreinte SHA-256 : " + contentHash);
        String fileHash = sha256(pdf);
        m.publish(clock.instant(), currentUser.requireUsername(), pdf, contentHash);
        auditLog.record(AuditAction.MINUTES_PUBLISHED, "minutes", minutesId, "sitting " + sitting.getId()
                + " sha256 " + contentHash + " file-sha256 " + fileHash
                + (m.getErratumOfId() == null ? "" : " erratum-of " + m.getErratumOfId()));
        openFollowUp(doc);
        Set<String> members = convocations.findBySitting(sitting.getId()).stream()
                .map(c -> c.getSeat().getUser().getUsername()).collect(Collectors.toSet());
        sittingMails.minutesPublished(sitting);
        eventBus.publish(new MinutesPublishedEvent(sitting.getId(), minutesId, sitting.getDate(), members));
        eventBus.publish(new SittingChangedEvent(sitting.getId(), Change.MINUTES_PUBLISHED));
        return contentHash;
    }

    /** Starts an erratum: a new draft referencing the published minutes, with their free text to correct. */
    @Transactional
    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    public long startErratum(long publishedId) {
        Minutes published = minutes.findById(publishedId)
                .orElseThrow(() -> new BusinessException("committee.error.notFound"));
        if (!published.isPublished()) {
            throw new BusinessException("minutes.error.notPublished");
        }
        List<Minutes> all = minutes.findBySittingIdOrderById(published.getSittingId());
        if (!all.getLast().isPublished()) {
            throw new BusinessException("minutes.error.erratumInProgress");
        }
        Minutes erratum = new Minutes(published.getSittingId(), publishedId);
        erratum.setFreeText(published.getOpeningRemarks(), published.getClosingRemarks());
        erratum.setExcusedSeats(published.getExcusedSeats());
        erratum = minutes.save(erratum);
        for (MinutesNote note : notes.findByMinutesId(publishedId)) {
            notes.save(new MinutesNote(erratum.getId(), note.getItemId(), note.getNote()));
        }
        auditLog.record(AuditAction.MINUTES_ERRATUM_STARTED, "minutes", erratum.getId(), "erratum of " + publishedId);
        return erratum.getId();
    }

    // ------------------------------------------------------------------------------------ effects and follow-up

    private void openFollowUp(MinutesDocument doc) {
        LocalDate today = LandlordTime.today(clock);
        for (MinutesDocument.Item item : doc.items()) {
            if (!offers.findByItemIdOrderByRank(item.itemId()).isEmpty()) {
                continue; // an erratum does not reopen what the first publication opened
            }
            for (MinutesDocument.Decision d : item.decisions()) {
                if (d.type() == DecisionType.RANKED_ATTRIBUTION) {
                    Offer offer = new Offer(Offer.Kind.OFFER, item.itemId(), d.applicationId(), d.rank());
                    if (d.rank() == 1) {
                        offer.make(today, FrenchCalendar.replyDeadline(today));
                    }
                    offers.save(offer);
                } else if (d.type() == DecisionType.CONDITIONAL_ATTRIBUTION) {
                    Offer condition = new Offer(Offer.Kind.CONDITION, item.itemId(), d.applicationId(), 0);
                    condition.make(today, d.conditionDeadline());
                    offers.save(condition);
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    MinutesDocument document(Sitting sitting, Minutes m, Map<Long, String> noteMap, Set<Long> excused) {
        long sittingId = sitting.getId();
        List<AgendaItem> agenda = items.findBySitting(sittingId);
        List<Long> itemIds = agenda.stream().map(AgendaItem::getId).toList();
        List<VoteRound> allRounds = itemIds.stream().flatMap(id -> rounds.findByItemIdOrderByNumber(id).stream())
                .toList();
        List<Long> roundIds = allRounds.stream().map(VoteRound::getId).toList();
        List<Seat> convened = convocations.findBySitting(sittingId).stream().map(Convocation::getSeat).toList();
        MinutesBuilder.Records records = new MinutesBuilder.Records(sitting, convened, excused,
                attendance.findBySittingIdOrderByJoinedAt(sittingId), agenda,
                itemIds.isEmpty() ? List.of() : candidates.findByItems(itemIds),
                itemIds.stream().flatMap(id -> conflicts.findByItemId(id).stream()).toList(), allRounds,
                roundIds.isEmpty() ? List.of() : ballots.findByRoundIdIn(roundIds),
                roundIds.isEmpty() ? List.of() : decisions.findByRoundIdIn(roundIds));
        String erratumOfSha = m == null || m.getErratumOfId() == null ? null
                : minutes.findById(m.getErratumOfId()).map(Minutes::getPdfSha256).orElse(null);
        return MinutesBuilder.build(records, new MinutesBuilder.FreeText(
                m == null ? MinutesState.DRAFT : m.getState(), m == null ? null : m.getErratumOfId(), erratumOfSha,
                m == null ? null : m.getOpeningRemarks(), m == null ? null : m.getClosingRemarks(), noteMap));
    }

    private Map<Long, String> noteMap(long minutesId) {
        Map<Long, String> map = new HashMap<>();
        notes.findByMinutesId(minutesId).forEach(n -> map.put(n.getItemId(), n.getNote()));
        return map;
    }

    /** The minutes, locked, at the version the caller read; refused once published. */
    private Minutes editable(long minutesId, long expectedVersion) {
        Minutes m = minutes.lock(minutesId).orElseThrow(() -> new BusinessException("committee.error.notFound"));
        if (m.isPublished()) {
            throw new BusinessException("minutes.error.frozen");
        }
        if (m.getVersion() != expectedVersion) {
            throw BusinessException.staleData();
        }
        return m;
    }

    private static void check(String text) {
        if (text != null && text.length() > Minutes.TEXT_MAX) {
            throw new BusinessException("minutes.error.textTooLong", Minutes.TEXT_MAX);
        }
    }

    private Sitting sitting(long sittingId) {
        return sittings.findWithCommittee(sittingId).orElseThrow(() -> new BusinessException("committee.error.notFound"));
    }

    private boolean isStaff() {
        return currentUser.hasAnyRole(Role.SECRETARY, Role.ADMIN);
    }

    /** The president who chaired THAT sitting (convened in the president's seat), not whoever presides today. */
    private boolean isPresident(Sitting sitting) {
        return currentUser.username().map(name -> convocations.findBySitting(sitting.getId()).stream()
                .anyMatch(c -> c.getSeat().getKind() == SeatKind.PRESIDENT
                        && c.getSeat().getUser().getUsername().equals(name))).orElse(false);
    }

    private void requirePresident(Sitting sitting) {
        if (!isPresident(sitting)) {
            throw new AccessDeniedException("Only the committee's president validates the minutes");
        }
    }

    private void requireConvened(long sittingId) {
        String username = currentUser.username().orElseThrow(() -> new AccessDeniedException("Not logged in"));
        boolean convened = convocations.findBySitting(sittingId).stream()
                .anyMatch(c -> c.getSeat().isActive() && c.getSeat().getUser().getUsername().equals(username));
        if (!convened) {
            throw new AccessDeniedException("Not convened to sitting " + sittingId);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
