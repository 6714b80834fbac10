-- A volunteer types health and morale as free text ("chute récente, fatiguée"): 16 characters were far too few, and
-- a longer entry failed with a database error instead of being saved.
ALTER TABLE outreach_call MODIFY health VARCHAR(200) NULL, MODIFY morale VARCHAR(200) NULL;
