-- Hybrid and in-person sittings: the secretary records who is in the room and the in-room members' ballots, and the
-- items sent back to an in-person sitting are taken up on its agenda.

ALTER TABLE sitting
    DROP CONSTRAINT ck_sitting_mode,
    ADD CONSTRAINT ck_sitting_mode CHECK (mode IN ('IN_PERSON', 'LIVE_REMOTE', 'HYBRID', 'WRITTEN'));

-- A stretch of presence in the room, recorded by the secretary (no node: it outlives any server).
ALTER TABLE attendance
    ADD COLUMN in_room BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN recorded_by VARCHAR(64) NULL;

-- A ballot cast in the room and recorded by the secretary names who recorded it.
ALTER TABLE ballot
    ADD COLUMN recorded_by VARCHAR(64) NULL;

-- An item withdrawn at a member's request to be examined in an in-person sitting, and the item that took it up there.
ALTER TABLE agenda_item
    ADD COLUMN sent_back BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN taken_up_by BIGINT NULL,
    ADD CONSTRAINT fk_agenda_item_taken_up FOREIGN KEY (taken_up_by) REFERENCES agenda_item (id),
    ADD CONSTRAINT uk_agenda_item_taken_up UNIQUE (taken_up_by);

UPDATE agenda_item SET sent_back = TRUE
WHERE state = 'WITHDRAWN' AND withdrawn_reason LIKE 'Renvoi en séance physique%';
