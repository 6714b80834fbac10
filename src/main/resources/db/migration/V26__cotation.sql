-- Cotation (scoring of housing applications, CCH L441-2-8): grids set locally per territory, each change a new
-- version; a version is never modified, so a score computed under it is never rewritten.

CREATE TABLE cotation_grid (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    territory    VARCHAR(120) NOT NULL,
    version      INT          NOT NULL,
    published_at DATETIME(6)  NOT NULL,
    published_by VARCHAR(64)  NOT NULL,
    CONSTRAINT uk_cotation_grid UNIQUE (territory, version),
    CONSTRAINT ck_cotation_grid_version CHECK (version >= 1)
) ENGINE = InnoDB;

CREATE TABLE cotation_criterion (
    grid_id   BIGINT       NOT NULL,
    position  INT          NOT NULL,
    label     VARCHAR(120) NOT NULL,
    kind      VARCHAR(32)  NOT NULL,
    parameter VARCHAR(40)  NULL,
    points    INT          NOT NULL,
    cap       INT          NULL,
    PRIMARY KEY (grid_id, position),
    CONSTRAINT fk_cotation_criterion_grid FOREIGN KEY (grid_id) REFERENCES cotation_grid (id),
    CONSTRAINT ck_cotation_criterion_kind CHECK (kind IN ('SENIORITY_MONTHS', 'DALO', 'PRIORITY', 'REASON',
        'CURRENT_HOUSING', 'RESOURCES_PER_PERSON_BELOW', 'HOUSEHOLD_AT_LEAST'))
) ENGINE = InnoDB;

-- The grid version a sitting's candidates are scored with, fixed when it is convened.
ALTER TABLE sitting
    ADD COLUMN cotation_grid_id BIGINT NULL,
    ADD CONSTRAINT fk_sitting_cotation_grid FOREIGN KEY (cotation_grid_id) REFERENCES cotation_grid (id);
