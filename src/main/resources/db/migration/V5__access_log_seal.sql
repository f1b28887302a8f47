-- The access log's hash chain (docs/security.md, "Durability and the tamper-evident access log").
-- Rows of access_log are inserted without any lock inside the business transactions; shortly after
-- commit a sealer (one at a time, advisory lock) appends one seal per row in seal order:
--   hash(position) = sha256(hash(position - 1) || canonical text of the access_log row), hex,
--   hash(0) = '' and canonical text = jsonb_strip_nulls(to_jsonb(row))::text with TimeZone UTC.
-- Columns added to access_log later are covered by to_jsonb; null values are left out, so adding a
-- nullable column does not change the text of the rows that were already sealed.

create table access_log_seal (
    position      bigint primary key check (position > 0),
    access_log_id bigint not null unique references access_log (id),
    sealed_at     timestamptz not null default now(),
    hash          text not null check (hash ~ '^[0-9a-f]{64}$')
);

create trigger access_log_seal_append_only before update or delete on access_log_seal
    for each row execute function ebba_forbid_change();
create trigger access_log_seal_no_truncate before truncate on access_log_seal
    for each statement execute function ebba_forbid_change();
