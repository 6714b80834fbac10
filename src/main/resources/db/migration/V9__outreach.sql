-- Outreach campaigns: weekly calls to isolated senior tenants, each always by the same volunteer.
CREATE TABLE outreach_campaign (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    name           VARCHAR(120) NOT NULL,
    start_date     DATE         NOT NULL,
    weeks          INT          NOT NULL,
    alone_min_age  INT          NOT NULL,
    couple_min_age INT          NOT NULL,
    script         TEXT         NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    CONSTRAINT ck_campaign_status CHECK (status IN ('DRAFT', 'RUNNING', 'ENDED')),
    CONSTRAINT ck_campaign_weeks CHECK (weeks BETWEEN 1 AND 104)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The frozen target list; a removed target keeps its row with the reason.
CREATE TABLE outreach_target (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id    BIGINT       NOT NULL,
    tenant_id      BIGINT       NOT NULL,
    added_manually BOOLEAN      NOT NULL DEFAULT FALSE,
    add_reason     VARCHAR(300) NULL,
    removed_at     DATETIME(6)  NULL,
    removal_reason VARCHAR(300) NULL,
    CONSTRAINT uk_target UNIQUE (campaign_id, tenant_id),
    CONSTRAINT fk_target_campaign FOREIGN KEY (campaign_id) REFERENCES outreach_campaign (id),
    CONSTRAINT fk_target_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A tenant who refused calls: never targeted again, by any campaign.
CREATE TABLE outreach_do_not_call (
    tenant_id   BIGINT       NOT NULL PRIMARY KEY,
    reason      VARCHAR(300) NOT NULL,
    recorded_at DATETIME(6)  NOT NULL,
    recorded_by VARCHAR(64)  NOT NULL,
    CONSTRAINT fk_dnc_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE outreach_volunteer (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id BIGINT      NOT NULL,
    username    VARCHAR(64) NOT NULL,
    capacity    INT         NOT NULL,
    left_week   INT         NULL,
    CONSTRAINT uk_volunteer UNIQUE (campaign_id, username),
    CONSTRAINT fk_volunteer_campaign FOREIGN KEY (campaign_id) REFERENCES outreach_campaign (id),
    CONSTRAINT ck_volunteer_capacity CHECK (capacity BETWEEN 1 AND 200)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who calls whom, from which week: the history of pairings (to_week NULL = current).
CREATE TABLE outreach_assignment (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id BIGINT      NOT NULL,
    tenant_id   BIGINT      NOT NULL,
    username    VARCHAR(64) NOT NULL,
    from_week   INT         NOT NULL,
    to_week     INT         NULL,
    CONSTRAINT fk_assignment_campaign FOREIGN KEY (campaign_id) REFERENCES outreach_campaign (id),
    CONSTRAINT fk_assignment_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    INDEX ix_assignment_caller (campaign_id, username, to_week),
    INDEX ix_assignment_tenant (campaign_id, tenant_id, to_week)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE outreach_call (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id       BIGINT       NOT NULL,
    tenant_id         BIGINT       NOT NULL,
    caller            VARCHAR(64)  NOT NULL,
    called_at         DATETIME(6)  NOT NULL,
    week              INT          NOT NULL,
    outcome           VARCHAR(16)  NOT NULL,
    health            VARCHAR(16)  NULL,
    morale            VARCHAR(16)  NULL,
    need_shopping     BOOLEAN      NOT NULL DEFAULT FALSE,
    need_medicine     BOOLEAN      NOT NULL DEFAULT FALSE,
    need_isolation    BOOLEAN      NOT NULL DEFAULT FALSE,
    need_other        BOOLEAN      NOT NULL DEFAULT FALSE,
    neighbour_worry   BOOLEAN      NOT NULL DEFAULT FALSE,
    notes             VARCHAR(2000) NULL,
    wants_regular     BOOLEAN      NOT NULL DEFAULT FALSE,
    urgent            BOOLEAN      NOT NULL DEFAULT FALSE,
    urgent_closed_at  DATETIME(6)  NULL,
    urgent_closed_by  VARCHAR(64)  NULL,
    CONSTRAINT fk_call_campaign FOREIGN KEY (campaign_id) REFERENCES outreach_campaign (id),
    CONSTRAINT fk_call_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_call_outcome CHECK (outcome IN ('REACHED', 'NO_ANSWER', 'WRONG_NUMBER', 'REFUSED', 'IN_HOSPITAL', 'OTHER')),
    INDEX ix_call_tenant (campaign_id, tenant_id, called_at),
    INDEX ix_call_week (campaign_id, week),
    INDEX ix_call_urgent (campaign_id, urgent, urgent_closed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE outreach_referral (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT        NOT NULL DEFAULT 0,
    campaign_id  BIGINT        NOT NULL,
    tenant_id    BIGINT        NOT NULL,
    consent_at   DATETIME(6)   NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    outcome      VARCHAR(1000) NULL,
    created_by   VARCHAR(64)   NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_referral_campaign FOREIGN KEY (campaign_id) REFERENCES outreach_campaign (id),
    CONSTRAINT fk_referral_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_referral_status CHECK (status IN ('SENT', 'TAKEN_IN_CHARGE', 'CLOSED')),
    INDEX ix_referral_campaign (campaign_id, tenant_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE outreach_neighbour_report (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id BIGINT        NOT NULL,
    reported_by VARCHAR(64)   NOT NULL,
    address     VARCHAR(300)  NOT NULL,
    description VARCHAR(2000) NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    handled_at  DATETIME(6)   NULL,
    handled_by  VARCHAR(64)   NULL,
    CONSTRAINT fk_neighbour_campaign FOREIGN KEY (campaign_id) REFERENCES outreach_campaign (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Permanent follow-up after a campaign: regular calls, with the same volunteer when possible.
CREATE TABLE outreach_follow_up (
    tenant_id        BIGINT      NOT NULL PRIMARY KEY,
    username         VARCHAR(64) NULL,
    since            DATE        NOT NULL,
    from_campaign_id BIGINT      NOT NULL,
    CONSTRAINT fk_follow_up_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_follow_up_campaign FOREIGN KEY (from_campaign_id) REFERENCES outreach_campaign (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
