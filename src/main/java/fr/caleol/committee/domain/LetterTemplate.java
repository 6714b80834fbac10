package fr.caleol.committee.domain;

import fr.caleol.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** The template of the decision letter for one decision type, with {{placeholders}}. */
@Entity
@Table(name = "letter_template")
public class LetterTemplate extends AbstractEntity {

    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 20_000;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_type", nullable = false, length = 32, unique = true)
    private DecisionType decisionType;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(nullable = false, columnDefinition = "text")
    private String body;

    protected LetterTemplate() {}

    public LetterTemplate(DecisionType decisionType, String subject, String body) {
        this.decisionType = decisionType;
        this.subject = subject;
        this.body = body;
    }

    public DecisionType getDecisionType() {
        return decisionType;
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
