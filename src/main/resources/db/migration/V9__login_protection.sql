-- Login protection (docs/operations.md, "Login protection"): every login attempt is kept so that
-- lockouts survive a restart, and an administrator's unlocking is kept as history.
-- Staff who log in with OIDC have no local password.

create table login_attempt (
    id             bigserial primary key,
    occurred_at    timestamptz not null,
    -- SHA-256 of the user name as typed (lower case): unknown names are throttled exactly like
    -- known ones, and a password typed into the user name field is never stored readable.
    username_key   text not null,
    client_address text not null,
    outcome        text not null check (outcome in ('SUCCEEDED', 'FAILED', 'REFUSED_LOCKED', 'REFUSED_THROTTLED'))
);

create index login_attempt_user_idx on login_attempt (username_key, occurred_at);
create index login_attempt_address_idx on login_attempt (client_address, occurred_at);

create table login_unlock (
    id           bigserial primary key,
    occurred_at  timestamptz not null,
    username_key text not null,
    unlocked_by  uuid not null references user_account (id)
);

create index login_unlock_user_idx on login_unlock (username_key, occurred_at);

create trigger login_attempt_append_only before update or delete on login_attempt
    for each row execute function ebba_forbid_change();
create trigger login_attempt_no_truncate before truncate on login_attempt
    for each statement execute function ebba_forbid_change();
create trigger login_unlock_append_only before update or delete on login_unlock
    for each row execute function ebba_forbid_change();
create trigger login_unlock_no_truncate before truncate on login_unlock
    for each statement execute function ebba_forbid_change();

alter table user_account alter column password_hash drop not null;
