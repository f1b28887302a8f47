-- Ebba decisions: applications with applied items, saved calculations, child impact analyses,
-- the delegation order, decisions with an outcome per item, notification and appeal.
-- History is append-only; a correction is a new row pointing at the one it corrects.

-- calculation: the calculation a decision rests on, reproducible (input + the table row used) ---

create table saved_calculation (
    id             uuid primary key,
    case_id        uuid not null references assistance_case (id),
    benefit_month  date not null check (extract(day from benefit_month) = 1),
    unit_id        uuid not null references unit (id),
    norm_table_id  bigint not null references norm_table (id),
    input          jsonb not null,
    result         jsonb not null,
    result_amount  integer not null,
    created_at     timestamptz not null,
    created_by     uuid not null references user_account (id)
);
create index saved_calculation_case_idx on saved_calculation (case_id, created_at);
create trigger saved_calculation_append_only before update or delete on saved_calculation
    for each row execute function ebba_forbid_change();

-- decision: the delegation order of a unit's committee, dated, with its source -----------------

create table delegation_rule (
    id            uuid primary key,
    unit_id       uuid not null references unit (id),
    code          text not null check (length(code) between 1 and 40),
    decision_type text not null check (decision_type in ('LIVELIHOOD_SUPPORT', 'OTHER_NEEDS', 'EMERGENCY_ASSISTANCE',
                                                         'REFUSAL', 'REDUCTION_DECLINED_ACTIVITY', 'RECOVERY')),
    role          text not null check (role in ('CASEWORKER', 'PAYMENT_OFFICER', 'TEAM_LEAD', 'UNIT_MANAGER', 'INTAKE_OFFICER')),
    max_amount    integer check (max_amount >= 0),
    valid_from    date not null,
    valid_to      date,
    source        text not null check (length(source) > 0),
    created_at    timestamptz not null default now(),
    created_by    text not null,
    check (valid_to is null or valid_to >= valid_from)
);
create index delegation_rule_unit_idx on delegation_rule (unit_id, decision_type, valid_from);
create unique index delegation_rule_open_code_idx on delegation_rule (unit_id, code) where valid_to is null;

-- applications -----------------------------------------------------------------------------------

create table application (
    id            uuid primary key,
    case_id       uuid not null references assistance_case (id),
    kind          text not null check (kind in ('FIRST', 'MONTHLY', 'ONE_OFF')),
    benefit_month date not null check (extract(day from benefit_month) = 1),
    received_on   date not null,
    registered_at timestamptz not null,
    registered_by uuid not null references user_account (id)
);
create index application_case_idx on application (case_id, benefit_month);

create table applied_item (
    id             uuid primary key,
    application_id uuid not null references application (id),
    position       integer not null,
    kind           text not null check (kind in ('LIVELIHOOD_SUPPORT', 'OTHER_NEEDS')),
    description    text not null check (length(description) between 1 and 500),
    amount         integer check (amount >= 0),
    unique (application_id, position)
);

create table child_impact_analysis (
    id              uuid primary key,
    application_id  uuid not null references application (id),
    child_person_id uuid not null references person (id),
    situation       text not null check (length(situation) between 1 and 10000),
    effect          text not null check (length(effect) between 1 and 10000),
    best_interests  text not null check (length(best_interests) between 1 and 10000),
    written_at      timestamptz not null,
    written_by      uuid not null references user_account (id),
    written_by_name text not null,
    corrects_id     uuid references child_impact_analysis (id)
);
create index child_impact_analysis_app_idx on child_impact_analysis (application_id, child_person_id, written_at);

-- A proposal for a decision that the proposer's delegation does not cover, routed to the roles that
-- have it. It is never changed: a decision that names it closes it, a newer proposal replaces it.
create table decision_proposal (
    id               uuid primary key,
    application_id   uuid not null references application (id),
    case_id          uuid not null references assistance_case (id),
    unit_id          uuid not null references unit (id),
    case_number      text not null,
    title            text not null,
    draft            jsonb not null,
    routed_to_roles  text not null,
    proposed_at      timestamptz not null,
    proposed_by      uuid not null references user_account (id),
    proposed_by_name text not null
);
create index decision_proposal_app_idx on decision_proposal (application_id, proposed_at);
create index decision_proposal_unit_idx on decision_proposal (unit_id, proposed_at);

