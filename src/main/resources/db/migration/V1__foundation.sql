-- Ebba foundation: organisation, users, people, cases, households, journal, access log.
-- Append-only tables are protected by triggers, so that no code path (and no one with the
-- application's database account using ordinary DML) can rewrite history.

create function ebba_forbid_change() returns trigger
language plpgsql as $$
begin
    raise exception 'table % is append-only: % is not allowed', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

-- identity --------------------------------------------------------------------------------------

create table district (
    id   uuid primary key,
    code text not null unique,
    name text not null
);

create table unit (
    id         uuid primary key,
    code       text not null unique,
    name       text not null,
    created_at timestamptz not null default now()
);

create table unit_district (
    unit_id     uuid not null references unit (id),
    district_id uuid not null references district (id),
    primary key (unit_id, district_id)
);

create table user_account (
    id                        uuid primary key,
    username                  text not null unique,
    display_name              text not null,
    password_hash             text not null,
    protected_identity_access boolean not null default false,
    enabled                   boolean not null default true,
    created_at                timestamptz not null default now(),
    version                   integer not null default 0
);

create table user_unit (
    user_id uuid not null references user_account (id),
    unit_id uuid not null references unit (id),
    primary key (user_id, unit_id)
);

create table user_role (
    user_id uuid not null references user_account (id),
    role    text not null check (role in ('INTAKE_OFFICER', 'CASEWORKER', 'PAYMENT_OFFICER', 'CASHIER',
                                          'FRAUD_INVESTIGATOR', 'TEAM_LEAD', 'UNIT_MANAGER',
                                          'QUALITY_DEVELOPER', 'AUDITOR', 'APPLICANT', 'ADMIN')),
    primary key (user_id, role)
);

create table person (
    id                 uuid primary key,
    personal_number    char(12) not null unique check (personal_number ~ '^[0-9]{12}$'),
    first_name         text not null,
    last_name          text not null,
    birth_date         date not null,
    protected_identity boolean not null default false,
    street_address     text,
    postal_code        text,
    city               text,
    created_at         timestamptz not null default now(),
    version            integer not null default 0
);

create index person_last_name_idx on person (lower(last_name));
create index person_first_name_idx on person (lower(first_name));

-- casefile --------------------------------------------------------------------------------------

create table case_number_counter (
    year       integer primary key,
    last_value integer not null
);

create table assistance_case (
    id                        uuid primary key,
    case_number               text not null unique,
    unit_id                   uuid not null references unit (id),
    state                     text not null check (state in ('OPEN_INTAKE', 'OPEN_ONGOING', 'CLOSED')),
    responsible_caseworker_id uuid references user_account (id),
    opened_at                 timestamptz not null,
    last_activity_at          timestamptz not null,
    version                   integer not null default 0
);

create index assistance_case_unit_idx on assistance_case (unit_id, state);
create index assistance_case_caseworker_idx on assistance_case (responsible_caseworker_id, state);

create table household_member (
    case_id   uuid not null references assistance_case (id),
    person_id uuid not null references person (id),
    role      text not null check (role in ('APPLICANT', 'CO_APPLICANT', 'CHILD', 'OTHER_ADULT')),
    primary key (case_id, person_id)
);

create index household_member_person_idx on household_member (person_id);
create unique index household_one_applicant_idx on household_member (case_id) where role = 'APPLICANT';

create table case_state_change (
    id         bigserial primary key,
    case_id    uuid not null references assistance_case (id),
    from_state text,
    to_state   text not null,
    changed_at timestamptz not null,
    changed_by uuid not null references user_account (id),
    reason     text not null
);

create index case_state_change_case_idx on case_state_change (case_id, changed_at);

create table case_assignment (
    id            bigserial primary key,
    case_id       uuid not null references assistance_case (id),
    caseworker_id uuid not null references user_account (id),
    method        text not null check (method in ('TEAM_LEAD', 'BY_BIRTH_DAY')),
    assigned_at   timestamptz not null,
    assigned_by   uuid not null references user_account (id),
    reason        text
);

create index case_assignment_case_idx on case_assignment (case_id, assigned_at);

-- Each caseworker owns ranges of birth days (Vantör's födelsedatumprincipen). A rule is never
-- deleted: it is retired, so that past allocations stay explainable.
create table birth_day_rule (
    id            uuid primary key,
    unit_id       uuid not null references unit (id),
    caseworker_id uuid not null references user_account (id),
    first_day     integer not null check (first_day between 1 and 31),
    last_day      integer not null check (last_day between 1 and 31),
    created_at    timestamptz not null,
    created_by    uuid not null references user_account (id),
    retired_at    timestamptz,
    retired_by    uuid references user_account (id),
    check (first_day <= last_day)
);

create index birth_day_rule_unit_idx on birth_day_rule (unit_id) where retired_at is null;

-- journal ---------------------------------------------------------------------------------------

create table journal_entry (
    id                uuid primary key,
    case_id           uuid not null references assistance_case (id),
    entry_date        date not null,
    entry_type        text not null,
    text              text not null check (length(text) between 1 and 20000),
    author_id         uuid not null references user_account (id),
    author_name       text not null,
    recorded_at       timestamptz not null,
    corrects_entry_id uuid references journal_entry (id)
);

create index journal_entry_case_idx on journal_entry (case_id, entry_date, recorded_at);

-- audit -----------------------------------------------------------------------------------------

create table access_log (
    id           bigserial primary key,
    occurred_at  timestamptz not null default now(),
    user_id      uuid,
    username     text not null,
    unit_id      uuid,
    action       text not null,
    case_id      uuid,
    case_number  text,
    person_id    uuid,
    own_caseload boolean,
    detail       text
);

create index access_log_time_idx on access_log (occurred_at);
create index access_log_user_idx on access_log (user_id, occurred_at);
create index access_log_case_idx on access_log (case_id, occurred_at);

-- history that must never change
create trigger access_log_append_only before update or delete on access_log
    for each row execute function ebba_forbid_change();
create trigger access_log_no_truncate before truncate on access_log
    for each statement execute function ebba_forbid_change();
create trigger journal_entry_append_only before update or delete on journal_entry
    for each row execute function ebba_forbid_change();
create trigger journal_entry_no_truncate before truncate on journal_entry
    for each statement execute function ebba_forbid_change();
create trigger case_state_change_append_only before update or delete on case_state_change
    for each row execute function ebba_forbid_change();
create trigger case_state_change_no_truncate before truncate on case_state_change
    for each statement execute function ebba_forbid_change();
create trigger case_assignment_append_only before update or delete on case_assignment
    for each row execute function ebba_forbid_change();
create trigger case_assignment_no_truncate before truncate on case_assignment
    for each statement execute function ebba_forbid_change();

-- Spring Modulith event publication registry (schema v2 of spring-modulith-events-jdbc)
create table event_publication (
    id                     uuid not null primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
