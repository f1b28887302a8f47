-- A monthly application corrected before it is calculated may apply for other things than when it
-- was registered (an other need added, changed or dropped). Applied items are append-only, so a
-- correction withdraws an item with a row here and adds the new items to applied_item; the
-- application's items are those without a withdrawal. A decided item is never withdrawn: only
-- applications not yet calculated can be corrected.
create table applied_item_withdrawal (
    applied_item_id uuid primary key references applied_item (id),
    application_id  uuid not null references application (id),
    withdrawn_at    timestamptz not null,
    withdrawn_by    uuid not null,
    reason          text not null check (length(reason) between 1 and 2000)
);

create index applied_item_withdrawal_app_idx on applied_item_withdrawal (application_id);

create trigger applied_item_withdrawal_append_only before update or delete on applied_item_withdrawal
    for each row execute function ebba_forbid_change();
