package fr.caleol.mail.domain;

import fr.caleol.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** The text of one kind of mail in one language, with {{placeholders}}; edited by ADMIN like the letter templates. */
@Entity
@Table(name = "mail_template")
public class MailTemplate extends AbstractEntity {

    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 20_000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private MailKind kind;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(nullable = false, columnDefinition = "text")
    private String body;

    protected MailTemplate() {}

    public MailKind getKind() {
        return kind;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public void setText(String subject, String body) {
        this.subject = subject;
        this.body = body;
    }
}
