-- Intake (mottagning): contacts, preliminary assessments, residence checks and emergency
-- assessments (docs/intake.md). A contact is a mutable aggregate (it gets the case and the
-- application it led to, guarded by its version); the assessments are append-only records:
-- a new assessment of the same contact is a new row, and the newest counts.

-- Nödbistånd is an applied item of its own, decided under the delegation item EMERGENCY_ASSISTANCE.
alter table applied_item drop constraint applied_item_kind_check;
alter table applied_item add constraint applied_item_kind_check
    check (kind in ('LIVELIHOOD_SUPPORT', 'OTHER_NEEDS', 'EMERGENCY_ASSISTANCE'));

-- The access log names a contact as what was shown or changed.
alter table access_log drop constraint access_log_subject_type_check;
alter table access_log add constraint access_log_subject_type_check
    check (subject_type in ('CASE', 'PERSON', 'APPLICATION', 'DECISION', 'LETTER', 'JOURNAL', 'CALCULATION', 'PAGE', 'LIST', 'CONTACT'));

create table intake_contact (
    id             uuid primary key,
    unit_id        uuid not null references unit (id),
    person_id      uuid not null references person (id),
    channel        text not null check (channel in ('PHONE', 'VISIT', 'LETTER', 'E_APPLICATION')),
    contacted_at   timestamptz not null,
    registered_by  uuid not null references user_account (id),
    case_id        uuid references assistance_case (id),
    application_id uuid references application (id),
    version        integer not null default 0
);
create index intake_contact_unit_idx on intake_contact (unit_id, contacted_at);
create index intake_contact_person_idx on intake_contact (person_id);

create table preliminary_assessment (
    id             uuid primary key,
    contact_id     uuid not null references intake_contact (id),
    account        text not null check (length(account) between 1 and 20000),
    adults         integer not null check (adults in (1, 2)),
    children_ages  integer[] not null default '{}',
    housing_cost   bigint not null check (housing_cost >= 0),
    income         bigint not null check (income >= 0),
    estimated_need bigint not null,
    norm_year      integer not null,
    outcome        text not null check (outcome in ('INFORMATION_ONLY', 'APPLICATION_FORM_SENT', 'EMERGENCY_ASSESSMENT',
                                                    'APPLICATION_REGISTERED')),
    insists        boolean not null,
    -- a person who insists always gets a formal application (docs/intake.md)
    check (not insists or outcome = 'APPLICATION_REGISTERED'),
    assessed_at    timestamptz not null,
    assessed_by    uuid not null references user_account (id)
);
create index preliminary_assessment_contact_idx on preliminary_assessment (contact_id, assessed_at);

create table residence_check (
    id                  uuid primary key,
    contact_id          uuid not null references intake_contact (id),
    street_address      text not null check (length(street_address) between 1 and 200),
    postal_code         text not null check (length(postal_code) between 1 and 10),
    city                text not null check (length(city) between 1 and 100),
    district            text check (length(district) between 1 and 100),
    registered_there    boolean not null,
    people_registered   integer not null check (people_registered between 0 and 999),
    belongs             boolean not null,
    referred_to         text check (length(referred_to) between 1 and 200),
    reason              text check (length(reason) between 1 and 2000),
    check (belongs or (referred_to is not null and reason is not null)),
    checked_at          timestamptz not null,
    checked_by          uuid not null references user_account (id)
);
create index residence_check_contact_idx on residence_check (contact_id, checked_at);

create table emergency_assessment (
    id                    uuid primary key,
    contact_id            uuid not null references intake_contact (id),
    need                  text not null check (need in ('FOOD_MONEY', 'TEMPORARY_ACCOMMODATION')),
    situation             text not null check (length(situation) between 1 and 20000),
    children_in_household boolean not null,
    children_needs        text check (length(children_needs) <= 20000),
    children_unit_contact text check (children_unit_contact in ('CONTACTED', 'CONCERN_REPORTED', 'NOT_NEEDED')),
    children_unit_note    text check (length(children_unit_note) <= 2000),
    check (not children_in_household or (children_needs is not null and children_unit_contact is not null)),
    case_id               uuid not null references assistance_case (id),
    application_id        uuid not null references application (id),
    decision_id           uuid not null references decision (id),
    assessed_at           timestamptz not null,
    assessed_by           uuid not null references user_account (id)
);
create index emergency_assessment_contact_idx on emergency_assessment (contact_id, assessed_at);

create trigger preliminary_assessment_append_only before update or delete on preliminary_assessment
    for each row execute function ebba_forbid_change();
create trigger residence_check_append_only before update or delete on residence_check
    for each row execute function ebba_forbid_change();
create trigger emergency_assessment_append_only before update or delete on emergency_assessment
    for each row execute function ebba_forbid_change();
