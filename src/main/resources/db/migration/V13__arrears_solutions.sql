-- Social cell: the solutions recorded on an arrears case besides repayment plans.

-- Rent deferral (report de loyer): part of the debt paid later, on a new date.
CREATE TABLE arrears_deferral (
    id         BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT         NOT NULL DEFAULT 0,
    case_id    BIGINT         NOT NULL,
    amount     DECIMAL(11, 2) NOT NULL,
    new_date   DATE           NOT NULL,
    note       VARCHAR(2000)  NULL,
    status     VARCHAR(12)    NOT NULL,
    agreed_on  DATE           NULL,
    created_by VARCHAR(60)    NOT NULL,
    created_on DATE           NOT NULL,
    CONSTRAINT fk_deferral_case FOREIGN KEY (case_id) REFERENCES arrears_case (id),
    CONSTRAINT ck_deferral_status CHECK (status IN ('PROPOSED', 'AGREED', 'HONOURED', 'BROKEN')),
    CONSTRAINT ck_deferral_amount CHECK (amount > 0),
    INDEX ix_deferral_case (case_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Help with paperwork: a checklist per case. Standard items have an empty label; OTHER items carry their own.
CREATE TABLE arrears_paperwork (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id    BIGINT        NOT NULL,
    item       VARCHAR(24)   NOT NULL,
    label      VARCHAR(200)  NOT NULL DEFAULT '',
    done_on    DATE          NULL,
    updated_by VARCHAR(60)   NOT NULL,
    CONSTRAINT fk_paperwork_case FOREIGN KEY (case_id) REFERENCES arrears_case (id),
    CONSTRAINT ck_paperwork_item CHECK (item IN ('HOUSING_AID_FILE', 'FSL_APPLICATION', 'CAF_SITUATION_UPDATE',
        'RESOURCES_PROOF', 'BANK_DIRECT_DEBIT', 'OTHER')),
    CONSTRAINT uq_paperwork UNIQUE (case_id, item, label)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Referral to social services (departmental social service, CCAS...) or the housing solidarity fund (FSL).
CREATE TABLE arrears_referral (
    id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT         NOT NULL DEFAULT 0,
    case_id        BIGINT         NOT NULL,
    target         VARCHAR(16)    NOT NULL,
    organisation   VARCHAR(200)   NOT NULL,
    referred_on    DATE           NOT NULL,
    status         VARCHAR(12)    NOT NULL,
    outcome        VARCHAR(2000)  NULL,
    amount_granted DECIMAL(11, 2) NULL,
    created_by     VARCHAR(60)    NOT NULL,
    CONSTRAINT fk_referral_case FOREIGN KEY (case_id) REFERENCES arrears_case (id),
    CONSTRAINT ck_referral_target CHECK (target IN ('SOCIAL_SERVICES', 'FSL')),
    CONSTRAINT ck_referral_status CHECK (status IN ('SENT', 'IN_PROGRESS', 'ACCEPTED', 'REFUSED', 'CLOSED')),
    CONSTRAINT ck_referral_granted CHECK (amount_granted IS NULL OR (target = 'FSL' AND amount_granted >= 0)),
    INDEX ix_referral_case (case_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
