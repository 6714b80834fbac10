-- Dwellings, housing applications with their households, candidacies, and the landlord's eligibility settings.

CREATE TABLE commune (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    insee_code   CHAR(5)      NOT NULL,
    name         VARCHAR(100) NOT NULL,
    postal_code  CHAR(5)      NOT NULL,
    ceiling_zone VARCHAR(32)  NOT NULL,
    CONSTRAINT uk_commune_insee UNIQUE (insee_code),
    CONSTRAINT ck_commune_zone CHECK (ceiling_zone IN ('PARIS_AND_ADJACENT', 'REST_OF_ILE_DE_FRANCE', 'OTHER_REGIONS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Seine-Saint-Denis: the communes adjacent to Paris are in the Paris zone of the income ceilings
-- (arrêté du 29 juillet 1987, "Paris et communes limitrophes"), the others in the rest of Île-de-France.
INSERT INTO commune (insee_code, name, postal_code, ceiling_zone) VALUES
    ('75056', 'Paris', '75001', 'PARIS_AND_ADJACENT'),
    ('93001', 'Aubervilliers', '93300', 'PARIS_AND_ADJACENT'),
    ('93006', 'Bagnolet', '93170', 'PARIS_AND_ADJACENT'),
    ('93045', 'Les Lilas', '93260', 'PARIS_AND_ADJACENT'),
    ('93048', 'Montreuil', '93100', 'PARIS_AND_ADJACENT'),
    ('93055', 'Pantin', '93500', 'PARIS_AND_ADJACENT'),
    ('93061', 'Le Pré-Saint-Gervais', '93310', 'PARIS_AND_ADJACENT'),
    ('93066', 'Saint-Denis', '93200', 'PARIS_AND_ADJACENT'),
    ('93070', 'Saint-Ouen-sur-Seine', '93400', 'PARIS_AND_ADJACENT'),
    ('93005', 'Aulnay-sous-Bois', '93600', 'REST_OF_ILE_DE_FRANCE'),
    ('93007', 'Le Blanc-Mesnil', '93150', 'REST_OF_ILE_DE_FRANCE'),
    ('93008', 'Bobigny', '93000', 'REST_OF_ILE_DE_FRANCE'),
    ('93010', 'Bondy', '93140', 'REST_OF_ILE_DE_FRANCE'),
    ('93027', 'La Courneuve', '93120', 'REST_OF_ILE_DE_FRANCE'),
    ('93029', 'Drancy', '93700', 'REST_OF_ILE_DE_FRANCE'),
    ('93031', 'Épinay-sur-Seine', '93800', 'REST_OF_ILE_DE_FRANCE'),
    ('93053', 'Noisy-le-Sec', '93130', 'REST_OF_ILE_DE_FRANCE'),
    ('93059', 'Pierrefitte-sur-Seine', '93380', 'REST_OF_ILE_DE_FRANCE'),
    ('93063', 'Romainville', '93230', 'REST_OF_ILE_DE_FRANCE'),
    ('93064', 'Rosny-sous-Bois', '93110', 'REST_OF_ILE_DE_FRANCE'),
    ('93071', 'Sevran', '93270', 'REST_OF_ILE_DE_FRANCE'),
    ('93072', 'Stains', '93240', 'REST_OF_ILE_DE_FRANCE'),
    ('93079', 'Villetaneuse', '93430', 'REST_OF_ILE_DE_FRANCE'),
    ('59350', 'Lille', '59000', 'OTHER_REGIONS');

CREATE TABLE dwelling (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    reference        VARCHAR(32)   NOT NULL,
    address          VARCHAR(200)  NOT NULL,
    commune_id       BIGINT        NOT NULL,
    type             VARCHAR(4)    NOT NULL,
    surface_m2       DECIMAL(6, 2) NOT NULL,
    floor            INT           NOT NULL,
    lift             BOOLEAN       NOT NULL,
    reduced_mobility BOOLEAN       NOT NULL,
    monthly_rent     DECIMAL(10, 2) NOT NULL,
    monthly_charges  DECIMAL(10, 2) NOT NULL,
    financing        VARCHAR(16)   NOT NULL,
    reservataire     VARCHAR(32)   NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    CONSTRAINT uk_dwelling_reference UNIQUE (reference),
    CONSTRAINT fk_dwelling_commune FOREIGN KEY (commune_id) REFERENCES commune (id),
    CONSTRAINT ck_dwelling_type CHECK (type IN ('T1', 'T2', 'T3', 'T4', 'T5', 'T6')),
    CONSTRAINT ck_dwelling_financing CHECK (financing IN ('PLAI', 'PLAI_ADAPTE', 'PLUS', 'PLS')),
    CONSTRAINT ck_dwelling_reservataire CHECK (reservataire IN ('PREFECTURE', 'ACTION_LOGEMENT', 'COMMUNE', 'EPCI', 'LANDLORD')),
    CONSTRAINT ck_dwelling_status CHECK (status IN ('VACANT', 'PROPOSED', 'ALLOCATED', 'LET')),
    CONSTRAINT ck_dwelling_amounts CHECK (monthly_rent >= 0 AND monthly_charges >= 0 AND surface_m2 > 0),
    INDEX ix_dwelling_status (status, commune_id),
    INDEX ix_dwelling_commune (commune_id, type),
    INDEX ix_dwelling_type (type),
    INDEX ix_dwelling_financing (financing),
    INDEX ix_dwelling_reservataire (reservataire)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE housing_application (
    id                    BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version               BIGINT         NOT NULL DEFAULT 0,
    numero_unique         CHAR(18)       NOT NULL,
    filing_date           DATE           NOT NULL,
    renewal_date          DATE           NULL,
    status                VARCHAR(16)    NOT NULL,
    reason                VARCHAR(32)    NOT NULL,
    reason_details        VARCHAR(1000)  NULL,
    dalo                  BOOLEAN        NOT NULL,
    tax_income_n2         BIGINT         NULL,
    tax_income_n1         BIGINT         NULL,
    current_housing       VARCHAR(32)    NOT NULL,
    current_rent          DECIMAL(10, 2) NULL,
    current_situation     VARCHAR(1000)  NULL,
    estimated_housing_aid DECIMAL(10, 2) NULL,
    applicant_name        VARCHAR(161)   NOT NULL,
    household_size        INT            NOT NULL,
    monthly_resources     DECIMAL(12, 2) NOT NULL,
    reference_income      BIGINT         NULL,
    household_category    INT            NOT NULL,
    extra_persons         INT            NOT NULL,
    ceiling_zone          VARCHAR(32)    NOT NULL,
    CONSTRAINT uk_application_numero_unique UNIQUE (numero_unique),
    CONSTRAINT ck_application_status CHECK (status IN ('ACTIVE', 'PROPOSED', 'ALLOCATED', 'REFUSED', 'INADMISSIBLE', 'REMOVED')),
    CONSTRAINT ck_application_incomes CHECK ((tax_income_n2 IS NULL OR tax_income_n2 >= 0)
        AND (tax_income_n1 IS NULL OR tax_income_n1 >= 0) AND monthly_resources >= 0),
    CONSTRAINT ck_application_category CHECK (household_category BETWEEN 1 AND 6 AND extra_persons >= 0),
    INDEX ix_application_status_filing (status, filing_date),
    INDEX ix_application_name (applicant_name),
    INDEX ix_application_filing (filing_date),
    INDEX ix_application_ceiling (ceiling_zone, household_category, reference_income),
    INDEX ix_application_dalo (dalo, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE household_person (
    id                BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id    BIGINT         NOT NULL,
    position          INT            NOT NULL,
    last_name         VARCHAR(80)    NOT NULL,
    first_name        VARCHAR(80)    NOT NULL,
    birth_date        DATE           NOT NULL,
    role              VARCHAR(24)    NOT NULL,
    dependant         BOOLEAN        NOT NULL,
    disabled          BOOLEAN        NOT NULL,
    monthly_resources DECIMAL(10, 2) NOT NULL,
    CONSTRAINT fk_person_application FOREIGN KEY (application_id) REFERENCES housing_application (id) ON DELETE CASCADE,
    CONSTRAINT ck_person_role CHECK (role IN ('APPLICANT', 'SPOUSE_OR_PARTNER', 'CHILD', 'OTHER')),
    CONSTRAINT ck_person_resources CHECK (monthly_resources >= 0),
    INDEX ix_person_application (application_id, position),
    INDEX ix_person_name (last_name, first_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE application_wished_commune (
    application_id BIGINT NOT NULL,
    rank_order     INT    NOT NULL,
    commune_id     BIGINT NOT NULL,
    PRIMARY KEY (application_id, rank_order),
    CONSTRAINT fk_wished_commune_application FOREIGN KEY (application_id) REFERENCES housing_application (id) ON DELETE CASCADE,
    CONSTRAINT fk_wished_commune_commune FOREIGN KEY (commune_id) REFERENCES commune (id),
    INDEX ix_wished_commune (commune_id, application_id)
) ENGINE = InnoDB;

CREATE TABLE application_wished_type (
    application_id BIGINT     NOT NULL,
    dwelling_type  VARCHAR(4) NOT NULL,
    PRIMARY KEY (application_id, dwelling_type),
    CONSTRAINT fk_wished_type_application FOREIGN KEY (application_id) REFERENCES housing_application (id) ON DELETE CASCADE,
    INDEX ix_wished_type (dwelling_type, application_id)
) ENGINE = InnoDB;

CREATE TABLE application_priority (
    application_id BIGINT      NOT NULL,
    priority       VARCHAR(32) NOT NULL,
    PRIMARY KEY (application_id, priority),
    CONSTRAINT fk_priority_application FOREIGN KEY (application_id) REFERENCES housing_application (id) ON DELETE CASCADE,
    INDEX ix_priority (priority, application_id)
) ENGINE = InnoDB;

CREATE TABLE application_document (
    application_id BIGINT      NOT NULL,
    document       VARCHAR(32) NOT NULL,
    PRIMARY KEY (application_id, document),
    CONSTRAINT fk_document_application FOREIGN KEY (application_id) REFERENCES housing_application (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE candidacy (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dwelling_id    BIGINT      NOT NULL,
    application_id BIGINT      NOT NULL,
    position       INT         NOT NULL,
    proposed_at    DATETIME(6) NOT NULL,
    proposed_by    VARCHAR(64) NOT NULL,
    CONSTRAINT uk_candidacy UNIQUE (dwelling_id, application_id),
    CONSTRAINT fk_candidacy_dwelling FOREIGN KEY (dwelling_id) REFERENCES dwelling (id),
    CONSTRAINT fk_candidacy_application FOREIGN KEY (application_id) REFERENCES housing_application (id),
    INDEX ix_candidacy_application (application_id)
) ENGINE = InnoDB;

CREATE TABLE application_history (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT       NOT NULL,
    occurred_at    DATETIME(6)  NOT NULL,
    actor          VARCHAR(64)  NOT NULL,
    kind           VARCHAR(24)  NOT NULL,
    status         VARCHAR(16)  NULL,
    details        VARCHAR(500) NULL,
    CONSTRAINT fk_history_application FOREIGN KEY (application_id) REFERENCES housing_application (id) ON DELETE CASCADE,
    INDEX ix_history_application (application_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Landlord policy (not law): effort rate above 30 % is flagged, remaining income below 12 euros per person per day.
CREATE TABLE eligibility_settings (
    id                   INT           NOT NULL PRIMARY KEY,
    version              BIGINT        NOT NULL DEFAULT 0,
    max_effort_rate      DECIMAL(5, 2) NOT NULL,
    min_remaining_income DECIMAL(8, 2) NOT NULL,
    CONSTRAINT ck_settings_single CHECK (id = 1)
) ENGINE = InnoDB;
INSERT INTO eligibility_settings (id, version, max_effort_rate, min_remaining_income) VALUES (1, 0, 30.00, 12.00);
