-- Tenancy: households, the persons living in them, and their leases. Whether a tenant lives alone, as a couple
-- or with others is derived from the household's members, never typed.
CREATE TABLE household (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    reference    VARCHAR(40)  NOT NULL,
    address_line VARCHAR(200) NOT NULL,
    commune_id   BIGINT       NOT NULL,
    CONSTRAINT uk_household_reference UNIQUE (reference),
    CONSTRAINT fk_household_commune FOREIGN KEY (commune_id) REFERENCES commune (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tenant (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    reference      VARCHAR(40)  NOT NULL,
    household_id   BIGINT       NOT NULL,
    household_role VARCHAR(16)  NOT NULL,
    last_name      VARCHAR(100) NOT NULL,
    first_name     VARCHAR(100) NOT NULL,
    birth_date     DATE         NOT NULL,
    phone          VARCHAR(20)  NULL,
    phone2         VARCHAR(20)  NULL,
    CONSTRAINT uk_tenant_reference UNIQUE (reference),
    CONSTRAINT fk_tenant_household FOREIGN KEY (household_id) REFERENCES household (id),
    CONSTRAINT ck_tenant_role CHECK (household_role IN ('HOLDER', 'PARTNER', 'CHILD', 'OTHER')),
    INDEX ix_tenant_birth (birth_date),
    INDEX ix_tenant_name (last_name, first_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE lease (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT        NOT NULL DEFAULT 0,
    reference          VARCHAR(40)   NOT NULL,
    household_id       BIGINT        NOT NULL,
    dwelling_reference VARCHAR(40)   NOT NULL,
    start_date         DATE          NOT NULL,
    end_date           DATE          NULL,
    monthly_rent       DECIMAL(9, 2) NOT NULL,
    monthly_charges    DECIMAL(9, 2) NOT NULL,
    CONSTRAINT uk_lease_reference UNIQUE (reference),
    CONSTRAINT fk_lease_household FOREIGN KEY (household_id) REFERENCES household (id),
    CONSTRAINT ck_lease_amounts CHECK (monthly_rent >= 0 AND monthly_charges >= 0),
    CONSTRAINT ck_lease_dates CHECK (end_date IS NULL OR end_date >= start_date),
    INDEX ix_lease_household (household_id, start_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
