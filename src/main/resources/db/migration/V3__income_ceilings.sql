-- Income ceilings (plafonds de ressources) for the allocation of social housing, in euros per year.
--
-- One scale per year, zone and financing: categories 1 to 6 in income_ceiling, the amount added per person
-- beyond category 6 in income_ceiling_extra_person. Only PLUS and PLAI scales are stored: the application
-- derives PLS (PLUS + 30 %, rounded to the euro) and PLAI adapté (= PLAI). Ceilings are revised every
-- 1 January: a new year means new rows, not new code.
--
-- zone values:      PARIS_AND_ADJACENT, REST_OF_ILE_DE_FRANCE, OTHER_REGIONS (enum CeilingZone)
-- financing values: PLUS, PLAI (enum Financing)

CREATE TABLE income_ceiling (
    id        BIGINT      NOT NULL AUTO_INCREMENT,
    year      SMALLINT    NOT NULL,
    zone      VARCHAR(32) NOT NULL,
    financing VARCHAR(16) NOT NULL,
    category  TINYINT     NOT NULL,
    amount    INT         NOT NULL,
    CONSTRAINT pk_income_ceiling PRIMARY KEY (id),
    CONSTRAINT uk_income_ceiling UNIQUE (year, zone, financing, category),
    CONSTRAINT ck_income_ceiling_zone
        CHECK (zone IN ('PARIS_AND_ADJACENT', 'REST_OF_ILE_DE_FRANCE', 'OTHER_REGIONS')),
    CONSTRAINT ck_income_ceiling_financing CHECK (financing IN ('PLUS', 'PLAI')),
    CONSTRAINT ck_income_ceiling_category CHECK (category BETWEEN 1 AND 6),
    CONSTRAINT ck_income_ceiling_amount CHECK (amount > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE income_ceiling_extra_person (
    id        BIGINT      NOT NULL AUTO_INCREMENT,
    year      SMALLINT    NOT NULL,
    zone      VARCHAR(32) NOT NULL,
    financing VARCHAR(16) NOT NULL,
    amount    INT         NOT NULL,
    CONSTRAINT pk_income_ceiling_extra_person PRIMARY KEY (id),
    CONSTRAINT uk_income_ceiling_extra_person UNIQUE (year, zone, financing),
    CONSTRAINT ck_income_ceiling_extra_person_zone
        CHECK (zone IN ('PARIS_AND_ADJACENT', 'REST_OF_ILE_DE_FRANCE', 'OTHER_REGIONS')),
    CONSTRAINT ck_income_ceiling_extra_person_financing CHECK (financing IN ('PLUS', 'PLAI')),
    CONSTRAINT ck_income_ceiling_extra_person_amount CHECK (amount > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 2024 ceilings, applicable from 1 January 2024: arrêté du 29 juillet 1987 relatif aux plafonds de
-- ressources des bénéficiaires de la législation sur les habitations à loyer modéré, as amended by the
-- arrêté du 18 décembre 2023 (Journal officiel of 23 December 2023).
-- PLUS: logements sociaux (PLUS); PLAI: logements adaptés aux ménages rencontrant des difficultés
-- d'insertion particulières (PLAI).
INSERT INTO income_ceiling (year, zone, financing, category, amount) VALUES
    (2024, 'PARIS_AND_ADJACENT',    'PLUS', 1, 26044),
    (2024, 'PARIS_AND_ADJACENT',    'PLUS', 2, 38925),
    (2024, 'PARIS_AND_ADJACENT',    'PLUS', 3, 51025),
    (2024, 'PARIS_AND_ADJACENT',    'PLUS', 4, 60921),
    (2024, 'PARIS_AND_ADJACENT',    'PLUS', 5, 72482),
    (2024, 'PARIS_AND_ADJACENT',    'PLUS', 6, 81562),
    (2024, 'REST_OF_ILE_DE_FRANCE', 'PLUS', 1, 26044),
    (2024, 'REST_OF_ILE_DE_FRANCE', 'PLUS', 2, 38925),
    (2024, 'REST_OF_ILE_DE_FRANCE', 'PLUS', 3, 46789),
    (2024, 'REST_OF_ILE_DE_FRANCE', 'PLUS', 4, 56046),
    (2024, 'REST_OF_ILE_DE_FRANCE', 'PLUS', 5, 66347),
    (2024, 'REST_OF_ILE_DE_FRANCE', 'PLUS', 6, 74662),
    (2024, 'OTHER_REGIONS',         'PLUS', 1, 22642),
    (2024, 'OTHER_REGIONS',         'PLUS', 2, 30238),
    (2024, 'OTHER_REGIONS',         'PLUS', 3, 36362),
    (2024, 'OTHER_REGIONS',         'PLUS', 4, 43899),
    (2024, 'OTHER_REGIONS',         'PLUS', 5, 51641),
    (2024, 'OTHER_REGIONS',         'PLUS', 6, 58200),
    (2024, 'PARIS_AND_ADJACENT',    'PLAI', 1, 14329),
    (2024, 'PARIS_AND_ADJACENT',    'PLAI', 2, 23355),
    (2024, 'PARIS_AND_ADJACENT',    'PLAI', 3, 30614),
    (2024, 'PARIS_AND_ADJACENT',    'PLAI', 4, 33511),
    (2024, 'PARIS_AND_ADJACENT',    'PLAI', 5, 39863),
    (2024, 'PARIS_AND_ADJACENT',    'PLAI', 6, 44861),
    (2024, 'REST_OF_ILE_DE_FRANCE', 'PLAI', 1, 14329),
    (2024, 'REST_OF_ILE_DE_FRANCE', 'PLAI', 2, 23355),
    (2024, 'REST_OF_ILE_DE_FRANCE', 'PLAI', 3, 28074),
    (2024, 'REST_OF_ILE_DE_FRANCE', 'PLAI', 4, 30824),
    (2024, 'REST_OF_ILE_DE_FRANCE', 'PLAI', 5, 36493),
    (2024, 'REST_OF_ILE_DE_FRANCE', 'PLAI', 6, 41064),
    (2024, 'OTHER_REGIONS',         'PLAI', 1, 12452),
    (2024, 'OTHER_REGIONS',         'PLAI', 2, 18143),
    (2024, 'OTHER_REGIONS',         'PLAI', 3, 21818),
    (2024, 'OTHER_REGIONS',         'PLAI', 4, 24276),
    (2024, 'OTHER_REGIONS',         'PLAI', 5, 28404),
    (2024, 'OTHER_REGIONS',         'PLAI', 6, 32010);

INSERT INTO income_ceiling_extra_person (year, zone, financing, amount) VALUES
    (2024, 'PARIS_AND_ADJACENT',    'PLUS', 9089),
    (2024, 'REST_OF_ILE_DE_FRANCE', 'PLUS', 8319),
    (2024, 'OTHER_REGIONS',         'PLUS', 6492),
    (2024, 'PARIS_AND_ADJACENT',    'PLAI', 4998),
    (2024, 'REST_OF_ILE_DE_FRANCE', 'PLAI', 4573),
    (2024, 'OTHER_REGIONS',         'PLAI', 3569);
