-- Minutes (procès-verbal) of a sitting with their workflow, the secretary's free text, errata; offer answers of
-- ranked attributions; decision-letter templates.

CREATE TABLE minutes (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL DEFAULT 0,
    sitting_id        BIGINT       NOT NULL,
    state             VARCHAR(16)  NOT NULL,
    opening_remarks   TEXT         NULL,
    closing_remarks   TEXT         NULL,
    president_comment VARCHAR(1000) NULL,
    excused_seats     VARCHAR(1000) NULL,
    erratum_of_id     BIGINT       NULL,
    published_at      TIMESTAMP(6) NULL,
    published_by      VARCHAR(64)  NULL,
    pdf_sha256        CHAR(64)     NULL,
    pdf               LONGBLOB     NULL,
    CONSTRAINT fk_minutes_sitting FOREIGN KEY (sitting_id) REFERENCES sitting (id),
    CONSTRAINT fk_minutes_erratum FOREIGN KEY (erratum_of_id) REFERENCES minutes (id),
    CONSTRAINT ck_minutes_state CHECK (state IN ('DRAFT', 'SUBMITTED', 'VALIDATED', 'PUBLISHED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_minutes_sitting ON minutes (sitting_id);

CREATE TABLE minutes_item_note (
    id         BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    minutes_id BIGINT NOT NULL,
    item_id    BIGINT NOT NULL,
    note       TEXT   NOT NULL,
    CONSTRAINT fk_minutes_note_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id),
    CONSTRAINT fk_minutes_note_item FOREIGN KEY (item_id) REFERENCES agenda_item (id),
    CONSTRAINT uk_minutes_note UNIQUE (minutes_id, item_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Follow-up of decisions once the minutes are published: the offer of a ranked attribution to each ranked candidate
-- (made in rank order, answered) and the suspensive condition of a conditional attribution (document received or not).
CREATE TABLE offer (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT      NOT NULL DEFAULT 0,
    item_id        BIGINT      NOT NULL,
    application_id BIGINT      NOT NULL,
    kind           VARCHAR(16) NOT NULL,
    rank_order     INT         NOT NULL,
    state          VARCHAR(16) NOT NULL,
    notified_on    DATE        NULL,
    reply_deadline DATE        NULL,
    answered_at    TIMESTAMP(6) NULL,
    answered_by    VARCHAR(64) NULL,
    CONSTRAINT fk_offer_item FOREIGN KEY (item_id) REFERENCES agenda_item (id),
    CONSTRAINT fk_offer_application FOREIGN KEY (application_id) REFERENCES housing_application (id),
    CONSTRAINT uk_offer UNIQUE (item_id, application_id),
    CONSTRAINT ck_offer_state CHECK (state IN ('WAITING', 'PENDING', 'ACCEPTED', 'REFUSED', 'LAPSED')),
    CONSTRAINT ck_offer_kind CHECK (kind IN ('OFFER', 'CONDITION'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE letter_template (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    decision_type VARCHAR(32)  NOT NULL,
    subject       VARCHAR(200) NOT NULL,
    body          TEXT         NOT NULL,
    CONSTRAINT uk_letter_template UNIQUE (decision_type)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO letter_template (decision_type, subject, body) VALUES
('ATTRIBUTION', 'Attribution d’un logement',
 'Madame, Monsieur {{nom}},\n\nLa commission d’attribution des logements et d’examen de l’occupation des logements (CALEOL) du {{date_seance}} a décidé de vous attribuer le logement {{logement}} situé {{adresse}} (demande n° {{numero_unique}}).\n\nNos services vous contacteront pour la signature du bail.\n\nVeuillez agréer, Madame, Monsieur, l’expression de nos salutations distinguées.'),
('RANKED_ATTRIBUTION', 'Attribution d’un logement par ordre de priorité',
 'Madame, Monsieur {{nom}},\n\nLa CALEOL du {{date_seance}} a attribué le logement {{logement}} situé {{adresse}} par ordre de priorité ; votre candidature (demande n° {{numero_unique}}) est classée au rang {{rang}}.\n\nLorsque le logement vous sera proposé, vous disposerez d’un délai de réflexion de dix jours au moins : vous devrez faire connaître votre réponse au plus tard le {{date_limite}} à minuit. L’absence de réponse dans ce délai vaut refus.\n\nVeuillez agréer, Madame, Monsieur, l’expression de nos salutations distinguées.'),
('CONDITIONAL_ATTRIBUTION', 'Attribution d’un logement sous condition suspensive',
 'Madame, Monsieur {{nom}},\n\nLa CALEOL du {{date_seance}} a décidé de vous attribuer le logement {{logement}} situé {{adresse}} (demande n° {{numero_unique}}) sous la condition suspensive suivante : fournir la pièce « {{piece_manquante}} » au plus tard le {{date_limite}}.\n\nÀ défaut, l’attribution ne produira pas d’effet.\n\nVeuillez agréer, Madame, Monsieur, l’expression de nos salutations distinguées.'),
('NON_ATTRIBUTION', 'Décision de non-attribution',
 'Madame, Monsieur {{nom}},\n\nLa CALEOL du {{date_seance}} a examiné votre demande n° {{numero_unique}} pour le logement {{logement}} situé {{adresse}} et a décidé de ne pas vous l’attribuer pour le motif suivant : {{motif}}.\n\nVotre demande reste active et pourra être présentée à nouveau.\n\nVeuillez agréer, Madame, Monsieur, l’expression de nos salutations distinguées.'),
('INADMISSIBLE', 'Rejet de votre demande pour irrecevabilité',
 'Madame, Monsieur {{nom}},\n\nLa CALEOL du {{date_seance}} a examiné votre demande n° {{numero_unique}} et l’a rejetée pour irrecevabilité pour le motif suivant : {{motif}}.\n\nEn application de la réglementation, votre demande sera radiée du système national d’enregistrement un mois après la présente notification, soit le {{date_radiation}}.\n\nVeuillez agréer, Madame, Monsieur, l’expression de nos salutations distinguées.');
