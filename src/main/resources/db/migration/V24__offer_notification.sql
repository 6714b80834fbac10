-- An offer's notification, as the law counts it: the date the registered letter was first presented (or handed over)
-- and its number; the reply deadline follows that date. A letter owed to a candidate an offer passed to is listed
-- until it is sent.
ALTER TABLE offer
    ADD COLUMN registered_letter VARCHAR(40) NULL,
    ADD COLUMN letter_due        BOOLEAN     NOT NULL DEFAULT FALSE;
