-- The audit chain becomes keyed and its appends short (issue: an audit chain nobody can rewrite quietly).
-- 1. Each new row's hash is an HMAC-SHA256 keyed by a secret kept outside the database (CALEOL_AUDIT_KEY), over the
--    chain's id, the previous hash and the row: nobody who can only write the database can recompute it. Rows
--    written before stay plain SHA-256 ("keyed" false) and must all come before the first keyed row.
ALTER TABLE audit_event ADD COLUMN keyed BOOLEAN NOT NULL DEFAULT FALSE;
-- 2. The chain's identity, part of every keyed hash and of the name of its checkpoints (signed files outside the
--    database that record the head now and then).
ALTER TABLE audit_chain_head ADD COLUMN chain_id CHAR(36) NULL;
UPDATE audit_chain_head SET chain_id = UUID() WHERE id = 1;
ALTER TABLE audit_chain_head MODIFY chain_id CHAR(36) NOT NULL;
-- 3. The append queue: an audited action writes its row here, in its own transaction and without any lock; right
--    after the commit a short transaction moves the queued rows onto the chain under the head's row lock. A long
--    transaction (a ledger import) no longer holds that lock, so logins and ballots never wait for it.
CREATE TABLE audit_pending (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    action      VARCHAR(64)   NOT NULL,
    object_type VARCHAR(64)   NULL,
    object_id   VARCHAR(64)   NULL,
    details     VARCHAR(2000) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
