-- A part of a granted item that the decision refuses (a cost above the unit's cap, a lowered norm),
-- with the caseworker's reasons and the law, so that the letter reads as it did when decided.
create table decision_refused_part (
    decision_id     uuid not null references decision (id),
    position        integer not null,
    part_key        text not null,
    subject         text not null,
    amount          integer not null check (amount > 0),
    because         text not null,
    legal_reference text not null,
    reasons         text not null check (length(reasons) between 1 and 20000),
    primary key (decision_id, position)
);
create trigger decision_refused_part_append_only before update or delete on decision_refused_part
    for each row execute function ebba_forbid_change();
create trigger decision_refused_part_no_truncate before truncate on decision_refused_part
    for each statement execute function ebba_forbid_change();
