package fr.caleol.committee.domain;

import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.parameter.ParticipationStatus;
import biweekly.parameter.Role;
import biweekly.property.Attendee;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;

/**
 * A sitting as a calendar invitation (iCalendar, RFC 5545), one per recipient: {@code METHOD:REQUEST} when convened
 * or changed, {@code METHOD:CANCEL} when cancelled. The {@code UID} is the sitting's, the same in every message about
 * it, so that a mail client updates the one event; the {@code SEQUENCE} rises with every change. Times are given in
 * Europe/Paris, with its {@code VTIMEZONE} (the summer-time rules since 1996) written in the object, so that no client
 * has to guess.
 *
 * <p>It holds no candidate's personal data: the committee, the time, the number of dwellings and the links only.
 */
public final class SittingInvitation {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final String PRODUCT = "-//CALEOL//Commission d'attribution//FR";

    private SittingInvitation() {}

    /** What the invitation says of the sitting. {@code videoUrl} may be null. */
    public record Event(String uid, int sequence, Instant start, Instant end, String summary, String description,
            String sittingUrl, String videoUrl) {}

    /** Who sends it and who receives it. */
    public record People(String organizerEmail, String organizerName, String attendeeEmail, String attendeeName) {}

    /** The UID of a sitting's event: stable for the sitting's whole life, unique to this installation's address. */
    public static String uid(long sittingId, String host) {
        return "caleol-sitting-" + sittingId + "@" + host;
    }

    /** {@code METHOD:REQUEST}: the sitting as it stands, to add it to the calendar or update it. */
    public static String request(Event event, People people, Instant stamp) {
        return write(Method.REQUEST, event, people, stamp);
    }

    /** {@code METHOD:CANCEL}: the sitting removed from the calendar. */
    public static String cancel(Event event, People people, Instant stamp) {
        return write(Method.CANCEL, event, people, stamp);
    }

    private static String write(String method, Event event, People people, Instant stamp) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId(PRODUCT);
        calendar.setMethod(method);
        calendar.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(PARIS), paris()));
        VEvent vevent = new VEvent();
        vevent.setUid(event.uid());
        vevent.setSequence(event.sequence());
        vevent.setDateTimeStamp(Date.from(stamp));
        vevent.setDateStart(Date.from(event.start()), true);
        vevent.setDateEnd(Date.from(event.end()), true);
        vevent.setSummary(event.summary());
        vevent.setDescription(event.description());
        vevent.setUrl(event.sittingUrl());
        vevent.setLocation(event.videoUrl() != null ? event.videoUrl() : event.sittingUrl());
        vevent.setStatus(Method.CANCEL.equals(method) ? Status.cancelled() : Status.confirmed());
        Organizer organizer = new Organizer(people.organizerName(), people.organizerEmail());
        vevent.setOrganizer(organizer);
        Attendee attendee = new Attendee(people.attendeeName(), people.attendeeEmail());
        attendee.setRole(Role.ATTENDEE);
        attendee.setParticipationStatus(ParticipationStatus.NEEDS_ACTION);
        attendee.setRsvp(false);
        vevent.addAttendee(attendee);
        calendar.addEvent(vevent);
        return calendar.write();
    }

    /** Europe/Paris: CET (UTC+1) in winter, CEST (UTC+2) from the last Sunday of March to the last of October. */
    private static VTimezone paris() {
        VTimezone zone = new VTimezone(PARIS.getId());
        DaylightSavingsTime summer = new DaylightSavingsTime();
        summer.setDateStart(new DateTimeComponents(1981, 3, 29, 2, 0, 0, false));
        summer.setTimezoneOffsetFrom(new UtcOffset(true, 1, 0));
        summer.setTimezoneOffsetTo(new UtcOffset(true, 2, 0));
        summer.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).byMonth(3).byDay(-1, DayOfWeek.SUNDAY)
                .build());
        summer.addTimezoneName("CEST");
        zone.addDaylightSavingsTime(summer);
        StandardTime winter = new StandardTime();
        winter.setDateStart(new DateTimeComponents(1996, 10, 27, 3, 0, 0, false));
        winter.setTimezoneOffsetFrom(new UtcOffset(true, 2, 0));
        winter.setTimezoneOffsetTo(new UtcOffset(true, 1, 0));
        winter.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).byMonth(10).byDay(-1, DayOfWeek.SUNDAY)
                .build());
        winter.addTimezoneName("CET");
        zone.addStandardTime(winter);
        return zone;
    }
}
