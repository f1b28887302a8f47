-- Payment runs (utbetalningskörningar, docs/payment-runs.md): a cashier collects the verified payments
-- of their units due on or before a date into ONE ISO 20022 pain.001.001.03 file for the bank.
--
-- Exactly once: the run, its file and the payments' move VERIFIED → EXPORTED (payment.run_id) are
-- written in one transaction, so a run that dies before its commit leaves nothing behind and a run
-- again takes everything; a payment's run_id is set once and never changed.

-- The municipality's own account that pays, per unit, as dated data with its source: the newest row
-- valid on the payment date counts; a correction is a new row (append-only).
create table payment_debtor_account (
    id              uuid primary key,
    unit_id         uuid not null references unit (id),
    valid_from      date not null,
    -- the payer's name as the bank shows it to the recipient: never a word about assistance
    debtor_name     text not null check (length(debtor_name) between 1 and 70),
    -- the municipality's organisation number (not personal data)
    organisation_number text not null check (organisation_number ~ '^[0-9]{10}$'),
    account_kind    text not null check (account_kind in ('BANK_ACCOUNT', 'BANKGIRO')),
    clearing_number text check (clearing_number ~ '^[0-9]{4,5}$'),
    account_number  text not null check (account_number ~ '^[0-9]{2,16}$'),
    -- the municipality's bank (the debtor agent of the file)
    bic             text not null check (bic ~ '^[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?$'),
    source          text not null check (length(source) between 1 and 500),
    recorded_by     text not null,
    recorded_at     timestamptz not null,
    check ((account_kind = 'BANK_ACCOUNT') = (clearing_number is not null))
);
create index payment_debtor_account_unit_idx on payment_debtor_account (unit_id, valid_from desc, recorded_at desc);
create trigger payment_debtor_account_append_only before update or delete on payment_debtor_account
    for each row execute function ebba_forbid_change();
create trigger payment_debtor_account_no_truncate before truncate on payment_debtor_account
    for each statement execute function ebba_forbid_change();

-- A run: who ran it, for which units and date, how many payments and how much. Never changed.
create table payment_run (
    id              uuid primary key,
    unit_ids        uuid[] not null check (cardinality(unit_ids) >= 1),
    payment_date    date not null,
    -- the file's MsgId: random, unique, never personal data
    message_id      text not null unique check (message_id ~ '^[A-Z0-9-]{8,35}$'),
    payments        integer not null check (payments > 0),
    total           bigint not null check (total > 0),
    created_by      uuid not null references user_account (id),
    created_by_name text not null,
    created_at      timestamptz not null
);
create index payment_run_date_idx on payment_run (payment_date, created_at);
create trigger payment_run_append_only before update or delete on payment_run
    for each row execute function ebba_forbid_change();
create trigger payment_run_no_truncate before truncate on payment_run
    for each statement execute function ebba_forbid_change();

-- The run's pain.001 file exactly as it was given to the bank. Never changed.
create table payment_run_file (
    run_id          uuid primary key references payment_run (id),
    file_name       text not null check (file_name ~ '^[A-Za-z0-9._-]{1,100}$'),
    content         bytea not null,
    sha256          text not null check (sha256 ~ '^[0-9a-f]{64}$')
);
create trigger payment_run_file_append_only before update or delete on payment_run_file
    for each row execute function ebba_forbid_change();
create trigger payment_run_file_no_truncate before truncate on payment_run_file
    for each statement execute function ebba_forbid_change();

alter table payment add constraint payment_run_fk foreign key (run_id) references payment_run (id);
