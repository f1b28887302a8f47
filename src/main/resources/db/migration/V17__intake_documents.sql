-- Intake documents: the summons (kallelse) to the first meeting and what became of it, the
-- application checklist that travels with the case (QUALITY.md "Controls on every application"),
-- document requests, bank statements per account, consents and home visits.
-- Everything is append-only: a new booking, a new mark, a withdrawal are new rows.

-- The checklist items are dated data with a source; a changed list is new rows (valid_from/valid_to).
create table checklist_item (
    id          uuid primary key,
    code        text not null,
    position    integer not null,
    topic       text not null,
    text        text not null,
    -- what the applicant is asked to bring to the first meeting; null when the unit checks it itself
    bring_text  text,
    valid_from  date not null,
    valid_to    date,
    source      text not null,
    unique (code, valid_from),
    check (valid_to is null or valid_to > valid_from)
);

create table checklist_mark (
    id             uuid primary key,
    case_id        uuid not null references assistance_case (id),
    item_id        uuid not null references checklist_item (id),
    status         text not null check (status in ('CHECKED', 'NOT_NEEDED', 'MISSING')),
    note           text not null default '' check (length(note) <= 2000),
    marked_by      uuid not null references user_account (id),
    marked_by_name text not null,
    marked_at      timestamptz not null
);
create index checklist_mark_case on checklist_mark (case_id, item_id, marked_at);

create table document_request (
    id                uuid primary key,
    case_id           uuid not null references assistance_case (id),
    requested_on      date not null,
    due_on            date not null check (due_on >= requested_on),
    -- the missing items as they read when the request was made
    items             text[] not null check (cardinality(items) > 0),
    note              text not null default '' check (length(note) <= 2000),
    requested_by      uuid not null references user_account (id),
    requested_by_name text not null,
    requested_at      timestamptz not null
);
create index document_request_case on document_request (case_id, requested_at);

create table bank_statement (
    id               uuid primary key,
    case_id          uuid not null references assistance_case (id),
    account          text not null check (length(account) between 1 and 100),
    period_from      date not null,
    period_to        date not null check (period_to >= period_from),
    recorded_by      uuid not null references user_account (id),
    recorded_by_name text not null,
    recorded_at      timestamptz not null
);
create index bank_statement_case on bank_statement (case_id, account, period_from);

-- A booking of the first meeting. A new booking after a cancelled or missed meeting replaces the
-- earlier one (replaces_id); a case has one first booking and each booking is replaced at most once.
create table summons (
    id                uuid primary key,
    case_id           uuid not null references assistance_case (id),
    meeting_at        timestamp not null,
    place             text not null check (length(place) between 1 and 300),
    investigator_id   uuid not null references user_account (id),
    investigator_name text not null,
    sent_on           date not null,
    replaces_id       uuid unique references summons (id),
    booked_by         uuid not null references user_account (id),
    booked_by_name    text not null,
    booked_at         timestamptz not null
);
create unique index summons_first_per_case on summons (case_id) where replaces_id is null;

create table first_meeting_outcome (
    summons_id       uuid primary key references summons (id),
    outcome          text not null check (outcome in ('HELD', 'CANCELLED', 'NO_SHOW')),
    occurred_on      date not null,
    note             text not null default '' check (length(note) <= 2000),
    recorded_by      uuid not null references user_account (id),
    recorded_by_name text not null,
    recorded_at      timestamptz not null
);

create table consent (
    id               uuid primary key,
    case_id          uuid not null references assistance_case (id),
    scope            text not null,
    counterpart      text not null check (length(counterpart) between 1 and 200),
    given_on         date not null,
    valid_until      date check (valid_until is null or valid_until >= given_on),
    recorded_by      uuid not null references user_account (id),
    recorded_by_name text not null,
    recorded_at      timestamptz not null
);
create index consent_case on consent (case_id, given_on);

create table consent_withdrawal (
    consent_id       uuid primary key references consent (id),
    withdrawn_on     date not null,
    recorded_by      uuid not null references user_account (id),
    recorded_by_name text not null,
    recorded_at      timestamptz not null
);

create table home_visit (
    id               uuid primary key,
    case_id          uuid not null references assistance_case (id),
    consent_id       uuid not null references consent (id),
    visit_on         date not null,
    reason           text not null check (length(reason) between 1 and 2000),
    recorded_by      uuid not null references user_account (id),
    recorded_by_name text not null,
    recorded_at      timestamptz not null
);

create trigger checklist_item_append_only before update or delete on checklist_item
    for each row execute function ebba_forbid_change();
create trigger checklist_item_no_truncate before truncate on checklist_item
    for each statement execute function ebba_forbid_change();
create trigger checklist_mark_append_only before update or delete on checklist_mark
    for each row execute function ebba_forbid_change();
create trigger checklist_mark_no_truncate before truncate on checklist_mark
    for each statement execute function ebba_forbid_change();
create trigger document_request_append_only before update or delete on document_request
    for each row execute function ebba_forbid_change();
create trigger document_request_no_truncate before truncate on document_request
    for each statement execute function ebba_forbid_change();
create trigger bank_statement_append_only before update or delete on bank_statement
    for each row execute function ebba_forbid_change();
create trigger bank_statement_no_truncate before truncate on bank_statement
    for each statement execute function ebba_forbid_change();
create trigger summons_append_only before update or delete on summons
    for each row execute function ebba_forbid_change();
create trigger summons_no_truncate before truncate on summons
    for each statement execute function ebba_forbid_change();
create trigger first_meeting_outcome_append_only before update or delete on first_meeting_outcome
    for each row execute function ebba_forbid_change();
create trigger first_meeting_outcome_no_truncate before truncate on first_meeting_outcome
    for each statement execute function ebba_forbid_change();
