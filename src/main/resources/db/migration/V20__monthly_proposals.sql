-- Monthly proposals (issue 9): the proposal the system prepares as soon as a monthly application is
-- complete, what became of it, the unit's dated setting for automatic grant, and the rule an
-- automatic decision was made under.
--
-- monthly_proposal          one per application (redelivered events store nothing twice); the saved
--                           calculation it rests on, the jobbstimulans status and the facts of the month
-- monthly_proposal_change   what changed since last month's saved calculation (InputChanges), in order
-- monthly_proposal_flag     what the payment officer must look at before deciding, in order
-- monthly_proposal_outcome  what became of the proposal: decided, sent to the caseworker, granted automatically
-- automatic_grant_setting   per unit, dated with a source: off by default, a limit in kronor
-- decision_automatic_rule   the rule that made an automatic decision (the decision module's own table)

create table monthly_proposal (
    id              uuid primary key,
    application_id  uuid not null unique references application (id),
    case_id         uuid not null references assistance_case (id),
    case_number     text not null,
    unit_id         uuid not null references unit (id),
    benefit_month   date not null check (extract(day from benefit_month) = 1),
    calculation_id  uuid not null references saved_calculation (id),
    total           integer not null,
    job_stimulus    text not null,
    recurring       boolean not null,
    late            boolean not null,
    completed_at    timestamptz not null,
    prepared_at     timestamptz not null
);
create index monthly_proposal_unit_month_idx on monthly_proposal (unit_id, benefit_month);

create table monthly_proposal_change (
    proposal_id uuid not null references monthly_proposal (id),
    position    integer not null,
    area        text not null check (area in ('HOUSEHOLD', 'COST', 'INCOME', 'OTHER_NEED', 'NORM_ADJUSTMENT')),
    subject     text not null,
    before      bigint not null,
    after       bigint not null,
    primary key (proposal_id, position)
);

create table monthly_proposal_flag (
    proposal_id uuid not null references monthly_proposal (id),
    position    integer not null,
    kind        text not null check (kind in ('UNACCOUNTED_DEPOSIT', 'COST_ABOVE_CAP', 'MISSED_ACTIVITY', 'LATE_APPLICATION', 'CONTROL_DUE')),
    detail      text not null check (length(detail) between 1 and 1000),
    primary key (proposal_id, position)
);

create table monthly_proposal_outcome (
    id          uuid primary key,
    proposal_id uuid not null references monthly_proposal (id),
    outcome     text not null check (outcome in ('DECIDED', 'SENT_TO_CASEWORKER', 'GRANTED_AUTOMATICALLY')),
    decision_id uuid references decision (id),
    by_user     uuid not null references user_account (id),
    by_name     text not null,
    at          timestamptz not null
);
create index monthly_proposal_outcome_proposal_idx on monthly_proposal_outcome (proposal_id, at);

create table automatic_grant_setting (
    id          uuid primary key,
    unit_id     uuid not null references unit (id),
    valid_from  date not null,
    enabled     boolean not null,
    limit_kronor integer not null check (limit_kronor between 0 and 100000),
    source      text not null check (length(source) between 1 and 500),
    set_by      uuid not null references user_account (id),
    set_at      timestamptz not null
);
create index automatic_grant_setting_unit_idx on automatic_grant_setting (unit_id, valid_from, set_at);

create table decision_automatic_rule (
    decision_id uuid primary key references decision (id),
    rule        text not null check (length(rule) between 1 and 1000),
    recorded_at timestamptz not null
);

create trigger monthly_proposal_append_only before update or delete on monthly_proposal
    for each row execute function ebba_forbid_change();
create trigger monthly_proposal_no_truncate before truncate on monthly_proposal
    for each statement execute function ebba_forbid_change();
create trigger monthly_proposal_change_append_only before update or delete on monthly_proposal_change
    for each row execute function ebba_forbid_change();
create trigger monthly_proposal_change_no_truncate before truncate on monthly_proposal_change
    for each statement execute function ebba_forbid_change();
create trigger monthly_proposal_flag_append_only before update or delete on monthly_proposal_flag
    for each row execute function ebba_forbid_change();
create trigger monthly_proposal_flag_no_truncate before truncate on monthly_proposal_flag
    for each statement execute function ebba_forbid_change();
create trigger monthly_proposal_outcome_append_only before update or delete on monthly_proposal_outcome
    for each row execute function ebba_forbid_change();
create trigger monthly_proposal_outcome_no_truncate before truncate on monthly_proposal_outcome
    for each statement execute function ebba_forbid_change();
create trigger automatic_grant_setting_append_only before update or delete on automatic_grant_setting
    for each row execute function ebba_forbid_change();
create trigger automatic_grant_setting_no_truncate before truncate on automatic_grant_setting
    for each statement execute function ebba_forbid_change();
create trigger decision_automatic_rule_append_only before update or delete on decision_automatic_rule
    for each row execute function ebba_forbid_change();
create trigger decision_automatic_rule_no_truncate before truncate on decision_automatic_rule
    for each statement execute function ebba_forbid_change();
