-- People are secret per unit (OSL 26 kap. 1 §): what a unit entered about a person is that unit's
-- own record. Before this, one person row per personnummer was shared by every unit, so a second
-- unit registering the same personnummer was shown the first unit's name, address and protected flag.

alter table person add column unit_id uuid references unit (id);
alter table person drop constraint person_personal_number_key;

-- Every (person, unit) pair that a household actually links. The unit that registered the person
-- first keeps the row id; every other unit gets a copy of the row under a new id.
create temporary table person_split on commit drop as
select person_id, unit_id,
       case when rn = 1 then person_id else gen_random_uuid() end as new_id,
       rn = 1 as keeps_id
from (select hm.person_id, c.unit_id,
             row_number() over (partition by hm.person_id order by min(c.opened_at), c.unit_id) as rn
      from household_member hm join assistance_case c on c.id = hm.case_id
      group by hm.person_id, c.unit_id) pairs;

update person p set unit_id = s.unit_id from person_split s where s.person_id = p.id and s.keeps_id;

insert into person (id, unit_id, personal_number, first_name, last_name, birth_date, protected_identity,
                    street_address, postal_code, city, created_at, version)
select s.new_id, s.unit_id, p.personal_number, p.first_name, p.last_name, p.birth_date, p.protected_identity,
       p.street_address, p.postal_code, p.city, p.created_at, 0
from person_split s join person p on p.id = s.person_id
where not s.keeps_id;

update household_member hm set person_id = s.new_id
from person_split s, assistance_case c
where c.id = hm.case_id and s.person_id = hm.person_id and s.unit_id = c.unit_id and not s.keeps_id;

-- A child impact analysis names the child of its own case's household: point it at that unit's
-- record. The text of the analysis is not touched; only the reference follows the split.
alter table child_impact_analysis disable trigger child_impact_analysis_append_only;
update child_impact_analysis cia set child_person_id = s.new_id
from person_split s, application a, assistance_case c
where a.id = cia.application_id and c.id = a.case_id and s.person_id = cia.child_person_id and s.unit_id = c.unit_id
  and not s.keeps_id;
alter table child_impact_analysis enable trigger child_impact_analysis_append_only;

-- A row no household links (none is expected) keeps unit_id null and is shown to no unit.
create unique index person_unit_personal_number_idx on person (unit_id, personal_number);

-- Earlier details of a unit's person record, kept when a re-registration in the same unit brings a
-- new address or the protected flag (nothing is overwritten without a trace).
create table person_detail_history (
    id                 bigserial primary key,
    person_id          uuid not null references person (id),
    protected_identity boolean not null,
    street_address     text,
    postal_code        text,
    city               text,
    replaced_at        timestamptz not null,
    replaced_by        uuid not null references user_account (id)
);
create index person_detail_history_person_idx on person_detail_history (person_id, replaced_at);
create trigger person_detail_history_append_only before update or delete on person_detail_history
    for each row execute function ebba_forbid_change();
create trigger person_detail_history_no_truncate before truncate on person_detail_history
    for each statement execute function ebba_forbid_change();

-- Administrators' changes of users name the user changed and the roles, units, rights and enabled
-- flag before and after (usernames, role titles and unit names only: no personal data of clients).
alter table access_log add column target_user_id uuid;
alter table access_log add column target_username text;
alter table access_log add column before_state text;
alter table access_log add column after_state text;
