-- Four eyes on access to a unit's cases (docs/security.md): case roles, units and the protected-
-- identity right that an administrator gives an account are requested here and take effect only
-- when the unit manager of every unit concerned has approved. Both tables are append-only history:
-- a request is never changed; its decisions are new rows.

create table access_grant_request (
    id                        uuid primary key,
    user_id                   uuid not null references user_account (id),
    requested_by              uuid not null references user_account (id),
    requested_at              timestamptz not null,
    -- the whole access asked for (what holds once every unit approved)
    roles                     text[] not null,
    unit_ids                  uuid[] not null,
    protected_identity_access boolean not null,
    -- the units whose managers must approve
    approving_unit_ids        uuid[] not null check (cardinality(approving_unit_ids) > 0),
    -- the access before and asked for, as the access log shows it (role titles, unit names, flags)
    before_state              text not null,
    requested_state           text not null
);

create index access_grant_request_user_idx on access_grant_request (user_id);
create index access_grant_request_units_idx on access_grant_request using gin (approving_unit_ids);

-- APPROVED / REJECTED: a unit manager's decision for one unit (REJECTED closes the request);
-- IN_FORCE: every unit approved and the access was given; WITHDRAWN: a later change of the account
-- replaced the request.
create table access_grant_decision (
    id          bigserial primary key,
    request_id  uuid not null references access_grant_request (id),
    outcome     text not null check (outcome in ('APPROVED', 'REJECTED', 'IN_FORCE', 'WITHDRAWN')),
    unit_id     uuid references unit (id),
    decided_by  uuid not null references user_account (id),
    decided_at  timestamptz not null,
    reason      text check (reason is null or length(reason) <= 2000),
    check ((outcome in ('APPROVED', 'REJECTED')) = (unit_id is not null)),
    check (outcome <> 'REJECTED' or length(btrim(reason)) > 0)
);

-- One decision per unit, and a request is closed once.
create unique index access_grant_decision_unit_idx on access_grant_decision (request_id, unit_id) where unit_id is not null;
create unique index access_grant_decision_closed_idx on access_grant_decision (request_id)
    where outcome in ('REJECTED', 'IN_FORCE', 'WITHDRAWN');

create trigger access_grant_request_append_only before update or delete on access_grant_request
    for each row execute function ebba_forbid_change();
create trigger access_grant_request_no_truncate before truncate on access_grant_request
    for each statement execute function ebba_forbid_change();
create trigger access_grant_decision_append_only before update or delete on access_grant_decision
    for each row execute function ebba_forbid_change();
create trigger access_grant_decision_no_truncate before truncate on access_grant_decision
    for each statement execute function ebba_forbid_change();
