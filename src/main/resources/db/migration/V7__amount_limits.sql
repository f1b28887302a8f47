-- Plausible upper bounds for amounts typed into Ebba (issue 7: "bad input never gives a 500").
-- They are not rules of law but guards against typing errors and overflow: an amount above its
-- bound is refused with a message naming the field. An administrator raises a bound by inserting
-- a newer row for the subject (append-only; the newest row counts), with a source that says why.
create table amount_limit (
    id          bigserial primary key,
    subject     text   not null check (subject ~ '^(COST|INCOME):[A-Z_]+$' or subject in
                    ('NORM_ADJUSTMENT', 'OTHER_NEED', 'EARNED_EARLIER_THIS_YEAR', 'GRANTED_ITEM')),
    max_amount  bigint not null check (max_amount > 0 and max_amount <= 100000000),
    source      text   not null check (length(source) between 1 and 500),
    created_at  timestamptz not null default now()
);

create trigger amount_limit_append_only before update or delete on amount_limit
    for each row execute function ebba_forbid_change();
create trigger amount_limit_no_truncate before truncate on amount_limit
    for each statement execute function ebba_forbid_change();

insert into amount_limit (subject, max_amount, source) values
    ('COST:HOUSING',               60000, 'Monthly rent far above any municipality''s reasonable-cost cap (Stockholm 2025: under 15 000 kr); typing-error guard'),
    ('COST:ELECTRICITY',           20000, 'Household electricity per month; typing-error guard'),
    ('COST:HOME_INSURANCE',         5000, 'Home insurance per month; typing-error guard'),
    ('COST:UNION_FEE',              3000, 'Union fee per month; typing-error guard'),
    ('COST:UNEMPLOYMENT_FUND_FEE',  2000, 'A-kassa fee per month; typing-error guard'),
    ('COST:WORK_TRAVEL',           15000, 'Work travel per month; typing-error guard'),
    ('INCOME:SALARY',             500000, 'Net salary per month; an applicant with more is not in need, but the amount must be recordable'),
    ('INCOME:UNEMPLOYMENT_BENEFIT',100000, 'A-kassa per month (ceiling well under 40 000 kr); typing-error guard'),
    ('INCOME:SICKNESS_BENEFIT',   100000, 'Sjukpenning per month; typing-error guard'),
    ('INCOME:HOUSING_ALLOWANCE',   50000, 'Bostadsbidrag per month; typing-error guard'),
    ('INCOME:CHILD_ALLOWANCE',     50000, 'Barnbidrag incl. flerbarnstillägg per month; typing-error guard'),
    ('INCOME:MAINTENANCE_SUPPORT', 50000, 'Underhållsstöd per month; typing-error guard'),
    ('INCOME:ESTABLISHMENT_BENEFIT',100000, 'Etableringsersättning per month; typing-error guard'),
    ('INCOME:PENSION',            500000, 'Pension per month; typing-error guard'),
    ('INCOME:STUDENT_AID',         50000, 'Studiemedel per month; typing-error guard'),
    ('INCOME:PARENTAL_BENEFIT',   100000, 'Föräldrapenning per month; typing-error guard'),
    ('INCOME:OTHER',              500000, 'Other income per month; typing-error guard'),
    ('NORM_ADJUSTMENT',            50000, 'A norm raised or lowered for special reasons, either way; typing-error guard'),
    ('OTHER_NEED',               1000000, 'One need of livsföring i övrigt (same bound as an applied item in the decision module)'),
    ('EARNED_EARLIER_THIS_YEAR', 5000000, 'A child''s earnings earlier in the year; typing-error guard'),
    ('GRANTED_ITEM',             1000000, 'The amount granted for one item of a decision; above it a decision is refused as a typing error');
