-- Team dashboard figures of the social cell.
-- The monthly unpaid rate is computed while the detection scans every ledger (a query over every rent call at each
-- dashboard refresh would be too slow): per month, the leases with a rent call due that month and, among them, the
-- leases whose call was still not covered at its due date plus the grace period. The detection replaces the rows.
CREATE TABLE ledger_month_figures (
    month         DATE    NOT NULL PRIMARY KEY,
    leases_called INT     NOT NULL,
    leases_unpaid INT     NOT NULL,
    computed_on   DATE    NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The day a plan went into default, for the counters of plans in default per period.
ALTER TABLE repayment_plan ADD COLUMN defaulted_on DATE NULL;
CREATE INDEX ix_plan_signed ON repayment_plan (signed_on);
CREATE INDEX ix_plan_defaulted ON repayment_plan (defaulted_on);

-- The lead's caseload pages open cases ordered by opening date; contacts are counted per period.
CREATE INDEX ix_case_status_opened ON arrears_case (status, opened_on, id);
CREATE INDEX ix_contact_date ON arrears_contact (contact_date, kind);
