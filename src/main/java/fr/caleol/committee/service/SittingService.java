package fr.caleol.committee.service;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.events.EventBus;
import fr.caleol.committee.domain.AgendaCandidate;
import fr.caleol.committee.domain.AgendaCandidateRepository;
import fr.caleol.committee.domain.AgendaException;
import fr.caleol.committee.domain.AgendaItem;
import fr.caleol.committee.domain.AgendaItemRepository;
import fr.caleol.committee.domain.Committee;
import fr.caleol.committee.domain.CommitteeRepository;
import fr.caleol.committee.domain.Convocation;
import fr.caleol.committee.domain.ConvocationRepository;
import fr.caleol.committee.domain.SeatRepository;
import fr.caleol.committee.domain.Sitting;
import fr.caleol.committee.domain.SittingMode;
import fr.caleol.committee.domain.SittingRepository;
import fr.caleol.committee.domain.SittingState;
import fr.caleol.committee.domain.VideoLink;
import fr.caleol.committee.service.SittingChangedEvent.Change;
import fr.caleol.housing.domain.Candidacy;
import fr.caleol.housing.domain.Dwelling;
import fr.caleol.housing.domain.DwellingStatus;
import fr.caleol.housing.service.CotationService;
import fr.caleol.housing.service.HousingRecords;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Preparing sittings: the agenda of vacant dwellings with their candidates, then the convocation. */
@Service
public class SittingService {

    private final SittingRepository sittings;
    private final CommitteeRepository committees;
    private final AgendaItemRepository items;
    private final AgendaCandidateRepository agendaCandidates;
    private final HousingRecords housing;
    private final SeatRepository seats;
    private final ConvocationRepository convocations;
    private final AuditLog auditLog;
    private final EventBus eventBus;
    private final CurrentUser currentUser;
    private final SittingMails mails;
    private final CotationService cotation;
    private final Clock clock;

    SittingService(SittingRepository sittings, CommitteeRepository committees, AgendaItemRepository items,
            AgendaCandidateRepository agendaCandidates, HousingRecords housing, SeatRepository seats,
            ConvocationRepository convocations,
            AuditLog auditLog, EventBus eventBus, CurrentUser currentUser, SittingMails mails, CotationService cotation,
            Clock clock) {
        this.cotation = cotation;
        this.sittings = sittings;
        this.committees = committees;
        this.items = items;
        this.agendaCandidates = agendaCandidates;
        this.housing = housing;
        this.seats = seats;
        this.convocations = convocations;
        this.auditLog = auditLog;
        this.eventBus = eventBus;
        this.currentUser = currentUser;
        this.mails = mails;
        this.clock = clock;
    }

    /** An agenda item with its candidates, as the agenda shows it. */
    public record AgendaEntry(AgendaItem item, List<AgendaCandidate> candidates) {}

    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    @Transactional
    public Sitting create(long committeeId, LocalDate date, LocalTime startTime, SittingMode mode) {
        return create(committeeId, date, startTime, mode, null);
    }

    /** A new sitting in preparation, with the address of its video conference (blank: none). */
    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    @Transactional
    public Sitting create(long committeeId, LocalDate date, LocalTime startTime, SittingMode mode, String videoUrl) {
        String link = videoLink(videoUrl);
        Committee committee = committees.findById(committeeId)
                .orElseThrow(() -> new BusinessException("committee.error.notFound"));
        if (date == null || startTime == null || mode == null) {
            throw new BusinessException("validation.required");
        }
        if (mode.isRemote() && !committee.isRemoteAllowed()) {
            throw new BusinessException("committee.error.remoteNotAllowed");
        }
        Sitting sitting = new Sitting(committee, date, startTime, mode);
        sitting.setVideoUrl(link);
        writtenWindow(sitting);
        sittings.save(sitting);
        auditLog.record(AuditAction.SITTING_CHANGED, "sitting", sitting.getId(), "created " + date + " " + mode);
        return sitting;
    }

    private static void writtenWindow(Sitting sitting) {
        if (sitting.getMode() == SittingMode.WRITTEN) {
            Instant opens = sitting.startsAt();
            sitting.setWrittenWindow(opens, opens.plus(Duration.ofHours(sitting.getCommittee().getWrittenWindowHours())));
        }
    }

