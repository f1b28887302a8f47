-- Payments (utbetalningar) of granted decisions (RULES.md §7, PROCESS.md §3 and §5): created from a
-- decision, checked by the cashier (kassa, four eyes: never the person who decided), collected by a
-- payment run into an ISO 20022 pain.001.001.03 file, then settled or returned by the bank.
--
-- The recipient's account is copied onto the payment when it is proposed: the cashier verifies, and
-- the run pays, exactly what stands here, whatever happens to the case's registered accounts later.
-- A payment the cashier rejects (REJECTED, with the reason) or the bank returns (RETURNED) is never
-- changed back: the payment officer issues a new payment that names it (reissues_id). A payment whose
-- decision is replaced before it is exported is CANCELLED. A payment is in at most one run (run_id, set once by the run that
-- exports it; the runs and their files are created by V22).
create table payment (
    id              uuid primary key,
    unit_id         uuid not null references unit (id),
    case_id         uuid not null references assistance_case (id),
    decision_id     uuid not null references decision (id),
    benefit_month   date not null check (extract(day from benefit_month) = 1),
    amount          integer not null check (amount > 0),
    -- to the applicant's own account, or to the landlord for the rent when the decision says so
    recipient_kind  text not null check (recipient_kind in ('APPLICANT', 'LANDLORD')),
    recipient_name  text not null check (length(recipient_name) between 1 and 140),
    -- a Swedish bank account (clearing number + account number) or a bankgiro number, digits only
    account_kind    text not null check (account_kind in ('BANK_ACCOUNT', 'BANKGIRO')),
    clearing_number text check (clearing_number ~ '^[0-9]{4,5}$'),
    account_number  text not null check (account_number ~ '^[0-9]{2,16}$'),
    payment_date    date not null,
    -- who made the decision (the system actor for an automatic grant): the cashier must be someone else
    decided_by      uuid not null references user_account (id),
    -- the end-to-end reference in the payment file and the bank's answer; random, never personal data
    reference       text not null unique check (reference ~ '^[A-Z0-9]{8,35}$'),
    state           text not null check (state in ('PROPOSED', 'VERIFIED', 'EXPORTED', 'SETTLED', 'RETURNED', 'REJECTED', 'CANCELLED')),
    run_id          uuid,
    reissues_id     uuid references payment (id),
    version         bigint not null default 0,
    created_at      timestamptz not null,
    check ((account_kind = 'BANK_ACCOUNT') = (clearing_number is not null)),
    check ((state in ('EXPORTED', 'SETTLED', 'RETURNED')) = (run_id is not null))
);
-- A decision is paid at most once to each recipient; a reissue of a returned payment is its own row.
create unique index payment_once_per_decision_idx on payment (decision_id, recipient_kind) where reissues_id is null;
create unique index payment_reissued_once_idx on payment (reissues_id) where reissues_id is not null;
create index payment_unit_state_idx on payment (unit_id, state, payment_date);
create index payment_case_idx on payment (case_id, benefit_month);
create index payment_run_idx on payment (run_id) where run_id is not null;

-- Every transition of a payment: who, when, why (PROCESS.md §5). Append-only.
create table payment_state_change (
    id          uuid primary key,
    payment_id  uuid not null references payment (id),
    from_state  text check (from_state in ('PROPOSED', 'VERIFIED', 'EXPORTED', 'SETTLED', 'RETURNED', 'REJECTED', 'CANCELLED')),
    to_state    text not null check (to_state in ('PROPOSED', 'VERIFIED', 'EXPORTED', 'SETTLED', 'RETURNED', 'REJECTED', 'CANCELLED')),
    reason      text not null default '' check (length(reason) <= 2000),
    changed_by  uuid not null references user_account (id),
    changed_by_name text not null,
    changed_at  timestamptz not null
);
create index payment_state_change_payment_idx on payment_state_change (payment_id, changed_at);
create trigger payment_state_change_append_only before update or delete on payment_state_change
    for each row execute function ebba_forbid_change();
create trigger payment_state_change_no_truncate before truncate on payment_state_change
    for each statement execute function ebba_forbid_change();

-- The access log names payments, payment runs, monthly proposals, recovery matters and the controls
-- calendar's checks as what was shown or changed (audit.AccessEvent.SubjectType).
alter table access_log drop constraint access_log_subject_type_check;
alter table access_log add constraint access_log_subject_type_check
    check (subject_type in ('CASE', 'PERSON', 'APPLICATION', 'DECISION', 'LETTER', 'JOURNAL', 'CALCULATION', 'PAGE', 'LIST', 'CONTACT',
                            'PAYMENT', 'PAYMENT_RUN', 'PROPOSAL', 'RECOVERY', 'CONTROL'));
