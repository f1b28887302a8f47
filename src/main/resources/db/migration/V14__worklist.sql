-- Deadlines and worklists (PROCESS.md §1–§4): the units' process settings, the tasks with due dates
-- on every case, what the closing job needs to know about applications and appeals, and the system
-- actor that closes cases. Existing data is backfilled here, in the migration (docs/worklists.md).

-- The system actor: who changed a case when no person did (the closing job). A user account because
-- case_state_change.changed_by and the access log name a user; it is disabled, has no roles, no
-- units and the bcrypt hash of 48 random bytes that were thrown away, so no one can log in as it.
insert into user_account (id, username, display_name, password_hash, enabled)
values ('00000000-0000-4000-8000-000000000001', 'ebba.system', 'Ebba (automatisk åtgärd)',
        '{bcrypt}$2a$10$tZAz.12k8d4iWooh0MCaLect33VzVmjuEMpWMlgWEX9VyWFO/OJCy', false);

-- A case returning to its former caseworker is an assignment of its own kind.
alter table case_assignment drop constraint case_assignment_method_check;
alter table case_assignment add constraint case_assignment_method_check check (method in ('TEAM_LEAD', 'BY_BIRTH_DAY', 'RETURNED'));

-- A unit's process settings, dated. A change is a new row valid from its date; the row valid on a
-- date is the newest valid_from on or before it (then the newest recorded). A row without unit is
-- the default for units that have none of their own (units created after this migration).
create table process_setting (
    id                   uuid primary key,
    unit_id              uuid references unit (id),
    valid_from           date not null,
    summons_days         integer not null check (summons_days between 1 and 365),
    first_meeting_days   integer not null check (first_meeting_days between 1 and 365),
    decision_days        integer not null check (decision_days between 1 and 365),
    plan_days            integer not null check (plan_days between 1 and 365),
    follow_up_months     integer not null check (follow_up_months between 1 and 24),
    close_after_months   integer not null check (close_after_months between 1 and 24),
    return_within_months integer not null check (return_within_months between 0 and 24),
    source               text not null check (length(source) between 1 and 500),
    recorded_at          timestamptz not null,
    recorded_by          uuid references user_account (id)
);
create index process_setting_unit_idx on process_setting (unit_id, valid_from);
create trigger process_setting_append_only before update or delete on process_setting
    for each row execute function ebba_forbid_change();
create trigger process_setting_no_truncate before truncate on process_setting
    for each statement execute function ebba_forbid_change();

insert into process_setting (id, unit_id, valid_from, summons_days, first_meeting_days, decision_days, plan_days,
                             follow_up_months, close_after_months, return_within_months, source, recorded_at)
select gen_random_uuid(), u.id, date '2000-01-01', 7, 14, 60, 90, 4, 2, 3,
       'Standardvärden ur processkartan (PROCESS.md §1–§4, Bromma)', now()
from (select null::uuid as id union all select id from unit) u;

-- A task with a due date on a case (kallelse, första besök, beslut, förändringsplan, uppföljning).
-- Done or cancelled tasks stay; at most one open task of a kind per case.
create table worklist_task (
    id            uuid primary key,
    case_id       uuid not null references assistance_case (id),
    unit_id       uuid not null references unit (id),
    kind          text not null check (kind in ('SUMMONS', 'FIRST_MEETING', 'DECISION', 'CHANGE_PLAN', 'FOLLOW_UP')),
    due_on        date not null,
    rule          text not null,
    opened_at     timestamptz not null,
    done_on       date,
    cancelled_on  date,
    cancel_reason text,
    version       integer not null default 0,
    check (done_on is null or cancelled_on is null)
);
create unique index worklist_task_one_open_idx on worklist_task (case_id, kind) where done_on is null and cancelled_on is null;
create index worklist_task_open_idx on worklist_task (unit_id, due_on) where done_on is null and cancelled_on is null;

