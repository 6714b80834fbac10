-- Allocation committees, their seats, sittings with their agenda, presence, discussion, conflicts of interest,
-- vote rounds with the proposed decisions and the named ballots.

CREATE TABLE committee (
    id                         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version                    BIGINT       NOT NULL DEFAULT 0,
    name                       VARCHAR(120) NOT NULL,
    territory                  VARCHAR(120) NOT NULL,
    quorum_kind                VARCHAR(32)  NOT NULL,
    quorum_value               INT          NOT NULL,
    abstentions_are_votes_cast BOOLEAN      NOT NULL,
    casting_vote_holder        VARCHAR(32)  NOT NULL,
    remote_allowed             BOOLEAN      NOT NULL,
    written_window_hours       INT          NOT NULL,
    CONSTRAINT uk_committee_name UNIQUE (name),
    CONSTRAINT ck_committee_quorum CHECK (quorum_kind IN ('MINIMUM_PRESENT', 'PERCENT_OF_ELECTORATE') AND quorum_value >= 1),
    CONSTRAINT ck_committee_casting CHECK (casting_vote_holder IN ('MAYOR_OF_COMMUNE', 'EPCI_PRESIDENT', 'PRESIDENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE committee_seat (
    id                    BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version               BIGINT      NOT NULL DEFAULT 0,
    committee_id          BIGINT      NOT NULL,
    user_id               BIGINT      NOT NULL,
    kind                  VARCHAR(32) NOT NULL,
    tenant_representative BOOLEAN     NOT NULL,
    commune_id            BIGINT      NULL,
    reservataire          VARCHAR(32) NULL,
    substitute_for_id     BIGINT      NULL,
    active                BOOLEAN     NOT NULL,
    CONSTRAINT fk_seat_committee FOREIGN KEY (committee_id) REFERENCES committee (id),
    CONSTRAINT fk_seat_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_seat_commune FOREIGN KEY (commune_id) REFERENCES commune (id),
    CONSTRAINT fk_seat_substitute FOREIGN KEY (substitute_for_id) REFERENCES committee_seat (id),
    CONSTRAINT ck_seat_kind CHECK (kind IN ('PRESIDENT', 'BOARD_MEMBER', 'MAYOR', 'PREFECT_REPRESENTATIVE',
        'EPCI_REPRESENTATIVE', 'ASSOCIATION_REPRESENTATIVE', 'RESERVATAIRE', 'SUBSTITUTE', 'SECRETARY')),
    CONSTRAINT ck_seat_mayor CHECK (kind <> 'MAYOR' OR commune_id IS NOT NULL),
    CONSTRAINT ck_seat_reservataire CHECK (kind <> 'RESERVATAIRE' OR reservataire IS NOT NULL),
    CONSTRAINT ck_seat_substitute CHECK (kind <> 'SUBSTITUTE' OR substitute_for_id IS NOT NULL),
    INDEX ix_seat_committee (committee_id, active),
    INDEX ix_seat_user (user_id)
) ENGINE = InnoDB;

CREATE TABLE sitting (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT      NOT NULL DEFAULT 0,
    committee_id      BIGINT      NOT NULL,
    sitting_date      DATE        NOT NULL,
    start_time        TIME        NOT NULL,
    mode              VARCHAR(16) NOT NULL,
    state             VARCHAR(16) NOT NULL,
    written_opens_at  DATETIME(6) NULL,
    written_closes_at DATETIME(6) NULL,
    current_item_id   BIGINT      NULL,
    started_at        DATETIME(6) NULL,
    ended_at          DATETIME(6) NULL,
    CONSTRAINT fk_sitting_committee FOREIGN KEY (committee_id) REFERENCES committee (id),
    CONSTRAINT ck_sitting_mode CHECK (mode IN ('LIVE_REMOTE', 'HYBRID', 'WRITTEN')),
    CONSTRAINT ck_sitting_state CHECK (state IN ('DRAFT', 'CONVENED', 'IN_PROGRESS', 'CLOSED')),
    INDEX ix_sitting_committee_date (committee_id, sitting_date)
) ENGINE = InnoDB;

CREATE TABLE agenda_item (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    sitting_id       BIGINT       NOT NULL,
    position         INT          NOT NULL,
    dwelling_id      BIGINT       NOT NULL,
    exception_reason VARCHAR(32)  NULL,
    state            VARCHAR(16)  NOT NULL,
    withdrawn_reason VARCHAR(500) NULL,
    CONSTRAINT fk_item_sitting FOREIGN KEY (sitting_id) REFERENCES sitting (id),
    CONSTRAINT fk_item_dwelling FOREIGN KEY (dwelling_id) REFERENCES dwelling (id),
    CONSTRAINT uk_item_dwelling UNIQUE (sitting_id, dwelling_id),
    CONSTRAINT ck_item_state CHECK (state IN ('PENDING', 'UNDER_REVIEW', 'VOTING', 'DECIDED', 'WITHDRAWN')),
    CONSTRAINT ck_item_exception CHECK (exception_reason IS NULL
        OR exception_reason IN ('TOO_FEW_CANDIDATES', 'DALO_DESIGNATION', 'PLAI_ADAPTE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agenda_candidate (
    id             BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id        BIGINT NOT NULL,
    application_id BIGINT NOT NULL,
    position       INT    NOT NULL,
    CONSTRAINT fk_agenda_candidate_item FOREIGN KEY (item_id) REFERENCES agenda_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_agenda_candidate_application FOREIGN KEY (application_id) REFERENCES housing_application (id),
    CONSTRAINT uk_agenda_candidate UNIQUE (item_id, application_id),
    INDEX ix_agenda_candidate_application (application_id)
) ENGINE = InnoDB;

CREATE TABLE convocation (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sitting_id  BIGINT      NOT NULL,
    seat_id     BIGINT      NOT NULL,
    convened_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_convocation_sitting FOREIGN KEY (sitting_id) REFERENCES sitting (id),
    CONSTRAINT fk_convocation_seat FOREIGN KEY (seat_id) REFERENCES committee_seat (id),
    CONSTRAINT uk_convocation UNIQUE (sitting_id, seat_id),
    INDEX ix_convocation_seat (seat_id)
) ENGINE = InnoDB;

CREATE TABLE attendance (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sitting_id BIGINT      NOT NULL,
    seat_id    BIGINT      NOT NULL,
    joined_at  DATETIME(6) NOT NULL,
    left_at    DATETIME(6) NULL,
    CONSTRAINT fk_attendance_sitting FOREIGN KEY (sitting_id) REFERENCES sitting (id),
    CONSTRAINT fk_attendance_seat FOREIGN KEY (seat_id) REFERENCES committee_seat (id),
    INDEX ix_attendance_open (sitting_id, left_at, seat_id)
) ENGINE = InnoDB;

CREATE TABLE item_message (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id     BIGINT        NOT NULL,
    seat_id     BIGINT        NOT NULL,
    author_name VARCHAR(128)  NOT NULL,
    posted_at   DATETIME(6)   NOT NULL,
    text        VARCHAR(2000) NOT NULL,
    CONSTRAINT fk_message_item FOREIGN KEY (item_id) REFERENCES agenda_item (id),
    CONSTRAINT fk_message_seat FOREIGN KEY (seat_id) REFERENCES committee_seat (id),
    INDEX ix_message_item (item_id, posted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE conflict_declaration (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id     BIGINT       NOT NULL,
    seat_id     BIGINT       NOT NULL,
    declared_at DATETIME(6)  NOT NULL,
    reason      VARCHAR(500) NULL,
    CONSTRAINT fk_conflict_item FOREIGN KEY (item_id) REFERENCES agenda_item (id),
    CONSTRAINT fk_conflict_seat FOREIGN KEY (seat_id) REFERENCES committee_seat (id),
    CONSTRAINT uk_conflict UNIQUE (item_id, seat_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE vote_round (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT      NOT NULL DEFAULT 0,
    item_id           BIGINT      NOT NULL,
    number            INT         NOT NULL,
    state             VARCHAR(8)  NOT NULL,
    opened_at         DATETIME(6) NOT NULL,
    closes_at         DATETIME(6) NULL,
    closed_at         DATETIME(6) NULL,
    electorate_size   INT         NOT NULL,
    present_voters    INT         NOT NULL,
    votes_for         INT         NULL,
    votes_against     INT         NULL,
    abstentions       INT         NULL,
    adopted           BOOLEAN     NULL,
    casting_vote_used BOOLEAN     NOT NULL,
    casting_seat_id   BIGINT      NULL,
    CONSTRAINT fk_round_item FOREIGN KEY (item_id) REFERENCES agenda_item (id),
    CONSTRAINT uk_round_number UNIQUE (item_id, number),
    CONSTRAINT ck_round_state CHECK (state IN ('OPEN', 'CLOSED')),
    INDEX ix_round_due (state, closes_at)
) ENGINE = InnoDB;

CREATE TABLE proposed_decision (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id           BIGINT        NOT NULL,
    application_id     BIGINT        NOT NULL,
    type               VARCHAR(32)   NOT NULL,
    rank_order         INT           NULL,
    missing_document   VARCHAR(200)  NULL,
    condition_deadline DATE          NULL,
    ground             VARCHAR(32)   NULL,
    grounds_text       VARCHAR(1000) NULL,
    CONSTRAINT fk_decision_round FOREIGN KEY (round_id) REFERENCES vote_round (id),
    CONSTRAINT fk_decision_application FOREIGN KEY (application_id) REFERENCES housing_application (id),
    CONSTRAINT uk_decision UNIQUE (round_id, application_id),
    CONSTRAINT ck_decision_type CHECK (type IN ('ATTRIBUTION', 'RANKED_ATTRIBUTION', 'CONDITIONAL_ATTRIBUTION',
        'NON_ATTRIBUTION', 'INADMISSIBLE')),
    CONSTRAINT ck_decision_rank CHECK (type <> 'RANKED_ATTRIBUTION' OR rank_order >= 1),
    CONSTRAINT ck_decision_condition CHECK (type <> 'CONDITIONAL_ATTRIBUTION'
        OR (missing_document IS NOT NULL AND condition_deadline IS NOT NULL)),
    CONSTRAINT ck_decision_grounds CHECK (type NOT IN ('NON_ATTRIBUTION', 'INADMISSIBLE') OR ground IS NOT NULL),
    INDEX ix_decision_application (application_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One ballot per seat and round, enforced by the database.
CREATE TABLE ballot (
    id       BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id BIGINT      NOT NULL,
    seat_id  BIGINT      NOT NULL,
    choice   VARCHAR(8)  NOT NULL,
    cast_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_ballot_round FOREIGN KEY (round_id) REFERENCES vote_round (id),
    CONSTRAINT fk_ballot_seat FOREIGN KEY (seat_id) REFERENCES committee_seat (id),
    CONSTRAINT uk_ballot UNIQUE (round_id, seat_id),
    CONSTRAINT ck_ballot_choice CHECK (choice IN ('FOR', 'AGAINST', 'ABSTAIN'))
) ENGINE = InnoDB;
