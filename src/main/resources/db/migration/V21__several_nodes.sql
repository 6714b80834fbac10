-- Several nodes behind a load balancer (README, "Several nodes").

-- The nodes alive: each writes its row at start, refreshes it at each heartbeat (database time, UTC) and deletes it at
-- a clean stop. A row silent for longer than caleol.cluster.node-timeout is a node lost.
CREATE TABLE cluster_node (
    id           VARCHAR(80) NOT NULL PRIMARY KEY,
    started_at   DATETIME(6) NOT NULL,
    heartbeat_at DATETIME(6) NOT NULL,
    INDEX ix_cluster_node_heartbeat (heartbeat_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Presence is recorded per node: a node lost ends its own participants' presence, no one else's. Stretches recorded
-- before this migration have no node: they are taken as ended by a node gone, at the first sweep.
ALTER TABLE attendance ADD COLUMN node_id VARCHAR(80) NULL,
    ADD INDEX ix_attendance_open_node (left_at, node_id);

-- Scheduled jobs run on one node at a time (ShedLock's table, database time). DATETIME holding UTC, as everywhere
-- here: ShedLock writes UTC_TIMESTAMP(3), which a TIMESTAMP column would read in the session's time zone.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until DATETIME(3)  NOT NULL,
    locked_at  DATETIME(3)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- At most one open arrears case per lease, whichever node (or import) runs the detection: the lease id while the case
-- is open, NULL once resolved (NULLs never collide in a unique index). Should a lease already have two open cases
-- (two detections at once before this version), this step fails naming uq_case_open_lease: README, "Upgrades", gives
-- the query that finds them; resolve or merge them, then start again.
ALTER TABLE arrears_case
    ADD COLUMN open_lease_id BIGINT AS (IF(status <> 'RESOLVED', lease_id, NULL)) PERSISTENT,
    ADD CONSTRAINT uq_case_open_lease UNIQUE (open_lease_id);
