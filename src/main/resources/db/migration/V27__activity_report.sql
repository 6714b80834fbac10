-- The committee's activity report (CCH R441-9) and the legal targets of attribution (CCH L441-1).

-- Whether a dwelling lies in a priority neighbourhood of the city policy (quartier prioritaire de la politique de la
-- ville, QPV): the first-quartile target counts the attributions outside them. Since when it is vacant: the report's
-- delay from vacancy to decision. Dwellings imported before this version have no known vacancy date.
ALTER TABLE dwelling
    ADD COLUMN qpv          BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN vacant_since DATE    NULL;

-- The yearly threshold of the first quartile of applicants' resources (euros per consumption unit and per year),
-- set by prefectoral order for the territory (CCH L441-1, al. 22). Entered by ADMIN with its source; the year of a
-- decision uses its own year's threshold, else the latest earlier one.
CREATE TABLE first_quartile_threshold (
    year            INT            NOT NULL PRIMARY KEY,
    version         BIGINT         NOT NULL DEFAULT 0,
    annual_per_unit DECIMAL(10, 2) NOT NULL,
    source          VARCHAR(300)   NOT NULL,
    entered_by      VARCHAR(64)    NOT NULL,
    entered_at      DATETIME(6)    NOT NULL,
    CONSTRAINT ck_first_quartile_threshold CHECK (annual_per_unit > 0 AND year BETWEEN 2017 AND 2100)
) ENGINE = InnoDB;

-- The report reads the closed sittings of a period.
CREATE INDEX ix_sitting_date_state ON sitting (sitting_date, state);
