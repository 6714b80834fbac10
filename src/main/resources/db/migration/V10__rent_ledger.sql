-- Rent ledger: every movement of a lease's account. The balance is the sum of the movements, never stored.
-- amount is signed from the landlord's side: a rent call is a debit (positive: the tenant owes more), a payment,
-- housing aid or a credit adjustment is negative.
CREATE TABLE rent_movement (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    lease_id     BIGINT        NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    movement_date DATE         NOT NULL,
    due_date     DATE          NULL,
    amount       DECIMAL(11, 2) NOT NULL,
    means        VARCHAR(16)   NULL,
    reference    VARCHAR(60)   NULL,
    label        VARCHAR(200)  NULL,
    recorded_by  VARCHAR(60)   NULL,
    recorded_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_movement_lease FOREIGN KEY (lease_id) REFERENCES lease (id),
    CONSTRAINT ck_movement_kind CHECK (kind IN ('RENT_CALL', 'PAYMENT', 'HOUSING_AID', 'ADJUSTMENT')),
    CONSTRAINT ck_movement_means CHECK (means IS NULL OR means IN ('TRANSFER', 'DIRECT_DEBIT', 'CHEQUE', 'CASH',
        'CARD_BY_PHONE', 'PAYMENT_SLIP')),
    CONSTRAINT ck_movement_due CHECK (kind <> 'RENT_CALL' OR due_date IS NOT NULL),
    INDEX ix_movement_lease (lease_id, movement_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Social cell: arrears cases, one open at a time per lease.
CREATE TABLE arrears_case (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL DEFAULT 0,
    lease_id       BIGINT        NOT NULL,
    opened_on      DATE          NOT NULL,
    debt_at_opening DECIMAL(11, 2) NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    escalated_on   DATE          NULL,
    adviser        VARCHAR(60)   NULL,
    closed_on      DATE          NULL,
    caf_reported_on       DATE   NULL,
    court_action_planned_on DATE NULL,
    ccapex_referred_on    DATE   NULL,
    CONSTRAINT fk_case_lease FOREIGN KEY (lease_id) REFERENCES lease (id),
    CONSTRAINT ck_case_status CHECK (status IN ('NEW', 'CONTACTED', 'SOLUTION_AGREED', 'PLAN_ACTIVE',
        'PLAN_IN_DEFAULT', 'RESOLVED', 'LITIGATION')),
    INDEX ix_case_adviser (adviser, status),
    INDEX ix_case_lease (lease_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE arrears_contact (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id      BIGINT        NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    contact_date DATE          NOT NULL,
    author       VARCHAR(60)   NOT NULL,
    notes        VARCHAR(2000) NULL,
    CONSTRAINT fk_contact_case FOREIGN KEY (case_id) REFERENCES arrears_case (id),
    CONSTRAINT ck_contact_kind CHECK (kind IN ('OUTGOING_CALL', 'INCOMING_CALL', 'LETTER', 'EMAIL', 'VISIT')),
    INDEX ix_contact_case (case_id, contact_date),
    INDEX ix_contact_author (author, contact_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Repayment plans (plans d'apurement). A renegotiated plan is FROZEN as it was and linked from its successor.
CREATE TABLE repayment_plan (
    id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT         NOT NULL DEFAULT 0,
    case_id          BIGINT         NOT NULL,
    previous_plan_id BIGINT         NULL,
    debt             DECIMAL(11, 2) NOT NULL,
    start_date       DATE           NOT NULL,
    months           INT            NOT NULL,
    signed_on        DATE           NOT NULL,
    status           VARCHAR(16)    NOT NULL,
    created_by       VARCHAR(60)    NOT NULL,
    CONSTRAINT fk_plan_case FOREIGN KEY (case_id) REFERENCES arrears_case (id),
    CONSTRAINT fk_plan_previous FOREIGN KEY (previous_plan_id) REFERENCES repayment_plan (id),
    CONSTRAINT ck_plan_status CHECK (status IN ('ACTIVE', 'IN_DEFAULT', 'FROZEN', 'COMPLETED')),
    INDEX ix_plan_case (case_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_instalment (
    plan_id  BIGINT         NOT NULL,
    number   INT            NOT NULL,
    due_date DATE           NOT NULL,
    amount   DECIMAL(11, 2) NOT NULL,
    paid     DECIMAL(11, 2) NOT NULL DEFAULT 0,
    PRIMARY KEY (plan_id, number),
    CONSTRAINT fk_instalment_plan FOREIGN KEY (plan_id) REFERENCES repayment_plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
