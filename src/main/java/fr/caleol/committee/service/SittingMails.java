package fr.caleol.committee.service;

import fr.caleol.base.i18n.CaleolI18nProvider;
import fr.caleol.committee.domain.AgendaItemRepository;
import fr.caleol.committee.domain.Convocation;
import fr.caleol.committee.domain.ConvocationRepository;
import fr.caleol.committee.domain.Seat;
import fr.caleol.committee.domain.Sitting;
import fr.caleol.committee.domain.SittingInvitation;
import fr.caleol.committee.domain.SittingMode;
import fr.caleol.mail.domain.MailKind;
import fr.caleol.mail.service.MailProperties;
import fr.caleol.mail.service.Outbox;
import fr.caleol.security.domain.AppUser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The mails of a sitting's life, each queued in the transaction of the act: the convocation with its calendar
 * invitation, the updated invitation when the date, the time or the video link changes, the cancellation, the
 * reminders, and the publication of the minutes. Every active convened seat holder receives them (substitutes
 * included: they are convened too, to stand in for an excused titular). No candidate's personal data is in them.
 */
@Component
class SittingMails {

    /** How long a sitting is shown in calendars when nothing says when it ends. */
    static final Duration LENGTH = Duration.ofHours(2);

    private final ConvocationRepository convocations;
    private final AgendaItemRepository items;
    private final Outbox outbox;
    private final MailProperties settings;
    private final CaleolI18nProvider i18n;
    private final Clock clock;

    SittingMails(ConvocationRepository convocations, AgendaItemRepository items, Outbox outbox,
            MailProperties settings, CaleolI18nProvider i18n, Clock clock) {
        this.convocations = convocations;
        this.items = items;
        this.outbox = outbox;
        this.settings = settings;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** The convocation, with {@code METHOD:REQUEST}; returns the mails queued. */
    int convened(Sitting sitting) {
        return send(sitting, MailKind.CONVOCATION, Method.REQUEST);
    }

    /** The sitting's new date, time or link, with the invitation at its next SEQUENCE. */
    int changed(Sitting sitting) {
        sitting.nextCalendarSequence();
        return send(sitting, MailKind.SITTING_CHANGED, Method.REQUEST);
    }

    /** The cancellation, with {@code METHOD:CANCEL} at the next SEQUENCE. */
    int cancelled(Sitting sitting) {
        sitting.nextCalendarSequence();
        return send(sitting, MailKind.SITTING_CANCELLED, Method.CANCEL);
    }

    /** A reminder (the day before, one hour before), without an invitation: the calendar already has the event. */
    int reminder(Sitting sitting, MailKind kind) {
        return send(sitting, kind, null);
    }

    /** The publication of the minutes, to the members convened to the sitting. */
    int minutesPublished(Sitting sitting) {
        return send(sitting, MailKind.MINUTES_PUBLISHED, null);
    }

    private enum Method { REQUEST, CANCEL }

    private int send(Sitting sitting, MailKind kind, Method method) {
        List<Convocation> convened = convocations.findBySitting(sitting.getId());
        int dwellings = items.findBySitting(sitting.getId()).size();
        int queued = 0;
        for (Convocation convocation : convened) {
            Seat seat = convocation.getSeat();
            if (!seat.isActive() || !seat.getUser().isActive()) {
                continue;
            }
            AppUser user = seat.getUser();
            Locale locale = "en".equals(user.getLanguage()) ? CaleolI18nProvider.ENGLISH : CaleolI18nProvider.FRENCH;
            Map<String, String> values = values(sitting, seat, dwellings, locale);
            Outbox.Invitation invitation = method == null ? null : invitation(sitting, user, dwellings, locale, method);
            queued += outbox.enqueue(kind, user, values, about(sitting), invitation).isPresent() ? 1 : 0;
        }
        return queued;
    }

    static String about(Sitting sitting) {
        return "sitting:" + sitting.getId();
    }

    private Map<String, String> values(Sitting sitting, Seat seat, int dwellings, Locale locale) {
        Map<String, String> values = new HashMap<>();
        values.put("commission", sitting.getCommittee().getName());
        values.put("siege", i18n.getTranslation("committee.seatKind." + seat.getKind().name(), locale));
        values.put("date_seance", longDate(sitting, locale));
        values.put("heure_seance", DateTimeFormatter.ofPattern("HH:mm").format(sitting.getStartTime()));
        values.put("mode", i18n.getTranslation("committee.sittingMode." + sitting.getMode().name(), locale));
        values.put("nombre_logements", String.valueOf(dwellings));
        values.put("lien_seance", sittingLink(sitting));
        values.put("lien_visio", sitting.getVideoUrl() != null ? sitting.getVideoUrl()
                : i18n.getTranslation("mail.noVideoLink", locale));
        values.put("lien_pv", settings.link("seances/" + sitting.getId() + "/proces-verbal"));
        values.put("motif", sitting.getCancelReason() == null ? "" : sitting.getCancelReason());
        return values;
    }

    private static String longDate(Sitting sitting, Locale locale) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(sitting.getDate());
    }

    private String sittingLink(Sitting sitting) {
        return settings.link("seances/" + sitting.getId() + "/direct");
    }

    private Outbox.Invitation invitation(Sitting sitting, AppUser user, int dwellings, Locale locale, Method method) {
        Instant start = sitting.startsAt();
        Instant end = sitting.getMode() == SittingMode.WRITTEN && sitting.getWrittenClosesAt() != null
                ? sitting.getWrittenClosesAt() : start.plus(LENGTH);
        String summary = i18n.getTranslation("mail.calendar.summary", locale, sitting.getCommittee().getName());
        String description = i18n.getTranslation("mail.calendar.description", locale, dwellings,
                sittingLink(sitting), sitting.getVideoUrl() != null ? sitting.getVideoUrl()
                        : i18n.getTranslation("mail.noVideoLink", locale));
        SittingInvitation.Event event = new SittingInvitation.Event(SittingInvitation.uid(sitting.getId(), host()),
                sitting.getCalendarSequence(), start, end, summary, description, sittingLink(sitting),
                sitting.getVideoUrl());
        SittingInvitation.People people = new SittingInvitation.People(settings.from(),
                sitting.getCommittee().getName(), user.getEmail(), user.getDisplayName());
        return method == Method.REQUEST
                ? new Outbox.Invitation(SittingInvitation.request(event, people, clock.instant()), "REQUEST")
                : new Outbox.Invitation(SittingInvitation.cancel(event, people, clock.instant()), "CANCEL");
    }

    private String host() {
        String host = URI.create(settings.publicUrl()).getHost();
        return host == null ? "localhost" : host;
    }
}
