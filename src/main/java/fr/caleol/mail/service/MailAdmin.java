package fr.caleol.mail.service;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.mail.domain.MailKind;
import fr.caleol.mail.domain.MailState;
import fr.caleol.mail.domain.MailTemplate;
import fr.caleol.mail.domain.MailTemplateRepository;
import fr.caleol.mail.domain.OutboxMail;
import fr.caleol.mail.domain.OutboxMailRepository;
import fr.caleol.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrators' side of mail: the outbox's messages, resending a failed one, and the templates. */
@Service
public class MailAdmin {

    private final OutboxMailRepository mails;
    private final MailTemplateRepository templates;
    private final MailDelivery delivery;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MailAdmin(OutboxMailRepository mails, MailTemplateRepository templates, MailDelivery delivery, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.mails = mails;
        this.templates = templates;
        this.delivery = delivery;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What the list of messages is filtered on; null or blank fields filter nothing. */
    public record Filter(MailState state, MailKind kind, String recipient) {
        String recipientPattern() {
            return recipient == null || recipient.isBlank() ? null : "%" + recipient.strip().replace("%", "") + "%";
        }
    }

    /** A page of messages, newest first. */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional(readOnly = true)
    public List<OutboxMail> page(Filter filter, Pageable page) {
        Pageable newestFirst = org.springframework.data.domain.PageRequest.of(page.getPageNumber(), page.getPageSize(),
                Sort.by(Sort.Direction.DESC, "id"));
        return mails.search(filter.state(), filter.kind(), filter.recipientPattern(), newestFirst);
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional(readOnly = true)
    public long count(Filter filter) {
        return mails.countSearch(filter.state(), filter.kind(), filter.recipientPattern());
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional(readOnly = true)
    public OutboxMail get(long id) {
        return mails.findById(id).orElseThrow(() -> new BusinessException("mail.error.notFound"));
    }

    /** How many messages wait, and how many failed: the figures at the top of the screen. */
    public record Counts(long queued, long failed, long sent, boolean serverConfigured) {}

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional(readOnly = true)
    public Counts counts() {
        return new Counts(mails.countByState(MailState.QUEUED) + mails.countByState(MailState.SENDING),
                mails.countByState(MailState.FAILED), mails.countByState(MailState.SENT), delivery.hasServer());
    }

    /** Queues a FAILED message again for a new round of attempts (the version guards against a double click). */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public void resend(long id, long expectedVersion) {
        OutboxMail mail = get(id);
        if (mail.getVersion() != expectedVersion) {
            throw BusinessException.staleData();
        }
        if (mail.getState() != MailState.FAILED) {
            throw new BusinessException("mail.error.notFailed");
        }
        mail.requeue(clock.instant());
        audit.record(AuditAction.MAIL_RESENT, "mail_outbox", id, mail.getKind() + " to " + mail.getRecipient());
        events.publishEvent(new Outbox.MailQueuedEvent(id));
    }

    /** The templates, by kind then language. */
    public record Template(MailKind kind, String language, long version, String subject, String body) {}

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional(readOnly = true)
    public List<Template> templates() {
        return templates.findAllByOrderByKindAscLanguageAsc().stream().map(t -> new Template(t.getKind(),
                t.getLanguage(), t.getVersion(), t.getSubject(), t.getBody())).toList();
    }

    /**
     * Saves a template: the subject and the text are required, within their lengths, and may use only the
     * placeholders of their kind (anything else is refused, naming it). Returns the new version.
     */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public long saveTemplate(MailKind kind, String language, long expectedVersion, String subject, String body) {
        if (subject == null || subject.isBlank() || body == null || body.isBlank()) {
            throw new BusinessException("mail.error.templateRequired");
        }
        if (subject.strip().length() > MailTemplate.SUBJECT_MAX || body.length() > MailTemplate.BODY_MAX) {
            throw new BusinessException("mail.error.templateTooLong", MailTemplate.SUBJECT_MAX, MailTemplate.BODY_MAX);
        }
        Set<String> unknown = fr.caleol.base.domain.TemplateText.unknown(subject + "\n" + body, kind.placeholders());
        if (!unknown.isEmpty()) {
            throw new BusinessException("mail.error.unknownPlaceholder", String.join(", ", unknown.stream()
                    .map(p -> "{{" + p + "}}").toList()));
        }
        MailTemplate template = templates.findByKindAndLanguage(kind, language)
                .orElseThrow(() -> new BusinessException("mail.error.notFound"));
        if (template.getVersion() != expectedVersion) {
            throw BusinessException.staleData();
        }
        template.setText(subject.strip(), body.strip());
        audit.record(AuditAction.MAIL_TEMPLATE_CHANGED, "mail_template", template.getId(), kind + " " + language);
        templates.flush();
        return template.getVersion();
    }
}
