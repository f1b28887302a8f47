-- The calculation's own record of decided months, for jobbstimulans (SoL 12 kap. 8 §): one row per
-- decision, fed by the DecisionMade event (replacing the calculation's read of the decision tables).
-- A changed decision names the one it replaces; only decisions not replaced count. Existing decisions
-- are copied in here.
create table support_month (
    decision_id                uuid primary key,
    case_id                    uuid not null references assistance_case (id),
    benefit_month              date not null check (extract(day from benefit_month) = 1),
    livelihood_support_granted boolean not null,
    replaces_decision_id       uuid,
    recorded_at                timestamptz not null
);
create index support_month_case_idx on support_month (case_id);
create index support_month_replaces_idx on support_month (replaces_decision_id);

create trigger support_month_append_only before update or delete on support_month
    for each row execute function ebba_forbid_change();
create trigger support_month_no_truncate before truncate on support_month
    for each statement execute function ebba_forbid_change();

insert into support_month (decision_id, case_id, benefit_month, livelihood_support_granted, replaces_decision_id, recorded_at)
select d.id, d.case_id, a.benefit_month,
       exists (select 1 from decision_item i join applied_item ai on ai.id = i.applied_item_id
               where i.decision_id = d.id and ai.kind = 'LIVELIHOOD_SUPPORT' and i.granted_amount > 0),
       d.replaces_id, d.decided_at
from decision d join application a on a.id = d.application_id;
