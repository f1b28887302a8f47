-- Monthly applications (PROCESS.md §3, the monthly cycle): the facts of each monthly application
-- as versions (a corrected application is a new version pointing at the one it replaces), the bank
-- statements of each version with the deposits on them, requests for what is missing, the dated
-- checklist of what a monthly application must contain, and the units' application window.
-- Everything is append-only.

-- What a monthly application must contain: dated data with a source. A changed list is new rows.
-- rule says when and how an item is checked:
--   DOCUMENT             always needed, marked as handed in
--   DOCUMENT_IF_INCOMES  needed when an income is stated
--   DOCUMENT_IF_COSTS    needed when a cost changed since last month
--   DOCUMENT_IF_NEEDS    needed when another need is applied for
--   STATEMENTS           computed: statements for every account, continuous, up to the end of last month
create table monthly_checklist_item (
    id           uuid primary key,
    code         text not null check (code ~ '^[A-Z0-9_]{1,40}$'),
    position     integer not null,
    text         text not null,
    request_text text not null,
    rule         text not null check (rule in ('DOCUMENT', 'DOCUMENT_IF_INCOMES', 'DOCUMENT_IF_COSTS', 'DOCUMENT_IF_NEEDS', 'STATEMENTS')),
    valid_from   date not null,
    valid_to     date,
    source       text not null,
    unique (code, valid_from),
    check (valid_to is null or valid_to > valid_from)
);

-- One version of a monthly application. The application itself (kind MONTHLY, items, state) is
-- the application module's; input is the month as applied for (a CalculationInput as JSON).
create table monthly_application_version (
    id               uuid primary key,
    application_id   uuid not null references application (id),
    case_id          uuid not null references assistance_case (id),
    benefit_month    date not null check (extract(day from benefit_month) = 1),
    received_on      date not null,
    late             boolean not null,
    version_no       integer not null check (version_no >= 1),
    replaces_id      uuid unique references monthly_application_version (id),
    input            jsonb not null,
    documents        text[] not null default '{}',
    -- what the completeness check found missing when the version was recorded (empty: complete)
    missing          text[] not null default '{}',
    note             text not null default '' check (length(note) <= 2000),
    recorded_by      uuid not null references user_account (id),
    recorded_by_name text not null,
    recorded_at      timestamptz not null,
    unique (application_id, version_no),
    check ((version_no = 1) = (replaces_id is null))
);
create index monthly_application_version_case on monthly_application_version (case_id, benefit_month);
-- One monthly application per case and month (its first version); corrections are later versions of it.
create unique index monthly_application_one_per_month on monthly_application_version (case_id, benefit_month) where version_no = 1;

create table monthly_bank_statement (
    id          uuid primary key,
    version_id  uuid not null references monthly_application_version (id),
    position    integer not null,
    account     text not null check (length(account) between 1 and 100),
    period_from date not null,
    period_to   date not null check (period_to >= period_from),
    unique (version_id, position)
);

-- A deposit on a statement; accounted_by is the index of the stated income that explains it (none: unaccounted).
create table monthly_deposit (
    id           uuid primary key,
    statement_id uuid not null references monthly_bank_statement (id),
    position     integer not null,
    booked_on    date not null,
    amount       bigint not null check (amount > 0),
    accounted_by integer check (accounted_by >= 0),
    unique (statement_id, position)
);

-- A request for what the application lacks (komplettering), with the day it must be in by.
create table monthly_document_request (
    id                uuid primary key,
    application_id    uuid not null references application (id),
    case_id           uuid not null references assistance_case (id),
    requested_on      date not null,
    due_on            date not null check (due_on > requested_on),
    items             text[] not null check (cardinality(items) > 0),
    note              text not null default '' check (length(note) <= 2000),
    requested_by      uuid not null references user_account (id),
    requested_by_name text not null,
    requested_at      timestamptz not null
);
create index monthly_document_request_application on monthly_document_request (application_id, requested_at);

-- The units' application and payment windows (days of the month before the benefit month, and of
-- the payment month) and how many days a request for documents gives; unit_id null is the default.
create table monthly_window_setting (
    id               uuid primary key,
    unit_id          uuid references unit (id),
    valid_from       date not null,
    opens_day        integer not null check (opens_day between 1 and 28),
    closes_day       integer not null check (closes_day between 1 and 28),
    payment_from_day integer not null check (payment_from_day between 1 and 31),
    payment_to_day   integer not null check (payment_to_day between 1 and 31),
    request_days     integer not null check (request_days between 1 and 60),
    source           text not null check (length(source) between 1 and 500),
    recorded_at      timestamptz not null,
    recorded_by      uuid references user_account (id),
    check (closes_day >= opens_day),
    check (payment_to_day >= payment_from_day)
);
create index monthly_window_setting_unit on monthly_window_setting (unit_id, valid_from);