create trigger consent_append_only before update or delete on consent
    for each row execute function ebba_forbid_change();
create trigger consent_no_truncate before truncate on consent
    for each statement execute function ebba_forbid_change();
create trigger consent_withdrawal_append_only before update or delete on consent_withdrawal
    for each row execute function ebba_forbid_change();
create trigger consent_withdrawal_no_truncate before truncate on consent_withdrawal
    for each statement execute function ebba_forbid_change();
create trigger home_visit_append_only before update or delete on home_visit
    for each row execute function ebba_forbid_change();
create trigger home_visit_no_truncate before truncate on home_visit
    for each statement execute function ebba_forbid_change();

-- The checklist of QUALITY.md ("Controls on every application", carried from intake to the
-- investigators; Bromma's checklist in source 003_…). bring_text is what the summons asks for.
insert into checklist_item (id, code, position, topic, text, bring_text, valid_from, source) values
 ('7a0e0001-0000-4000-8000-000000000001', 'PERSONAL_NUMBER', 1, 'Sökande', 'Personnummer kontrollerat', 'Legitimation', '2022-01-01', 'QUALITY.md: Controls on every application (Bromma, 003_…)'),
 ('7a0e0001-0000-4000-8000-000000000002', 'APPLICATION_DATE', 2, 'Sökande', 'Ansökningsdatum noterat', null, '2022-01-01', 'QUALITY.md: Controls on every application (Bromma, 003_…)'),
 ('7a0e0001-0000-4000-8000-000000000003', 'INTERPRETER', 3, 'Sökande', 'Behov av tolk utrett (språk)', null, '2022-01-01', 'QUALITY.md: Controls on every application (Bromma, 003_…)'),
 ('7a0e0001-0000-4000-8000-000000000004', 'PROTECTED_IDENTITY', 4, 'Sökande', 'Skyddad identitet kontrollerad', null, '2022-01-01', 'QUALITY.md: Controls on every application (Bromma, 003_…)'),
 ('7a0e0001-0000-4000-8000-000000000005', 'INITIAL_ASSESSMENT_1', 5, 'Utredning', 'Initial bedömning del 1 gjord', null, '2022-01-01', 'QUALITY.md: Controls on every application (Bromma, 003_…)'),
 ('7a0e0001-0000-4000-8000-000000000006', 'RESIDENCE_CHECK', 6, 'Utredning', 'Tillhörighetsbedömning gjord och dokumenterad', null, '2022-01-01', 'QUALITY.md: Controls on every application (Bromma, 003_…)'),
 ('7a0e0001-0000-4000-8000-000000000007', 'EARLIER_CASE', 7, 'Utredning', 'Pågående eller tidigare aktualitet kontrollerad', null, '2022-01-01', 'QUALITY.md: Controls on every application (Bromma, 003_…)'),
 ('7a0e0001-0000-4000-8000-000000000008', 'POPULATION_REGISTER', 8, 'Utredning', 'Folkbokföring kontrollerad: folkbokförd där sökanden bor, antal folkbokförda på adressen, medborgarskap', null, '2022-01-01', 'QUALITY.md: Controls on every application (Bromma, 003_…)'),
 ('7a0e0001-0000-4000-8000-000000000009', 'ACCOUNT_OVERVIEW', 9, 'Inkomster och tillgångar', 'Kontoöversikt och antal konton', 'Kontoöversikt från varje bank där du har konto', '2022-01-01', 'QUALITY.md: Controls on every application (Bromma, 003_…)'),
 ('7a0e0001-0000-4000-8000-000000000010', 'ACCOUNT_STATEMENTS', 10, 'Inkomster och tillgångar', 'Kontoutdrag för alla konton med sammanhängande datum', 'Kontoutdrag för alla dina konton, där varje utdrag börjar där det förra slutade', '2022-01-01', 'QUALITY.md: Controls on every application (Bromma, 003_…)'),
 ('7a0e0001-0000-4000-8000-000000000011', 'YEARLY_STATEMENTS', 11, 'Inkomster och tillgångar', 'Årsbesked från banken', 'Årsbesked från banken', '2022-01-01', 'QUALITY.md: Controls on every application (Bromma, 003_…)'),
 ('7a0e0001-0000-4000-8000-000000000012', 'TAX_RETURN', 12, 'Inkomster och tillgångar', 'Deklaration med specifikation', 'Din senaste deklaration med specifikation', '2022-01-01', 'QUALITY.md: Controls on every application (Bromma, 003_…)'),
 ('7a0e0001-0000-4000-8000-000000000013', 'CONTROL_STATEMENTS', 13, 'Inkomster och tillgångar', 'Kontrolluppgifter', 'Kontrolluppgifter', '2022-01-01', 'QUALITY.md: Controls on every application (Bromma, 003_…)'),
 ('7a0e0001-0000-4000-8000-000000000014', 'INTEREST_EXPENSES', 14, 'Inkomster och tillgångar', 'Ränteutgifter utredda', 'Underlag för lån och räntor', '2022-01-01', 'QUALITY.md: Controls on every application (Bromma, 003_…)'),
 ('7a0e0001-0000-4000-8000-000000000015', 'SWISH_HISTORY', 15, 'Inkomster och tillgångar', 'Swishhistorik en månad bakåt', 'Swishhistorik för den senaste månaden', '2022-01-01', 'QUALITY.md: Controls on every application (Bromma, 003_…)'),
 ('7a0e0001-0000-4000-8000-000000000016', 'OTHER_INCOME_CHECK', 16, 'Andra inkomster', 'Kontroll hos Försäkringskassan, Migrationsverket, CSN och a-kassa att hushållet inte har andra inkomster', null, '2022-01-01', 'QUALITY.md: Controls on every application (Bromma, 003_…)');
