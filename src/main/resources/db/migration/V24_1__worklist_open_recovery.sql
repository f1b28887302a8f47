-- The worklist's knowledge of open recovery matters per case (fed by recovery.RecoveryOpened and
-- RecoveryClosed), for the closing job's guard (PROCESS.md §4). Counted in both directions so that
-- the two events may be handled in either order: a recovery is open while more were opened than closed.
create table worklist_recovery (
    case_id uuid primary key references assistance_case (id),
    opened  integer not null default 0 check (opened >= 0),
    closed  integer not null default 0 check (closed >= 0),
    version bigint not null default 0
);