create trigger monthly_checklist_item_append_only before update or delete on monthly_checklist_item
    for each row execute function ebba_forbid_change();
create trigger monthly_checklist_item_no_truncate before truncate on monthly_checklist_item
    for each statement execute function ebba_forbid_change();
create trigger monthly_application_version_append_only before update or delete on monthly_application_version
    for each row execute function ebba_forbid_change();
create trigger monthly_application_version_no_truncate before truncate on monthly_application_version
    for each statement execute function ebba_forbid_change();
create trigger monthly_bank_statement_append_only before update or delete on monthly_bank_statement
    for each row execute function ebba_forbid_change();
create trigger monthly_bank_statement_no_truncate before truncate on monthly_bank_statement
    for each statement execute function ebba_forbid_change();
create trigger monthly_deposit_append_only before update or delete on monthly_deposit
    for each row execute function ebba_forbid_change();
create trigger monthly_deposit_no_truncate before truncate on monthly_deposit
    for each statement execute function ebba_forbid_change();
create trigger monthly_document_request_append_only before update or delete on monthly_document_request
    for each row execute function ebba_forbid_change();
create trigger monthly_document_request_no_truncate before truncate on monthly_document_request
    for each statement execute function ebba_forbid_change();
create trigger monthly_window_setting_append_only before update or delete on monthly_window_setting
    for each row execute function ebba_forbid_change();
create trigger monthly_window_setting_no_truncate before truncate on monthly_window_setting
    for each statement execute function ebba_forbid_change();

insert into monthly_checklist_item (id, code, position, text, request_text, rule, valid_from, source) values
 ('7a0e0019-0000-4000-8000-000000000001', 'SIGNED_APPLICATION', 1, 'Ansökan är ifylld och undertecknad',
  'Ansökan för månaden, ifylld och undertecknad', 'DOCUMENT', '2022-01-01', 'PROCESS.md §3: the household submits the monthly application'),
 ('7a0e0019-0000-4000-8000-000000000002', 'ACCOUNT_STATEMENTS', 2, 'Kontoutdrag för alla konton med sammanhängande datum, till och med förra månadens slut',
  'Kontoutdrag för alla dina konton, där varje utdrag börjar dagen efter att det förra slutade', 'STATEMENTS', '2022-01-01',
  'QUALITY.md: Controls on every application (statements for all accounts with continuous dates); PROCESS.md §3'),
 ('7a0e0019-0000-4000-8000-000000000003', 'INCOME_DOCUMENTS', 3, 'Underlag för varje inkomst (lönespecifikation, utbetalningsbesked)',
  'Lönespecifikation eller utbetalningsbesked för varje inkomst', 'DOCUMENT_IF_INCOMES', '2022-01-01',
  'QUALITY.md: Controls on every application (income and assets)'),
 ('7a0e0019-0000-4000-8000-000000000004', 'COST_DOCUMENTS', 4, 'Underlag för ändrade kostnader (hyresavi, elräkning)',
  'Hyresavi, elräkning eller annat underlag för de kostnader som har ändrats', 'DOCUMENT_IF_COSTS', '2022-01-01',
  'PROCESS.md §3: bank statements for all accounts and any changed costs'),
 ('7a0e0019-0000-4000-8000-000000000005', 'OTHER_NEEDS_DOCUMENTS', 5, 'Kostnadsförslag eller underlag för andra behov',
  'Kostnadsförslag eller kvitto för det du söker utöver försörjningsstöd', 'DOCUMENT_IF_NEEDS', '2022-01-01',
  'RULES.md §3 (livsföring i övrigt: each need assessed on its own)'),
 ('7a0e0019-0000-4000-8000-000000000006', 'SWISH_HISTORY', 6, 'Swishhistorik en månad bakåt',
  'Swishhistorik för den senaste månaden', 'DOCUMENT', '2022-01-01', 'QUALITY.md: Controls on every application (Swish history one month back)');

insert into monthly_window_setting (id, unit_id, valid_from, opens_day, closes_day, payment_from_day, payment_to_day, request_days,
                                    source, recorded_at)
values ('7a0e0019-0000-4000-8000-000000000100', null, date '2000-01-01', 10, 15, 25, 30, 7,
        'PROCESS.md §3: ansökan 10–15 i månaden före, utbetalning 25–30; komplettering inom 7 dagar (Ebbas standard)', now());
