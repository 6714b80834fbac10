-- The applicant's postal address, where the decision letters are sent. Optional: older or imported applications may
-- not have one yet; the letter then leaves the address block empty for the secretary to complete.
ALTER TABLE housing_application
    ADD COLUMN address_line VARCHAR(200) NULL,
    ADD COLUMN postal_code  CHAR(5)      NULL,
    ADD COLUMN city         VARCHAR(100) NULL;
