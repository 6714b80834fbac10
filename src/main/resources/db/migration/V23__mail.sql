-- Mail: a transactional outbox (a message is written in the same transaction as the act that causes it, and sent
-- after commit by the dispatcher job), its editable templates, and what the convocation mails need.

CREATE TABLE mail_outbox (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    kind            VARCHAR(32)  NOT NULL,
    recipient       VARCHAR(254) NOT NULL,
    recipient_name  VARCHAR(128) NULL,
    user_id         BIGINT       NULL,
    subject         VARCHAR(300) NOT NULL,
    body            MEDIUMTEXT   NOT NULL,
    -- the iCalendar invitation (RFC 5545) sent with the text, and its METHOD (REQUEST, CANCEL)
    calendar        MEDIUMTEXT   NULL,
    calendar_method VARCHAR(16)  NULL,
    -- what the message is about, e.g. "sitting:12", to find the messages of one sitting
    about           VARCHAR(64)  NULL,
    state           VARCHAR(16)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(3)  NOT NULL,
    last_error      VARCHAR(500) NULL,
    created_at      DATETIME(3)  NOT NULL,
    sent_at         DATETIME(3)  NULL,
    CONSTRAINT fk_mail_outbox_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT ck_mail_outbox_state CHECK (state IN ('QUEUED', 'SENDING', 'SENT', 'FAILED')),
    INDEX ix_mail_outbox_due (state, next_attempt_at),
    INDEX ix_mail_outbox_created (created_at),
    INDEX ix_mail_outbox_about (about)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE mail_template (
    id       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version  BIGINT       NOT NULL DEFAULT 0,
    kind     VARCHAR(32)  NOT NULL,
    language VARCHAR(2)   NOT NULL,
    subject  VARCHAR(200) NOT NULL,
    body     TEXT         NOT NULL,
    CONSTRAINT uk_mail_template UNIQUE (kind, language),
    CONSTRAINT ck_mail_template_language CHECK (language IN ('fr', 'en'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The language of a user's mails, and whether they receive the alerts that are not legal notices.
ALTER TABLE app_user
    ADD COLUMN language    VARCHAR(2) NOT NULL DEFAULT 'fr',
    ADD COLUMN mail_alerts BOOLEAN    NOT NULL DEFAULT TRUE,
    ADD CONSTRAINT ck_app_user_language CHECK (language IN ('fr', 'en'));

-- The convocation notice a committee's regulations give, in clear days (jours francs).
ALTER TABLE committee ADD COLUMN notice_days INT NOT NULL DEFAULT 5;

-- A sitting's calendar invitation (its SEQUENCE), why it was convened at short notice, its reminders, its
-- cancellation.
ALTER TABLE sitting
    ADD COLUMN calendar_sequence   INT          NOT NULL DEFAULT 0,
    ADD COLUMN short_notice_reason VARCHAR(500) NULL,
    ADD COLUMN reminded_day_before BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN reminded_hour_before BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN cancel_reason       VARCHAR(500) NULL,
    DROP CONSTRAINT ck_sitting_state,
    ADD CONSTRAINT ck_sitting_state CHECK (state IN ('DRAFT', 'CONVENED', 'IN_PROGRESS', 'CLOSED', 'CANCELLED'));

-- A conditional attribution past its deadline is announced to the secretaries once.
ALTER TABLE offer ADD COLUMN overdue_notified BOOLEAN NOT NULL DEFAULT FALSE;

INSERT INTO mail_template (kind, language, subject, body) VALUES
('CONVOCATION', 'fr', 'Convocation : {{commission}}, le {{date_seance}} à {{heure_seance}}',
'Bonjour {{nom}},

Vous êtes convoqué·e, comme {{siege}}, à la séance de la {{commission}} :

  Date : {{date_seance}} à {{heure_seance}} (heure de Paris)
  Forme : {{mode}}
  Ordre du jour : {{nombre_logements}} logement(s)
  Visioconférence : {{lien_visio}}

La séance et les dossiers sont dans CALEOL : {{lien_seance}}

L’invitation jointe ajoute la séance à votre agenda.

{{bailleur}}'),
('CONVOCATION', 'en', 'Convocation: {{commission}}, on {{date_seance}} at {{heure_seance}}',
'Hello {{nom}},

You are convened, as {{siege}}, to the sitting of the {{commission}}:

  Date: {{date_seance}} at {{heure_seance}} (Paris time)
  Form: {{mode}}
  Agenda: {{nombre_logements}} dwelling(s)
  Video conference: {{lien_visio}}

The sitting and its dossiers are in CALEOL: {{lien_seance}}

The attached invitation adds the sitting to your calendar.

{{bailleur}}'),
('SITTING_CHANGED', 'fr', 'Séance modifiée : {{commission}}, le {{date_seance}} à {{heure_seance}}',
'Bonjour {{nom}},

La séance de la {{commission}} à laquelle vous êtes convoqué·e a changé :

  Date : {{date_seance}} à {{heure_seance}} (heure de Paris)
  Forme : {{mode}}
  Visioconférence : {{lien_visio}}

La séance dans CALEOL : {{lien_seance}}

L’invitation jointe met votre agenda à jour.

{{bailleur}}'),
('SITTING_CHANGED', 'en', 'Sitting changed: {{commission}}, on {{date_seance}} at {{heure_seance}}',
'Hello {{nom}},

The sitting of the {{commission}} to which you are convened has changed:

  Date: {{date_seance}} at {{heure_seance}} (Paris time)
  Form: {{mode}}
  Video conference: {{lien_visio}}

The sitting in CALEOL: {{lien_seance}}

The attached invitation updates your calendar.

{{bailleur}}'),
('SITTING_CANCELLED', 'fr', 'Séance annulée : {{commission}}, le {{date_seance}}',
'Bonjour {{nom}},

La séance de la {{commission}} du {{date_seance}} à {{heure_seance}} est annulée.

Motif : {{motif}}

L’annulation jointe retire la séance de votre agenda.

{{bailleur}}'),
('SITTING_CANCELLED', 'en', 'Sitting cancelled: {{commission}}, on {{date_seance}}',
'Hello {{nom}},

The sitting of the {{commission}} on {{date_seance}} at {{heure_seance}} is cancelled.

Reason: {{motif}}

The attached cancellation removes the sitting from your calendar.

{{bailleur}}'),
('REMINDER_DAY', 'fr', 'Rappel : {{commission}} demain à {{heure_seance}}',
'Bonjour {{nom}},

La séance de la {{commission}} a lieu demain, {{date_seance}} à {{heure_seance}} (heure de Paris).

  Ordre du jour : {{nombre_logements}} logement(s)
  Visioconférence : {{lien_visio}}

La séance dans CALEOL : {{lien_seance}}

{{bailleur}}'),
('REMINDER_DAY', 'en', 'Reminder: {{commission}} tomorrow at {{heure_seance}}',
'Hello {{nom}},

The sitting of the {{commission}} takes place tomorrow, {{date_seance}} at {{heure_seance}} (Paris time).

  Agenda: {{nombre_logements}} dwelling(s)
  Video conference: {{lien_visio}}

The sitting in CALEOL: {{lien_seance}}

{{bailleur}}'),
('REMINDER_HOUR', 'fr', 'Dans une heure : {{commission}} à {{heure_seance}}',
'Bonjour {{nom}},

La séance de la {{commission}} commence à {{heure_seance}} (heure de Paris).

  Rejoindre la séance : {{lien_seance}}
  Visioconférence : {{lien_visio}}

{{bailleur}}'),
('REMINDER_HOUR', 'en', 'In one hour: {{commission}} at {{heure_seance}}',
'Hello {{nom}},

The sitting of the {{commission}} starts at {{heure_seance}} (Paris time).

  Join the sitting: {{lien_seance}}
  Video conference: {{lien_visio}}

{{bailleur}}'),
('MINUTES_PUBLISHED', 'fr', 'Procès-verbal publié : {{commission}}, séance du {{date_seance}}',
'Bonjour {{nom}},

Le procès-verbal de la séance de la {{commission}} du {{date_seance}} est publié.

Il se lit dans CALEOL : {{lien_pv}}

{{bailleur}}'),
('MINUTES_PUBLISHED', 'en', 'Minutes published: {{commission}}, sitting of {{date_seance}}',
'Hello {{nom}},

The minutes of the sitting of the {{commission}} on {{date_seance}} are published.

Read them in CALEOL: {{lien_pv}}

{{bailleur}}'),
('URGENT_CALL', 'fr', 'Appel urgent : campagne « {{campagne}} »',
'Bonjour {{nom}},

Un bénévole vient de signaler un appel urgent dans la campagne « {{campagne}} ».

Le tableau de bord de la campagne : {{lien}}

{{bailleur}}'),
('URGENT_CALL', 'en', 'Urgent call: campaign “{{campagne}}”',
'Hello {{nom}},

A volunteer has just flagged an urgent call in the campaign “{{campagne}}”.

The campaign dashboard: {{lien}}

{{bailleur}}'),
('PLAN_DEFAULT', 'fr', 'Plan d’apurement en défaut : bail {{bail}}',
'Bonjour {{nom}},

Le plan d’apurement du bail {{bail}} est en défaut : une échéance reste impayée après le délai de tolérance.

Le dossier : {{lien}}

{{bailleur}}'),
('PLAN_DEFAULT', 'en', 'Repayment plan in default: lease {{bail}}',
'Hello {{nom}},

The repayment plan of lease {{bail}} is in default: an instalment is still unpaid after the tolerance period.

The case: {{lien}}

{{bailleur}}'),
('OVERDUE_CONDITION', 'fr', 'Attribution sous condition échue : séance du {{date_seance}}',
'Bonjour {{nom}},

{{nombre}} attribution(s) sous condition de la séance du {{date_seance}} ont passé leur date limite sans la pièce attendue.

Le suivi de la séance : {{lien}}

{{bailleur}}'),
('OVERDUE_CONDITION', 'en', 'Conditional attribution overdue: sitting of {{date_seance}}',
'Hello {{nom}},

{{nombre}} conditional attribution(s) of the sitting of {{date_seance}} passed their deadline without the expected document.

The follow-up of the sitting: {{lien}}

{{bailleur}}');
