package fr.caleol.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hibernate.annotations.Immutable;

/** Read-only view of an audit row, for listing. Rows are written by the audit service only, never updated. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    private Long id;

    @Column(name = "occurred_at")
    private LocalDateTime occurredAt;

    private String actor;
    private String action;

    @Column(name = "object_type")
    private String objectType;

    @Column(name = "object_id")
    private String objectId;

    private String details;

    private String hash;

    protected AuditEvent() {}

    public Long getId() {
        return id;
    }

    /** When it happened, in UTC. */
    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public String getDetails() {
        return details;
    }

    public String getHash() {
        return hash;
    }
}