-- What the closing job knows of a case, kept from the events: its state, since when it has been
-- quiet (opened, reopened or last application) and how many appeals are open.
create table worklist_case (
    case_id      uuid primary key references assistance_case (id),
    unit_id      uuid not null references unit (id),
    state        text not null check (state in ('OPEN_INTAKE', 'OPEN_ONGOING', 'CLOSED')),
    quiet_since  date not null,
    open_appeals integer not null default 0 check (open_appeals >= 0),
    version      integer not null default 0
);
create index worklist_case_unit_idx on worklist_case (unit_id, state);

-- Applications as the closing job sees them: undecided until a decision for the case and month.
create table worklist_application (
    application_id uuid primary key,
    case_id        uuid not null references assistance_case (id),
    benefit_month  date not null,
    registered_on  date not null,
    decided_on     date
);
create index worklist_application_case_idx on worklist_application (case_id) where decided_on is null;

-- Backfill from the data of earlier versions -----------------------------------------------------

insert into worklist_application (application_id, case_id, benefit_month, registered_on, decided_on)
select a.id, a.case_id, a.benefit_month, a.received_on,
       (select min(d.decision_date) from decision d where d.application_id = a.id)
from application a;

-- An appeal is open until it was rejected as late, fully changed on reconsideration or judged.
insert into worklist_case (case_id, unit_id, state, quiet_since, open_appeals)
select c.id, c.unit_id, c.state,
       greatest((c.opened_at at time zone 'Europe/Stockholm')::date,
                coalesce((select max(a.received_on) from application a where a.case_id = c.id), date '1900-01-01'),
                coalesce((select max((s.changed_at at time zone 'Europe/Stockholm')::date) from case_state_change s
                          where s.case_id = c.id and s.from_state = 'CLOSED'), date '1900-01-01')),
       (select count(*) from appeal ap join decision d on d.id = ap.decision_id
        where d.case_id = c.id
          and not exists (select 1 from appeal_step st where st.appeal_id = ap.id
                          and st.step in ('REJECTED_AS_LATE', 'RECONSIDERED_CHANGED', 'COURT_RULED')))
from assistance_case c;

-- Open cases get the deadlines the defaults give them. Summons and first meeting only at intake
-- (an ongoing case has passed them); the decision is done when the case has one; the change plan
-- is due 90 days after the (last) referral of an ongoing case. Closed cases get no tasks.
insert into worklist_task (id, case_id, unit_id, kind, due_on, rule, opened_at, done_on)
select gen_random_uuid(), c.id, c.unit_id, k.kind,
       (c.opened_at at time zone 'Europe/Stockholm')::date + k.days,
       k.days || ' dagar från aktualiseringen (standardvärde, infört i efterhand)', now(), null
from assistance_case c
cross join (values ('SUMMONS', 7), ('FIRST_MEETING', 14)) as k(kind, days)
where c.state = 'OPEN_INTAKE';

insert into worklist_task (id, case_id, unit_id, kind, due_on, rule, opened_at, done_on)
select gen_random_uuid(), c.id, c.unit_id, 'DECISION',
       (c.opened_at at time zone 'Europe/Stockholm')::date + 60,
       '60 dagar från aktualiseringen (standardvärde, infört i efterhand)', now(),
       (select min(d.decision_date) from decision d where d.case_id = c.id)
from assistance_case c
where c.state <> 'CLOSED';

insert into worklist_task (id, case_id, unit_id, kind, due_on, rule, opened_at)
select gen_random_uuid(), c.id, c.unit_id, 'CHANGE_PLAN',
       coalesce((select max((s.changed_at at time zone 'Europe/Stockholm')::date) from case_state_change s
                 where s.case_id = c.id and s.to_state = 'OPEN_ONGOING'),
                (c.opened_at at time zone 'Europe/Stockholm')::date) + 90,
       '90 dagar från remitteringen (standardvärde, infört i efterhand)', now()
from assistance_case c
where c.state = 'OPEN_ONGOING';
