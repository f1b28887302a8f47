-- Change plans (förändringsplan, Initial bedömning part 4; PROCESS.md §1, §2, §6).
--
-- change_plan            one per case; the mutable head with the optimistic-locking version.
-- change_plan_version    each agreed content of the plan; a revision is a new row, nothing is overwritten.
-- change_plan_intervention  the interventions of a version, from the catalogue, with who is responsible.
-- change_plan_signature  the applicant's signature of a version: on paper (with the date) or awaited in the e-service.
-- change_plan_follow_up  follow-ups: date, what was achieved, changes, next follow-up.
-- missed_activity        an agreed activity the applicant did not attend, the explanation and whether it is
--                        a valid reason: the basis for a SoL 12 kap. 5 § decision (made by a person elsewhere).
-- change_plan_no_plan_reason  why an open case has no plan (the overview's "reason if none"); newest counts.
-- change_plan_referral   the date a case was referred to the ongoing team (from CaseStateChanged).
-- intervention_type      the catalogue of interventions: dated data with a source.
-- change_plan_setting    the default follow-up interval and plan deadline: dated data with a source, per unit
--                        or (unit_id null) for every unit.

create table intervention_type (
    code        text not null,
    name        text not null,
    description text not null,
    valid_from  date not null,
    valid_to    date,
    source      text not null,
    recorded_at timestamptz not null default now(),
    primary key (code, valid_from),
    check (valid_to is null or valid_to >= valid_from)
);

create table change_plan_setting (
    id                 bigserial primary key,
    unit_id            uuid references unit (id),
    follow_up_months   integer not null check (follow_up_months between 1 and 12),
    plan_within_months integer not null check (plan_within_months between 1 and 12),
    valid_from         date not null,
    source             text not null,
    recorded_at        timestamptz not null default now()
);

create table change_plan (
    id         uuid primary key,
    case_id    uuid not null unique references assistance_case (id),
    version    integer not null default 0,
    created_at timestamptz not null,
    created_by uuid not null references user_account (id)
);

create table change_plan_version (
    id               uuid primary key,
    plan_id          uuid not null references change_plan (id),
    number           integer not null check (number >= 1),
    goal             text not null check (length(goal) between 1 and 2000),
    sub_goals        text[] not null,
    requirements     text[] not null,
    participation    text not null check (length(participation) between 1 and 5000),
    agreed_on        date not null,
    next_follow_up_on date not null check (next_follow_up_on > agreed_on),
    written_by       uuid not null references user_account (id),
    written_by_name  text not null,
    written_at       timestamptz not null,
    unique (plan_id, number)
);

create table change_plan_intervention (
    id              uuid primary key,
    version_id      uuid not null references change_plan_version (id),
    position        integer not null,
    code            text not null,
    responsible     text not null check (length(responsible) between 1 and 200),
    note            text not null default '',
    unique (version_id, position)
);

create table change_plan_signature (
    id          uuid primary key,
    version_id  uuid not null references change_plan_version (id),
    kind        text not null check (kind in ('PAPER', 'E_SERVICE')),
    signed_on   date,
    recorded_by uuid not null references user_account (id),
    recorded_by_name text not null,
    recorded_at timestamptz not null,
    check ((kind = 'PAPER') = (signed_on is not null))
);

create table change_plan_follow_up (
    id                uuid primary key,
    plan_id           uuid not null references change_plan (id),
    version_number    integer not null,
    held_on           date not null,
    achieved          text not null check (length(achieved) between 1 and 5000),
    changes           text not null default '',
    next_follow_up_on date not null check (next_follow_up_on > held_on),
    recorded_by       uuid not null references user_account (id),
    recorded_by_name  text not null,
    recorded_at       timestamptz not null
);

create table missed_activity (
    id               uuid primary key,
    plan_id          uuid not null references change_plan (id),
    missed_on        date not null,
    intervention_code text not null,
    explanation      text not null check (length(explanation) between 1 and 5000),
    assessment       text not null check (assessment in ('VALID_REASON', 'NO_VALID_REASON')),
    assessment_note  text not null default '',
    recorded_by      uuid not null references user_account (id),
    recorded_by_name text not null,
    recorded_at      timestamptz not null
);

create table change_plan_no_plan_reason (
    id          uuid primary key,
    case_id     uuid not null references assistance_case (id),
    reason      text not null check (length(reason) between 1 and 500),
    recorded_by uuid not null references user_account (id),
    recorded_at timestamptz not null
);

create table change_plan_referral (
    id          bigserial primary key,
    case_id     uuid not null references assistance_case (id),
    referred_on date not null,
    recorded_at timestamptz not null default now()
);

create index change_plan_version_plan_idx on change_plan_version (plan_id, number);
create index change_plan_follow_up_plan_idx on change_plan_follow_up (plan_id, recorded_at);
create index missed_activity_plan_idx on missed_activity (plan_id, missed_on);
create index change_plan_no_plan_reason_case_idx on change_plan_no_plan_reason (case_id, recorded_at);
create index change_plan_referral_case_idx on change_plan_referral (case_id, referred_on);

create trigger intervention_type_append_only before update or delete on intervention_type
    for each row execute function ebba_forbid_change();
create trigger intervention_type_no_truncate before truncate on intervention_type
    for each statement execute function ebba_forbid_change();
create trigger change_plan_setting_append_only before update or delete on change_plan_setting
    for each row execute function ebba_forbid_change();
create trigger change_plan_setting_no_truncate before truncate on change_plan_setting
    for each statement execute function ebba_forbid_change();
create trigger change_plan_version_append_only before update or delete on change_plan_version
    for each row execute function ebba_forbid_change();
create trigger change_plan_version_no_truncate before truncate on change_plan_version
    for each statement execute function ebba_forbid_change();
create trigger change_plan_intervention_append_only before update or delete on change_plan_intervention
    for each row execute function ebba_forbid_change();
create trigger change_plan_intervention_no_truncate before truncate on change_plan_intervention
    for each statement execute function ebba_forbid_change();
create trigger change_plan_signature_append_only before update or delete on change_plan_signature
    for each row execute function ebba_forbid_change();
create trigger change_plan_signature_no_truncate before truncate on change_plan_signature
    for each statement execute function ebba_forbid_change();
create trigger change_plan_follow_up_append_only before update or delete on change_plan_follow_up
    for each row execute function ebba_forbid_change();
create trigger change_plan_follow_up_no_truncate before truncate on change_plan_follow_up
    for each statement execute function ebba_forbid_change();
create trigger missed_activity_append_only before update or delete on missed_activity
    for each row execute function ebba_forbid_change();
create trigger missed_activity_no_truncate before truncate on missed_activity
    for each statement execute function ebba_forbid_change();
create trigger change_plan_no_plan_reason_append_only before update or delete on change_plan_no_plan_reason
    for each row execute function ebba_forbid_change();
create trigger change_plan_no_plan_reason_no_truncate before truncate on change_plan_no_plan_reason
    for each statement execute function ebba_forbid_change();
create trigger change_plan_referral_append_only before update or delete on change_plan_referral
    for each row execute function ebba_forbid_change();
create trigger change_plan_referral_no_truncate before truncate on change_plan_referral
    for each statement execute function ebba_forbid_change();

-- The catalogue of interventions (issue 8; PROCESS.md §2; the sources 001_… and 003_… name them).
insert into intervention_type (code, name, description, valid_from, source) values
    ('JOBBTORG', 'Jobbtorg Stockholm', 'Arbetsmarknadsinsats: coachning, matchning och utbildning mot arbete', '2022-01-01',
     'Stockholms stads arbetsmarknadsinsatser enligt Brommas kvalitetsansökan 2022 (003_…) och issue 8'),
    ('STOCKHOLMSJOBB', 'Stockholmsjobb', 'Tidsbegränsad anställning i stadens verksamheter via Jobbtorg', '2022-01-01',
     'Stockholms stads arbetsmarknadsinsatser enligt Brommas kvalitetsansökan 2022 (003_…) och issue 8'),
    ('WORK_TRAINING', 'Arbetsträning', 'Arbetsträning på en arbetsplats med handledare', '2022-01-01',
     'Vantörs rapport 2007 (001_…) och Brommas kvalitetsansökan 2022 (003_…)'),
    ('SFI', 'SFI – svenska för invandrare', 'Studier i svenska för invandrare', '2022-01-01',
     'Brommas kvalitetsansökan 2022 (003_…) och issue 8'),
    ('REHABILITATION', 'Rehabilitering', 'Medicinsk eller arbetslivsinriktad rehabilitering i samverkan med vården', '2022-01-01',
     'Brommas kvalitetsansökan 2022 (003_…) och issue 8'),
    ('SIP_MEETING', 'SIP-möte', 'Samordnad individuell plan med hälso- och sjukvården (SoL 2 kap. 7 §)', '2022-01-01',
     'Brommas kvalitetsansökan 2022 (003_…) och issue 8'),
    ('BUDGET_DEBT_ADVICE', 'Budget- och skuldrådgivning', 'Rådgivning om budget och skulder hos kommunens budget- och skuldrådgivare', '2022-01-01',
     'Brommas kvalitetsansökan 2022 (003_…) och issue 8');

-- The default for every unit until the unit's process settings say otherwise (PROCESS.md §1–2):
-- a plan within 3 months of referral, followed up at least every 4 months.
insert into change_plan_setting (unit_id, follow_up_months, plan_within_months, valid_from, source) values
    (null, 4, 3, '2022-01-01', 'Brommas tjänstekarta (003_…), shared/domain/PROCESS.md §1–2: plan inom 3 månader från remittering, uppföljning minst var 4:e månad');

-- Cases referred before this migration: their referral dates from the state history.
insert into change_plan_referral (case_id, referred_on, recorded_at)
select case_id, (changed_at at time zone 'Europe/Stockholm')::date, now()
from case_state_change
where to_state = 'OPEN_ONGOING';
