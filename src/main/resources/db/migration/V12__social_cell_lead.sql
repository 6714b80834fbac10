-- The social cell's team lead gets a role of their own (until now ADMIN acted as the lead).
ALTER TABLE app_user_role DROP CONSTRAINT ck_app_user_role;
ALTER TABLE app_user_role ADD CONSTRAINT ck_app_user_role CHECK (role IN ('ADMIN', 'SECRETARY', 'COMMITTEE_MEMBER',
    'OUTREACH_COORDINATOR', 'VOLUNTEER', 'SOCIAL_ADVISER', 'SOCIAL_CELL_LEAD'));
