package fr.caleol.housing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of an application's history: filed, edited, proposed for a dwelling, a change of status... */
@Entity
@Table(name = "application_history")
public class ApplicationHistoryEntry {

    /** What happened; labels {@code housing.history.<NAME>}. */
    public enum Kind { CREATED, UPDATED, IMPORTED, PROPOSED, STATUS_CHANGED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ApplicationStatus status;

    @Column(length = 500)
    private String details;

    protected ApplicationHistoryEntry() {}

    public ApplicationHistoryEntry(Long applicationId, Instant occurredAt, String actor, Kind kind,
            ApplicationStatus status, String details) {
        this.applicationId = applicationId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.kind = kind;
        this.status = status;
        this.details = details == null || details.length() <= 500 ? details : details.substring(0, 500);
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public Kind getKind() {
        return kind;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getDetails() {
        return details;
    }
}