    /**
     * Sets or removes (blank) the address of the sitting's video conference, until the sitting is closed; its open
     * screens show the new one at once, and once convened the members receive the updated invitation.
     */
    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    @Transactional
    public void setVideoLink(long sittingId, String videoUrl) {
        String link = videoLink(videoUrl);
        Sitting sitting = sittings.findWithCommittee(sittingId)
                .orElseThrow(() -> new BusinessException("committee.error.notFound"));
        if (sitting.getState() == SittingState.CLOSED || sitting.getState() == SittingState.CANCELLED) {
            throw new BusinessException("committee.error.sittingClosed");
        }
        boolean changed = !java.util.Objects.equals(link, sitting.getVideoUrl());
        sitting.setVideoUrl(link);
        auditLog.record(AuditAction.SITTING_CHANGED, "sitting", sittingId,
                link == null ? "video link removed" : "video link " + link);
        if (changed && sitting.getState() != SittingState.DRAFT) {
            mails.changed(sitting);
        }
        eventBus.publish(new SittingChangedEvent(sittingId, Change.VIDEO_LINK));
    }

    /**
     * Moves a sitting that has not started to another date or time. Once convened, the members receive the updated
     * invitation (its SEQUENCE raised); the reminders are owed again. Moving it closer than the committee's notice
     * asks why, as convening late does.
     */
    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    @Transactional
    public void reschedule(long sittingId, LocalDate date, LocalTime startTime, String shortNoticeReason) {
        if (date == null || startTime == null) {
            throw new BusinessException("validation.required");
        }
        Sitting sitting = sittings.findWithCommittee(sittingId)
                .orElseThrow(() -> new BusinessException("committee.error.notFound"));
        if (sitting.getState() != SittingState.DRAFT && sitting.getState() != SittingState.CONVENED) {
            throw new BusinessException("committee.error.notReschedulable");
        }
        if (date.equals(sitting.getDate()) && startTime.equals(sitting.getStartTime())) {
            return;
        }
        if (sitting.getState() == SittingState.CONVENED) {
            sitting.setShortNoticeReason(shortNotice(sitting.getCommittee(), date, shortNoticeReason));
        }
        String was = sitting.getDate() + " " + sitting.getStartTime();
        sitting.reschedule(date, startTime);
        writtenWindow(sitting);
        auditLog.record(AuditAction.SITTING_CHANGED, "sitting", sittingId, "moved from " + was + " to " + date + " "
                + startTime + (sitting.getShortNoticeReason() == null ? "" : ", short notice: "
                + sitting.getShortNoticeReason()));
        if (sitting.getState() == SittingState.CONVENED) {
            mails.changed(sitting);
            SittingReminders.skipPassed(sitting, clock.instant());
        }
        eventBus.publish(new SittingChangedEvent(sittingId, Change.RESCHEDULED));
    }

