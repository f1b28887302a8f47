-- Payments, part 2 (docs/payments.md): the recipients' accounts registered on a case, the units'
-- payment window, and the payment officer's list of decided amounts that could not be paid as decided.

-- The applicant's account and the landlord (with the instruction that rent is paid there), given by
-- a caseworker or payment officer from a date with a reason. Append-only: a new account, or the end
-- of the rent instruction (rent_to_landlord false, no account), is a new row.
create table payment_account (
    id                 uuid primary key,
    case_id            uuid not null references assistance_case (id),
    recipient_kind     text not null check (recipient_kind in ('APPLICANT', 'LANDLORD')),
    name               text not null check (length(name) <= 140),
    account_kind       text check (account_kind in ('BANK_ACCOUNT', 'BANKGIRO')),
    clearing_number    text check (clearing_number ~ '^[0-9]{4,5}$'),
    account_number     text check (account_number ~ '^[0-9]{2,16}$'),
    rent_to_landlord   boolean not null,
    valid_from         date not null,
    reason             text not null check (length(reason) between 1 and 2000),
    registered_by      uuid not null references user_account (id),
    registered_by_name text not null,
    registered_at      timestamptz not null,
    check ((account_kind is null) = (account_number is null)),
    check ((account_kind = 'BANK_ACCOUNT') = (clearing_number is not null)),
    check (recipient_kind = 'LANDLORD' or (account_kind is not null and not rent_to_landlord)),
    check (not rent_to_landlord or account_kind is not null)
);
create index payment_account_case_idx on payment_account (case_id, recipient_kind, valid_from);
create trigger payment_account_append_only before update or delete on payment_account
    for each row execute function ebba_forbid_change();
create trigger payment_account_no_truncate before truncate on payment_account
    for each statement execute function ebba_forbid_change();

-- The unit's payment window: the days of the month before the benefit month when payments are made
-- (PROCESS.md: 25th–30th unless the unit decides otherwise). Dated, with a source; append-only.
create table payment_window (
    id                uuid primary key,
    unit_id           uuid not null references unit (id),
    valid_from        date not null,
    first_day         integer not null check (first_day between 1 and 28),
    last_day          integer not null check (last_day between first_day and 31),
    source            text not null check (length(source) between 1 and 500),
    recorded_by       uuid not null references user_account (id),
    recorded_by_name  text not null,
    recorded_at       timestamptz not null
);
create index payment_window_unit_idx on payment_window (unit_id, valid_from);
create trigger payment_window_append_only before update or delete on payment_window
    for each row execute function ebba_forbid_change();
create trigger payment_window_no_truncate before truncate on payment_window
    for each statement execute function ebba_forbid_change();

-- Amounts granted that were not paid as decided and wait for the payment officer: no account
-- registered yet (paid when one is), or a changed decision granting less than what already left
-- (a possible incorrect payment, for the recovery work). Resolved once, never deleted.
create table payment_attention (
    id              uuid primary key,
    unit_id         uuid not null references unit (id),
    case_id         uuid not null references assistance_case (id),
    decision_id     uuid not null references decision (id),
    benefit_month   date not null check (extract(day from benefit_month) = 1),
    recipient_kind  text not null check (recipient_kind in ('APPLICANT', 'LANDLORD')),
    kind            text not null check (kind in ('ACCOUNT_MISSING', 'POSSIBLE_OVERPAYMENT')),
    amount          integer not null check (amount > 0),
    decided_by      uuid not null references user_account (id),
    created_at      timestamptz not null,
    resolved_at     timestamptz,
    resolution      text check (length(resolution) <= 2000),
    version         bigint not null default 0,
    check ((resolved_at is null) = (resolution is null))
);
create unique index payment_attention_once_idx on payment_attention (decision_id, recipient_kind, kind);
create index payment_attention_open_idx on payment_attention (unit_id, case_id) where resolved_at is null;
