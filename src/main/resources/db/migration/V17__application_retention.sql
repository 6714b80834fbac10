-- Retention: an application's personal data is kept one year after the application leaves the register (allocated,
-- inadmissible or removed), then anonymised; the day it was anonymised is kept.
ALTER TABLE housing_application ADD COLUMN anonymised_on DATE NULL;
