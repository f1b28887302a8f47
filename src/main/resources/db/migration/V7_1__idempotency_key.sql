-- One row per form submission or API request that carried a one-time key (issue 7: a double
-- submit must not write twice). A row is claimed (PENDING) and committed before the request is
-- handled, completed (DONE) with the response when the request succeeded, and removed when it did
-- not (so that a corrected form can be sent again with the same token). A PENDING row left by a
-- crash makes a repeat answer "outcome unknown" instead of writing twice.
-- Not append-only: the application needs SELECT, INSERT, UPDATE and DELETE on this table.
create table idempotency_key (
    username      text        not null,
    key           text        not null check (length(key) between 1 and 200),
    request_hash  text        not null,
    state         text        not null check (state in ('PENDING', 'DONE')),
    status        integer,
    location      text,
    content_type  text,
    body          bytea,
    created_at    timestamptz not null default now(),
    completed_at  timestamptz,
    primary key (username, key)
);

create index idempotency_key_created on idempotency_key (created_at);
