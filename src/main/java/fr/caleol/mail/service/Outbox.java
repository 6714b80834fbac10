package fr.caleol.mail.service;

import fr.caleol.base.config.LandlordProperties;
import fr.caleol.base.domain.TemplateText;
import fr.caleol.mail.domain.MailKind;
import fr.caleol.mail.domain.MailTemplate;
import fr.caleol.mail.domain.MailTemplateRepository;
import fr.caleol.mail.domain.OutboxMail;
import fr.caleol.mail.domain.OutboxMailRepository;
import fr.caleol.security.domain.AppUser;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.Accounts;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the features put the mails their acts cause. A mail is written in the caller's transaction (there must be
 * one): if the act rolls back, the mail is gone with it; once it commits, the {@link MailDispatcher} sends it. The
 * text is rendered here, once, in the recipient's language, from the editable template of its kind.
 *
 * <p>The callers are services that have checked their own caller's rights; this class adds none (it is reached only
 * from inside their transactions) but decides who receives what: nobody without an address, and nobody who turned
 * alerts off for a mail that is not a legal notice.
 */
@Service
@PermitAll // no check of its own: reached only inside a caller's transaction (MANDATORY), after its checks
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final OutboxMailRepository mails;
    private final MailTemplateRepository templates;
    private final Accounts accounts;
    private final LandlordProperties landlord;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Outbox(OutboxMailRepository mails, MailTemplateRepository templates, Accounts accounts,
            LandlordProperties landlord, ApplicationEventPublisher events, Clock clock) {
        this.mails = mails;
        this.templates = templates;
        this.accounts = accounts;
        this.landlord = landlord;
        this.events = events;
        this.clock = clock;
    }

    /** An iCalendar object to send with a mail, and its METHOD (REQUEST, CANCEL). */
    public record Invitation(String text, String method) {}

    /**
     * Queues a mail of that kind to that user, rendered with those values ({{nom}} and {{bailleur}} are added);
     * {@code about} names what it concerns (e.g. "sitting:12"). Empty when the user gets no mail: no address, or
     * alerts turned off for a mail that is not a legal notice.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Long> enqueue(MailKind kind, AppUser to, Map<String, String> values, String about) {
        return enqueue(kind, to, values, about, null);
    }

    /** As {@link #enqueue(MailKind, AppUser, Map, String)}, with a calendar invitation. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Long> enqueue(MailKind kind, AppUser to, Map<String, String> values, String about,
            Invitation invitation) {
        if (!receives(kind, to)) {
            return Optional.empty();
        }
        MailTemplate template = templates.findByKindAndLanguage(kind, to.getLanguage())
                .or(() -> templates.findByKindAndLanguage(kind, "fr"))
                .orElseThrow(() -> new IllegalStateException("No mail template for " + kind));
        Map<String, String> all = new HashMap<>(values);
        all.put("nom", to.getDisplayName());
        all.put("bailleur", landlord.name());
        OutboxMail mail = new OutboxMail(kind, to.getEmail(), to.getDisplayName(), to.getId(),
                TemplateText.fill(template.getSubject(), all).replaceAll("\\s+", " ").strip(),
                TemplateText.fill(template.getBody(), all), about, clock.instant());
        if (invitation != null) {
            mail.attachCalendar(invitation.text(), invitation.method());
        }
        mails.save(mail);
        events.publishEvent(new MailQueuedEvent(mail.getId()));
        return Optional.of(mail.getId());
    }

    /**
     * Queues one mail to every active holder of a role, each with values that may depend on them. Returns the number
     * of mails queued.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int enqueueToRole(MailKind kind, Role role, Function<AppUser, Map<String, String>> values, String about) {
        return enqueueToRole(kind, role, values, about, java.util.Set.of());
    }

    /** As {@link #enqueueToRole(MailKind, Role, Function, String)}, skipping the users already told. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int enqueueToRole(MailKind kind, Role role, Function<AppUser, Map<String, String>> values, String about,
            java.util.Set<String> except) {
        int queued = 0;
        for (AppUser user : accounts.activeWithRole(role)) {
            if (!except.contains(user.getUsername())) {
                queued += enqueue(kind, user, values.apply(user), about).isPresent() ? 1 : 0;
            }
        }
        return queued;
    }

    /** As {@link #enqueueToRole}, to the users named (unknown or inactive names are skipped). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int enqueueToUsers(MailKind kind, List<String> usernames, Map<String, String> values, String about) {
        int queued = 0;
        for (String name : usernames.stream().distinct().toList()) {
            Optional<AppUser> user = accounts.byUsername(name).filter(AppUser::isActive);
            queued += user.flatMap(u -> enqueue(kind, u, values, about)).isPresent() ? 1 : 0;
        }
        return queued;
    }

    private static boolean receives(MailKind kind, AppUser to) {
        if (to.getEmail() == null) {
            log.info("No {} mail for {}: no e-mail address", kind, to.getUsername());
            return false;
        }
        return kind.isLegal() || to.isMailAlerts();
    }

    /** Said inside the transaction that queued a mail; the dispatcher hears it after commit. */
    record MailQueuedEvent(long mailId) {}
}
