-- Jobbstimulans (SoL 12 kap. 8 §) is the person's, not the case's: the months with försörjningsstöd
-- are kept per person, so a person who moves to another household or case keeps their history
-- (RULES.md §4). One row per decision and adult of the household at the time the decision was
-- recorded (applicant and co-applicant). A person here is the unit's record of the person
-- (person.id, docs/architecture.md "People are secret per unit"): months in another unit are not seen.
-- Whether a decision was replaced is read from support_month (one row per decision, V10_1).
create table person_support_month (
    decision_id                uuid not null,
    person_id                  uuid not null references person (id),
    case_id                    uuid not null references assistance_case (id),
    benefit_month              date not null check (extract(day from benefit_month) = 1),
    livelihood_support_granted boolean not null,
    replaces_decision_id       uuid,
    recorded_at                timestamptz not null,
    primary key (decision_id, person_id)
);
create index person_support_month_person_idx on person_support_month (person_id, benefit_month);

create trigger person_support_month_append_only before update or delete on person_support_month
    for each row execute function ebba_forbid_change();
create trigger person_support_month_no_truncate before truncate on person_support_month
    for each statement execute function ebba_forbid_change();

-- Backfill: every decision already recorded, for the adults of its case's household as it is now
-- (the household is not kept as history, so today's members are the best record of who was in it).
insert into person_support_month (decision_id, person_id, case_id, benefit_month, livelihood_support_granted, replaces_decision_id,
                                  recorded_at)
select s.decision_id, hm.person_id, s.case_id, s.benefit_month, s.livelihood_support_granted, s.replaces_decision_id, s.recorded_at
from support_month s
join household_member hm on hm.case_id = s.case_id and hm.role in ('APPLICANT', 'CO_APPLICANT')
on conflict do nothing;

-- Prisbasbelopp for the years V2 lacks, so that a child's earnings can be calculated for them
-- (SoL 12 kap. 9 §). 2022–2025 are in V2; amounts from RULES.md §4.
insert into price_base_amount (year, amount, source) values
    (2019, 46500, 'Förordning om prisbasbelopp och förhöjt prisbasbelopp för år 2019: 46 500 kr (shared/domain/RULES.md §4)'),
    (2020, 47300, 'Förordning om prisbasbelopp och förhöjt prisbasbelopp för år 2020: 47 300 kr (shared/domain/RULES.md §4)'),
    (2021, 47600, 'SFS 2020:764, förordning om prisbasbelopp och förhöjt prisbasbelopp för år 2021: 47 600 kr'),
    (2026, 59200, 'SFS 2025:872, förordning om prisbasbelopp och förhöjt prisbasbelopp för år 2026: 59 200 kr')
on conflict (year) do nothing;
