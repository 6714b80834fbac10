-- Append-only audit log. Each row stores SHA-256(previous hash + canonical content) (see AuditChain).
-- The application only ever INSERTs here; audit_chain_head holds the last sequence number and hash and
-- serialises appends (SELECT ... FOR UPDATE).
CREATE TABLE audit_event (
    id            BIGINT        NOT NULL PRIMARY KEY,
    occurred_at   DATETIME(6)   NOT NULL,
    actor         VARCHAR(64)   NOT NULL,
    action        VARCHAR(64)   NOT NULL,
    object_type   VARCHAR(64)   NULL,
    object_id     VARCHAR(64)   NULL,
    details       VARCHAR(2000) NULL,
    previous_hash CHAR(64)      NOT NULL,
    hash          CHAR(64)      NOT NULL,
    INDEX ix_audit_event_occurred (occurred_at),
    INDEX ix_audit_event_actor (actor),
    INDEX ix_audit_event_action (action, occurred_at),
    INDEX ix_audit_event_object (object_type, object_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_chain_head (
    id        TINYINT  NOT NULL PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL
) ENGINE = InnoDB;

INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
