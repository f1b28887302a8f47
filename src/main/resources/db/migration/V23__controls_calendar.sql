-- The controls calendar (årshjul, QUALITY.md; Farsta's calendar in 004_…): each unit's recurring
-- checks as dated rows, and the caseworkers' marks that a check of a household was done.
-- Both tables are append-only: a change of a check is a new row with the same check_id valid from a
-- later month (a check that ends is a row with active = false); a correction of a mark is a new mark
-- pointing at the old one.

create table control_check (
    id          uuid primary key,
    check_id    uuid not null,
    unit_id     uuid not null references unit (id),
    name        text not null check (length(name) between 1 and 200),
    months      smallint[] not null check (cardinality(months) between 1 and 12 and months <@ array[1,2,3,4,5,6,7,8,9,10,11,12]::smallint[]),
    concerns    text not null check (concerns in ('ALL_HOUSEHOLDS', 'WITH_CHILDREN', 'SEVERAL_ADULTS')),
    active      boolean not null,
    valid_from  date not null check (extract(day from valid_from) = 1),
    source      text not null check (length(source) between 1 and 500),
    recorded_at timestamptz not null,
    recorded_by uuid not null references user_account (id)
);

create index control_check_unit_idx on control_check (unit_id, check_id, valid_from);

create table control_mark (
    id          uuid primary key,
    check_id    uuid not null,
    case_id     uuid not null references assistance_case (id),
    month       date not null check (extract(day from month) = 1),
    result      text not null check (result in ('WITHOUT_REMARK', 'DEVIATION')),
    note        text not null check (length(note) <= 2000),
    corrects_id uuid references control_mark (id),
    marked_at   timestamptz not null,
    marked_by   uuid not null references user_account (id),
    check (result <> 'DEVIATION' or length(note) > 0)
);

create index control_mark_case_idx on control_mark (case_id, month);
-- A mark is corrected at most once (the correction can itself be corrected): the chain stays linear.
create unique index control_mark_one_correction_idx on control_mark (corrects_id) where corrects_id is not null;

create trigger control_check_append_only before update or delete on control_check
    for each row execute function ebba_forbid_change();
create trigger control_check_no_truncate before truncate on control_check
    for each statement execute function ebba_forbid_change();
create trigger control_mark_append_only before update or delete on control_mark
    for each row execute function ebba_forbid_change();
create trigger control_mark_no_truncate before truncate on control_mark
    for each statement execute function ebba_forbid_change();
-- One first mark per check, household and month; later ones are corrections.
create unique index control_mark_first_idx on control_mark (check_id, case_id, month) where corrects_id is null;