    /**
     * Cancels a sitting that has not started, for a stated reason. Convened members receive the cancellation
     * ({@code METHOD:CANCEL}); their access to its dossiers ends with it.
     */
    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    @Transactional
    public void cancel(long sittingId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > Sitting.REASON_MAX) {
            throw new BusinessException("committee.error.cancelReason", Sitting.REASON_MAX);
        }
        Sitting sitting = sittings.findWithCommittee(sittingId)
                .orElseThrow(() -> new BusinessException("committee.error.notFound"));
        if (sitting.getState() != SittingState.DRAFT && sitting.getState() != SittingState.CONVENED) {
            throw new BusinessException("committee.error.notCancellable");
        }
        boolean convened = sitting.getState() == SittingState.CONVENED;
        sitting.cancel(why);
        auditLog.record(AuditAction.SITTING_CANCELLED, "sitting", sittingId, why);
        if (convened) {
            mails.cancelled(sitting);
        }
        eventBus.publish(new SittingChangedEvent(sittingId, Change.CANCELLED));
    }

    /** Whether convening now gives the committee's notice for the sitting's date, and what that notice is. */
    public record Notice(boolean given, int noticeDays) {}

    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public Notice notice(long sittingId, LocalDate date) {
        Sitting sitting = sittings.findWithCommittee(sittingId)
                .orElseThrow(() -> new BusinessException("committee.error.notFound"));
        Committee committee = sitting.getCommittee();
        return new Notice(committee.givesNotice(LandlordTime.today(clock), date == null ? sitting.getDate() : date),
                committee.getNoticeDays());
    }

    /** The reason recorded for a convocation at short notice: required then, ignored otherwise. */
    private String shortNotice(Committee committee, LocalDate date, String reason) {
        if (committee.givesNotice(LandlordTime.today(clock), date)) {
            return null;
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new BusinessException("committee.error.shortNotice", committee.getNoticeDays());
        }
        if (why.length() > Sitting.REASON_MAX) {
            throw new BusinessException("committee.error.cancelReason", Sitting.REASON_MAX);
        }
        return why;
    }

    private static String videoLink(String text) {
        try {
            return VideoLink.parse(text).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new BusinessException("committee.error.videoLink", VideoLink.MAX);
        }
    }

    /** Puts a dwelling on the agenda with the candidates proposed for it, in their order. */
    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    @Transactional
    public AgendaItem addItem(long sittingId, long dwellingId) {
        Sitting sitting = draft(sittingId);
        Dwelling dwelling = housing.dwelling(dwellingId)
                .orElseThrow(() -> new BusinessException("housing.error.dwellingNotFound"));
        if (dwelling.getStatus() != DwellingStatus.VACANT && dwelling.getStatus() != DwellingStatus.PROPOSED) {
            throw new BusinessException("housing.error.dwellingNotVacant", dwelling.getReference());
        }
        if (items.findBySitting(sittingId).stream().anyMatch(i -> i.getDwelling().getId() == dwellingId)) {
            throw new BusinessException("committee.error.alreadyOnAgenda", dwelling.getReference());
        }
        AgendaItem item = items.save(new AgendaItem(sitting, items.countBySittingId(sittingId) + 1, dwelling));
        int position = 1;
        for (Candidacy candidacy : housing.candidates(dwellingId)) {
            agendaCandidates.save(new AgendaCandidate(item, candidacy.getApplication(), position++));
        }
        auditLog.record(AuditAction.SITTING_CHANGED, "sitting", sittingId, "item " + dwelling.getReference());
        eventBus.publish(new SittingChangedEvent(sittingId, Change.AGENDA));
        return item;
    }

    /**
     * The items of the sitting's committee sent back to an in-person sitting and not yet taken up, which an in-person
     * sitting in preparation may put on its agenda (empty for any other sitting).
     */
    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public List<AgendaItem> sentBackPending(long sittingId) {
        Sitting sitting = sittings.findWithCommittee(sittingId)
                .orElseThrow(() -> new BusinessException("committee.error.notFound"));
        if (sitting.getMode() != SittingMode.IN_PERSON || sitting.getState() != SittingState.DRAFT) {
            return List.of();
        }
        return items.findSentBackPending(sitting.getCommittee().getId());
    }

    /**
     * Puts an item sent back from another sitting onto this in-person sitting's agenda, with the same dwelling and the
     * same candidates in the same order; the item sent back records that it was taken up, so only once.
     */
    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    @Transactional
    public AgendaItem takeUp(long sittingId, long sentBackItemId) {
        Sitting sitting = draft(sittingId);
        if (sitting.getMode() != SittingMode.IN_PERSON) {
            throw new BusinessException("committee.error.takeUpInPersonOnly");
        }
        AgendaItem sentBack = items.findById(sentBackItemId)
                .orElseThrow(() -> new BusinessException("committee.error.notFound"));
        if (!sentBack.isSentBack() || sentBack.getTakenUpBy() != null
                || !sentBack.getSitting().getCommittee().getId().equals(sitting.getCommittee().getId())) {
            throw new BusinessException("committee.error.notSentBack");
        }
        Dwelling dwelling = sentBack.getDwelling();
        if (items.findBySitting(sittingId).stream().anyMatch(i -> i.getDwelling().getId().equals(dwelling.getId()))) {
            throw new BusinessException("committee.error.alreadyOnAgenda", dwelling.getReference());
        }
        AgendaItem item = items.save(new AgendaItem(sitting, items.countBySittingId(sittingId) + 1, dwelling));
        item.setException(sentBack.getException());
        for (AgendaCandidate candidate : agendaCandidates.findByItems(List.of(sentBackItemId))) {
            agendaCandidates.save(new AgendaCandidate(item, candidate.getApplication(), candidate.getPosition()));
        }
        sentBack.takenUpBy(item.getId());
        auditLog.record(AuditAction.SITTING_CHANGED, "sitting", sittingId, "item " + dwelling.getReference()
                + " taken up from sitting " + sentBack.getSitting().getId());
        eventBus.publish(new SittingChangedEvent(sittingId, Change.AGENDA));
        return item;
    }

    /** Records why an item may have fewer than three candidates (or clears it with null). */
    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    @Transactional
    public void setException(long itemId, AgendaException exception) {
        AgendaItem item = items.findById(itemId).orElseThrow(() -> new BusinessException("committee.error.notFound"));
        draft(item.getSitting().getId());
        item.setException(exception);
        auditLog.record(AuditAction.SITTING_CHANGED, "agenda_item", itemId, "exception " + exception);
    }

    /**
     * Convenes the sitting: every item must have at least three candidates or a recorded exception. Every active
     * seat of the committee is convened; from now on its members may read the candidates' dossiers.
     */
    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    @Transactional
    public void convene(long sittingId) {
        convene(sittingId, null);
    }

    /**
     * Convenes the sitting, as {@link #convene(long)}, and sends each convened member the convocation by mail with its
     * calendar invitation. The candidates are scored with the territory's cotation grid as it stands now: a later
     * change of the grid leaves this sitting's scores as they were. With less notice than the committee's regulations give, a reason is required and recorded.
     */
    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    @Transactional
    public void convene(long sittingId, String shortNoticeReason) {
        Sitting sitting = draft(sittingId);
        sitting.setShortNoticeReason(shortNotice(sitting.getCommittee(), sitting.getDate(), shortNoticeReason));
        List<AgendaItem> agenda = items.findBySitting(sittingId);
        if (agenda.isEmpty()) {
            throw new BusinessException("committee.error.emptyAgenda");
        }
        Map<Long, Long> counts = agendaCandidates.findByItems(agenda.stream().map(AgendaItem::getId).toList())
                .stream().collect(Collectors.groupingBy(c -> c.getItem().getId(), Collectors.counting()));
        for (AgendaItem item : agenda) {
            long count = counts.getOrDefault(item.getId(), 0L);
            if (count == 0 || (count < AgendaItem.MIN_CANDIDATES && item.getException() == null)) {
                throw new BusinessException("committee.error.tooFewCandidates", item.getDwelling().getReference(),
                        count);
            }
        }
        Instant now = clock.instant();
        seats.findActiveByCommittee(sitting.getCommittee().getId())
                .forEach(seat -> convocations.save(new Convocation(sitting, seat, now)));
        sitting.setState(SittingState.CONVENED);
        sitting.setCotationGridId(cotation.currentGridId(sitting.getCommittee().getTerritory()).orElse(null));
        convocations.flush();
        int sent = mails.convened(sitting);
        SittingReminders.skipPassed(sitting, now);
        auditLog.record(AuditAction.SITTING_CONVENED, "sitting", sittingId, agenda.size() + " items, " + sent
                + " mails" + (sitting.getShortNoticeReason() == null ? ""
                        : ", short notice: " + sitting.getShortNoticeReason()));
        eventBus.publish(new SittingChangedEvent(sittingId, Change.CONVENED));
    }

    /** The sittings the current user may see: those they are convened to; all of them for staff. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<Sitting> mySittings() {
        if (currentUser.hasAnyRole(Role.SECRETARY, Role.ADMIN)) {
            return sittings.findAllWithCommittee();
        }
        return sittings.findConvenedFor(currentUser.requireUsername());
    }

    /** The agenda with its candidates, for staff and the convened members. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<AgendaEntry> agenda(long sittingId) {
        requireStaffOrConvened(sittingId);
        List<AgendaItem> agenda = items.findBySitting(sittingId);
        Map<Long, List<AgendaCandidate>> byItem = agendaCandidates
                .findByItems(agenda.isEmpty() ? List.of(-1L) : agenda.stream().map(AgendaItem::getId).toList())
                .stream().collect(Collectors.groupingBy(c -> c.getItem().getId()));
        return agenda.stream().map(i -> new AgendaEntry(i, byItem.getOrDefault(i.getId(), List.of()))).toList();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Sitting get(long sittingId) {
        requireStaffOrConvened(sittingId);
        return sittings.findWithCommittee(sittingId).orElseThrow(() -> new BusinessException("committee.error.notFound"));
    }

    private void requireStaffOrConvened(long sittingId) {
        if (currentUser.hasAnyRole(Role.SECRETARY, Role.ADMIN)) {
            return;
        }
        String username = currentUser.requireUsername();
        boolean convened = convocations.findBySitting(sittingId).stream()
                .anyMatch(c -> c.getSeat().isActive() && c.getSeat().getUser().getUsername().equals(username));
        if (!convened) {
            throw new org.springframework.security.access.AccessDeniedException("Not convened to sitting " + sittingId);
        }
    }

    private Sitting draft(long sittingId) {
        Sitting sitting = sittings.findWithCommittee(sittingId)
                .orElseThrow(() -> new BusinessException("committee.error.notFound"));
        if (sitting.getState() != SittingState.DRAFT) {
            throw new BusinessException("committee.error.notDraft");
        }
        return sitting;
    }
}