create table decision (
    id                   uuid primary key,
    application_id       uuid not null references application (id),
    case_id              uuid not null references assistance_case (id),
    decision_date        date not null,
    law_code             text not null references law_version (code),
    ground               text not null check (ground in ('NEED_ASSESSMENT', 'DECLINED_ACTIVITY')),
    reasons              text not null check (length(reasons) between 1 and 20000),
    legal_basis          text not null,
    calculation_id       uuid not null references saved_calculation (id),
    against_applicant    boolean not null,
    total_granted        integer not null check (total_granted >= 0),
    decided_by           uuid not null references user_account (id),
    decided_by_name      text not null,
    decided_by_title     text not null,
    delegation           text not null,
    proposal_id          uuid references decision_proposal (id),
    replaces_id          uuid references decision (id),
    activity             text,
    activity_dates       text,
    activity_explanation text,
    activity_assessment  text,
    decided_at           timestamptz not null,
    check (ground = 'NEED_ASSESSMENT' or (activity is not null and activity_dates is not null
                                          and activity_explanation is not null and activity_assessment is not null))
);
-- One original decision per application; a changed decision (ändrat beslut, e.g. on
-- reconsideration) replaces the one before it, and each decision is replaced at most once.
create unique index decision_one_per_application_idx on decision (application_id) where replaces_id is null;
create unique index decision_replaced_once_idx on decision (replaces_id) where replaces_id is not null;
create index decision_case_idx on decision (case_id, decision_date);

create table decision_item (
    decision_id      uuid not null references decision (id),
    applied_item_id  uuid not null references applied_item (id),
    outcome          text not null check (outcome in ('GRANTED', 'PARTLY_GRANTED', 'REFUSED')),
    reference_amount integer not null check (reference_amount >= 0),
    granted_amount   integer not null check (granted_amount >= 0),
    primary key (decision_id, applied_item_id)
);

-- förvaltningslagen 33 §: the date the applicant received the decision, and the appeal deadline
-- computed from it (44 §). A correction is a new row.
create table decision_notification (
    id              uuid primary key,
    decision_id     uuid not null references decision (id),
    notified_on     date not null,
    method          text not null check (method in ('HANDED_OVER', 'POST', 'DIGITAL', 'PHONE_CONFIRMED')),
    appeal_last_day date not null,
    recorded_at     timestamptz not null,
    recorded_by     uuid not null references user_account (id),
    recorded_by_name text not null,
    corrects_id     uuid references decision_notification (id)
);
create index decision_notification_idx on decision_notification (decision_id, recorded_at);

create table appeal (
    id            uuid primary key,
    decision_id   uuid not null references decision (id),
    received_on   date not null,
    in_time       boolean not null,
    summary       text not null check (length(summary) between 1 and 5000),
    registered_at timestamptz not null,
    registered_by uuid not null references user_account (id)
);
create index appeal_decision_idx on appeal (decision_id);

-- The appeal's path (förvaltningslagen 39, 45–46 §§): reconsideration, forwarding to
-- förvaltningsrätten, the court's judgment. Each step is a new row.
create table appeal_step (
    id          uuid primary key,
    appeal_id   uuid not null references appeal (id),
    step        text not null check (step in ('REJECTED_AS_LATE', 'RECONSIDERED_CHANGED', 'RECONSIDERED_PARTLY_CHANGED', 'RECONSIDERED_UNCHANGED',
                                              'FORWARDED_TO_COURT', 'COURT_RULED')),
    step_date   date not null,
    note        text not null check (length(note) between 1 and 5000),
    recorded_at timestamptz not null,
    recorded_by uuid not null references user_account (id),
    recorded_by_name text not null
);
create index appeal_step_idx on appeal_step (appeal_id, recorded_at);

create trigger application_append_only before update or delete on application
    for each row execute function ebba_forbid_change();
create trigger applied_item_append_only before update or delete on applied_item
    for each row execute function ebba_forbid_change();
create trigger child_impact_analysis_append_only before update or delete on child_impact_analysis
    for each row execute function ebba_forbid_change();
create trigger decision_proposal_append_only before update or delete on decision_proposal
    for each row execute function ebba_forbid_change();
create trigger decision_append_only before update or delete on decision
    for each row execute function ebba_forbid_change();
create trigger decision_item_append_only before update or delete on decision_item
    for each row execute function ebba_forbid_change();
create trigger decision_notification_append_only before update or delete on decision_notification
    for each row execute function ebba_forbid_change();
create trigger appeal_append_only before update or delete on appeal
    for each row execute function ebba_forbid_change();
create trigger appeal_step_append_only before update or delete on appeal_step
    for each row execute function ebba_forbid_change();
create trigger decision_no_truncate before truncate on decision
    for each statement execute function ebba_forbid_change();
