-- Incorrect payments (felaktiga utbetalningar) and recovery (återkrav) under SoL 33 kap. (2001:453:
-- 9 kap.), RULES.md §8. An incorrect payment is registered on a case with its months, amount, cause
-- and how and by whom it was found; it is handed to the unit's fraud investigator (FUT), who
-- investigates and proposes; a person with delegation decides on recovery; a repayment plan,
-- repayments, waivers (33 kap. 6 §) and a police report (bidragsbrott) follow. Nothing is changed
-- or deleted: every step is a new row, and a correction is a new row pointing at the one it corrects.
create table incorrect_payment (
    id                 uuid primary key,
    unit_id            uuid not null references unit (id),
    case_id            uuid not null references assistance_case (id),
    -- the case number at registration, for the unit's register (case numbers never change)
    case_number        text not null,
    first_month        date not null check (extract(day from first_month) = 1),
    last_month         date not null check (extract(day from last_month) = 1),
    amount             integer not null check (amount > 0),
    cause              text not null check (cause in ('UNIT_ERROR', 'APPLICANT_WRONG_INFORMATION', 'APPLICANT_DID_NOT_REPORT')),
    found_how          text not null check (found_how in ('AUTHORITY_CHECK', 'CONTROLS_CALENDAR', 'TIP', 'APPLICANT_TOLD', 'CASEWORKER_REVIEW',
                                                          'OTHER')),
    found_by           text not null check (length(found_by) between 1 and 200),
    found_on           date not null,
    -- the day the (first) incorrect amount was paid: the three years of 33 kap. 5 § run from here
    paid_on            date not null,
    description        text not null check (length(description) between 1 and 4000),
    registered_by      uuid not null references user_account (id),
    registered_by_name text not null,
    registered_at      timestamptz not null,
    check (last_month >= first_month),
    check (found_on >= paid_on)
);
create index incorrect_payment_case_idx on incorrect_payment (case_id, registered_at);
create index incorrect_payment_unit_idx on incorrect_payment (unit_id, registered_at);
create trigger incorrect_payment_append_only before update or delete on incorrect_payment
    for each row execute function ebba_forbid_change();
create trigger incorrect_payment_no_truncate before truncate on incorrect_payment
    for each statement execute function ebba_forbid_change();

-- The steps of a recovery matter, in the order they were recorded. What each kind uses:
--   HANDED_TO_INVESTIGATOR  person (the FUT), text (why)
--   NOTE / PROPOSAL         text (the FUT's investigation notes and proposal)
--   DECISION                on_date (decision date), ground, reference (the grant decision that said so in writing, 33 kap. 2 §),
--                           amount, start_month..end_month, text (reasons), law_code, legal_basis, person (decider), title, delegation
--   REPAYMENT_PLAN          amount (per month), start_month, on_date (agreed on)
--   REPAYMENT               on_date (paid on), amount
--   WAIVER                  on_date (decision date), amount, text (reasons), law_code, legal_basis, person, title, delegation
--   POLICE_REPORT           on_date (reported on), person_name (who decided to report), reference (the police's reference)
--   CLOSED                  closed_as, text
create table recovery_step (
    id                   uuid primary key,
    incorrect_payment_id uuid not null references incorrect_payment (id),
    kind                 text not null check (kind in ('HANDED_TO_INVESTIGATOR', 'NOTE', 'PROPOSAL', 'DECISION', 'REPAYMENT_PLAN',
                                                       'REPAYMENT', 'WAIVER', 'POLICE_REPORT', 'CLOSED')),
    on_date              date not null,
    amount               integer check (amount >= 0),
    start_month          date check (extract(day from start_month) = 1),
    end_month            date check (extract(day from end_month) = 1),
    ground               text check (ground in ('WRONG_INFORMATION', 'DID_NOT_REPORT_CHANGE', 'SHOULD_HAVE_UNDERSTOOD',
                                                'ADVANCE_ON_BENEFIT', 'LABOUR_DISPUTE', 'TEMPORARY_LACK_OF_MEANS')),
    closed_as            text check (closed_as in ('REPAID', 'WAIVED', 'NOT_RECOVERABLE', 'WRITTEN_OFF')),
    text                 text not null default '' check (length(text) <= 8000),
    reference            text check (length(reference) <= 200),
    law_code             text,
    legal_basis          text,
    person_id            uuid references user_account (id),
    person_name          text check (length(person_name) <= 200),
    title                text,
    delegation           text,
    corrects_id          uuid references recovery_step (id),
    recorded_by          uuid not null references user_account (id),
    recorded_by_name     text not null,
    recorded_at          timestamptz not null,
    check (kind <> 'DECISION' or (ground is not null and amount > 0 and start_month is not null and end_month >= start_month
                                  and law_code is not null and person_id is not null and delegation is not null)),
    check (kind <> 'WAIVER' or (amount > 0 and law_code is not null and person_id is not null and delegation is not null)),
    check (kind <> 'REPAYMENT_PLAN' or (amount > 0 and start_month is not null)),
    check (kind <> 'REPAYMENT' or amount is not null),
    check (kind <> 'HANDED_TO_INVESTIGATOR' or person_id is not null),
    check ((kind = 'CLOSED') = (closed_as is not null))
);
create index recovery_step_matter_idx on recovery_step (incorrect_payment_id, recorded_at);
-- One recovery decision and one closing per matter (a corrected decision points at the first): two
-- people deciding or closing at the same moment cannot both succeed.
create unique index recovery_step_one_decision_idx on recovery_step (incorrect_payment_id) where kind = 'DECISION' and corrects_id is null;
create unique index recovery_step_one_closing_idx on recovery_step (incorrect_payment_id) where kind = 'CLOSED';
create unique index recovery_step_corrected_once_idx on recovery_step (corrects_id) where corrects_id is not null;
create trigger recovery_step_append_only before update or delete on recovery_step
    for each row execute function ebba_forbid_change();
create trigger recovery_step_no_truncate before truncate on recovery_step
    for each statement execute function ebba_forbid_change();

-- The paragraphs of the recovery chapter in both numberings (RULES.md §1 and §8), cited by the law in
-- force on the decision date. The 2001:453 numbers are 9 kap. 1, 2, 3 and 4 §§.
insert into legal_basis (subject, description, sol_2025, sol_2001) values
    ('RECOVERY_WRONG_INFORMATION', 'Återkrav när bistånd betalats ut på grund av oriktiga uppgifter, underlåtenhet att anmäla ändrade förhållanden '
        || 'eller när den enskilde skäligen borde ha insett att utbetalningen var felaktig', '33 kap. 1 §', '9 kap. 1 §'),
    ('RECOVERY_CONDITIONAL_GRANT', 'Återkrav av bistånd som getts som förskott på en förmån, vid arbetskonflikt eller till den som tillfälligt '
        || 'saknat tillgång till sina tillgångar, när beslutet om bistånd skriftligen angav det', '33 kap. 2 §', '9 kap. 2 §'),
    ('RECOVERY_COURT_ACTION', 'Talan om ersättning förs hos förvaltningsrätten inom tre år', '33 kap. 5 §', '9 kap. 3 §'),
    ('RECOVERY_WAIVER', 'Socialnämnden får helt eller delvis efterge ersättningsskyldigheten', '33 kap. 6 §', '9 kap. 4 §');
