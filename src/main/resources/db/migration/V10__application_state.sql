-- The application gets a state (PROCESS.md §5) and a version; every transition is appended to
-- application_state_change with who, when and why. The application row stays otherwise unchanged:
-- the append-only trigger is replaced by a guard that lets only state and version change and
-- refuses deletion. Existing applications get the state their decisions, notifications and appeals
-- say (of the decision in force), with the derivation recorded as a transition.

alter table application add column state text not null default 'RECEIVED'
    check (state in ('RECEIVED', 'INCOMPLETE', 'COMPLETE', 'CALCULATED', 'DECIDED', 'NOTIFIED', 'APPEALED'));
alter table application add column version bigint not null default 0;

create table application_state_change (
    id             bigserial primary key,
    application_id uuid not null references application (id),
    from_state     text check (from_state in ('RECEIVED', 'INCOMPLETE', 'COMPLETE', 'CALCULATED', 'DECIDED', 'NOTIFIED', 'APPEALED')),
    to_state       text not null check (to_state in ('RECEIVED', 'INCOMPLETE', 'COMPLETE', 'CALCULATED', 'DECIDED', 'NOTIFIED', 'APPEALED')),
    changed_at     timestamptz not null,
    changed_by     uuid references user_account (id),
    changed_by_name text not null,
    reason         text not null check (length(reason) between 1 and 2000)
);
create index application_state_change_idx on application_state_change (application_id, changed_at, id);
create index application_open_idx on application (case_id) where state in ('RECEIVED', 'INCOMPLETE', 'COMPLETE', 'CALCULATED');

create trigger application_state_change_append_only before update or delete on application_state_change
    for each row execute function ebba_forbid_change();
create trigger application_state_change_no_truncate before truncate on application_state_change
    for each statement execute function ebba_forbid_change();

-- Derive the state of the existing applications (the trigger still refuses updates here).
alter table application disable trigger application_append_only;
with in_force as (
    select d.application_id, d.id as decision_id from decision d
    where not exists (select 1 from decision r where r.replaces_id = d.id)
)
update application a set state = case
        when exists (select 1 from appeal p where p.decision_id = f.decision_id) then 'APPEALED'
        when exists (select 1 from decision_notification n where n.decision_id = f.decision_id) then 'NOTIFIED'
        else 'DECIDED' end
from in_force f where f.application_id = a.id;
alter table application enable trigger application_append_only;

insert into application_state_change (application_id, from_state, to_state, changed_at, changed_by, changed_by_name, reason)
select id, null, 'RECEIVED', registered_at, registered_by, coalesce((select display_name from user_account u where u.id = registered_by), 'okänd'),
       'Ansökan registrerad'
from application;
insert into application_state_change (application_id, from_state, to_state, changed_at, changed_by, changed_by_name, reason)
select id, 'RECEIVED', state, now(), null, 'Ebba (införande av ansökans status)',
       'Härlett från ansökans beslut, delgivning och överklagande när ansökans status infördes'
from application where state <> 'RECEIVED';

drop trigger application_append_only on application;

create function ebba_application_guard() returns trigger
language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'table application: DELETE is not allowed';
    end if;
    if (new.id, new.case_id, new.kind, new.benefit_month, new.received_on, new.registered_at, new.registered_by)
       is distinct from (old.id, old.case_id, old.kind, old.benefit_month, old.received_on, old.registered_at, old.registered_by) then
        raise exception 'table application: only state and version may change';
    end if;
    return new;
end;
$$;
create trigger application_guard before update or delete on application
    for each row execute function ebba_application_guard();
