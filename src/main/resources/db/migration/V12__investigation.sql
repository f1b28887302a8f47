-- Investigation (issue 8): Initial bedömning parts 1 and 3, the grundutredning with its fixed
-- headings, and the referral from intake to the ongoing team. Everything is append-only: a save is
-- a new version row, nothing is overwritten (PROCESS.md §5–6).

-- The headings of the grundutredning (Initial bedömning part 2, PROCESS.md §6) are data with a
-- date and a source, so that a unit's or the city's change of the template is a new row, not code.
-- kind: GENERAL must be written; ANALYSIS must be written and is named as the analysis (the audit
-- in source 000 found it missing in every file); CHILDREN must be written when the household has children.
create table investigation_heading (
    id          uuid primary key,
    code        text not null check (code ~ '^[A-Z_]{2,40}$'),
    title       text not null check (length(title) between 1 and 100),
    guidance    text not null check (length(guidance) between 1 and 500),
    kind        text not null check (kind in ('GENERAL', 'CHILDREN', 'ANALYSIS')),
    position    integer not null check (position between 1 and 100),
    valid_from  date not null,
    valid_to    date,
    source      text not null check (length(source) between 1 and 500),
    check (valid_to is null or valid_to >= valid_from)
);
create index investigation_heading_valid_idx on investigation_heading (valid_from);

insert into investigation_heading (id, code, title, guidance, kind, position, valid_from, source) values
 ('6a4c2f10-0c1e-4d6a-9b1a-000000000001', 'FAMILY_SITUATION', 'Familjesituation', 'Vilka som ingår i hushållet, relationer, vårdnad och umgänge.', 'GENERAL', 1, date '2000-01-01', 'PROCESS.md §6; Bromma, Initial bedömning del 2 (källa 003)'),
 ('6a4c2f10-0c1e-4d6a-9b1a-000000000002', 'CHILDREN', 'Barnens situation', 'Varje barns vardag, skola, hälsa och behov; hur hushållets situation påverkar barnen.', 'CHILDREN', 2, date '2000-01-01', 'PROCESS.md §6; socialtjänstinspektörernas granskning (källa 000)'),
 ('6a4c2f10-0c1e-4d6a-9b1a-000000000003', 'HOUSING', 'Bostad', 'Boendeform, kontrakt, hyra och hur länge boendet är ordnat.', 'GENERAL', 3, date '2000-01-01', 'PROCESS.md §6; Bromma, Initial bedömning del 2 (källa 003)'),
 ('6a4c2f10-0c1e-4d6a-9b1a-000000000004', 'ECONOMY', 'Ekonomi', 'Inkomster, tillgångar, skulder och vad hushållet har gjort för att klara sig själv.', 'GENERAL', 4, date '2000-01-01', 'PROCESS.md §6; Bromma, Initial bedömning del 2 (källa 003)'),
 ('6a4c2f10-0c1e-4d6a-9b1a-000000000005', 'WORK', 'Arbete/sysselsättning', 'Arbete, studier, inskrivning hos Arbetsförmedlingen och annan sysselsättning.', 'GENERAL', 5, date '2000-01-01', 'PROCESS.md §6; Bromma, Initial bedömning del 2 (källa 003)'),
 ('6a4c2f10-0c1e-4d6a-9b1a-000000000006', 'HEALTH', 'Hälsa', 'Fysisk och psykisk hälsa och hur den påverkar förmågan att arbeta (med samtycke till kontakter).', 'GENERAL', 6, date '2000-01-01', 'PROCESS.md §6; Bromma, Initial bedömning del 2 (källa 003)'),
 ('6a4c2f10-0c1e-4d6a-9b1a-000000000007', 'SOCIAL_NETWORK', 'Social situation/nätverk', 'Familj, vänner och andra som kan stödja; fritid och sammanhang.', 'GENERAL', 7, date '2000-01-01', 'PROCESS.md §6; Bromma, Initial bedömning del 2 (källa 003)'),
 ('6a4c2f10-0c1e-4d6a-9b1a-000000000008', 'EARLIER_ATTEMPTS', 'Tidigare lösningsförsök', 'Vad sökanden och andra redan har prövat och med vilket resultat.', 'GENERAL', 8, date '2000-01-01', 'PROCESS.md §6; Bromma, Initial bedömning del 2 (källa 003)'),
 ('6a4c2f10-0c1e-4d6a-9b1a-000000000009', 'GOALS', 'Mål', 'Sökandens egna, individuella mål (inte bara "bli självförsörjande").', 'GENERAL', 9, date '2000-01-01', 'PROCESS.md §6; QUALITY.md (individuella mål)'),
 ('6a4c2f10-0c1e-4d6a-9b1a-000000000010', 'ANALYSIS', 'Analys', 'Varför situationen är som den är och vad som krävs för att den ska förändras. Analysen kommer före bedömningen.', 'ANALYSIS', 10, date '2000-01-01', 'PROCESS.md §6; socialtjänstinspektörernas granskning (källa 000): analys saknades i alla akter'),
 ('6a4c2f10-0c1e-4d6a-9b1a-000000000011', 'ASSESSMENT', 'Bedömning', 'Den individuella bedömningen av rätten till bistånd och behovet av insatser.', 'GENERAL', 11, date '2000-01-01', 'PROCESS.md §6; Bromma, Initial bedömning del 2 (källa 003)');

-- The grundutredning of a case: one document per case; its contents are its versions.
create table basic_investigation (
    id          uuid primary key,
    case_id     uuid not null unique references assistance_case (id),
    started_on  date not null,
    started_at  timestamptz not null,
    started_by  uuid not null references user_account (id)
);

-- Each save is a new version; marking the document complete is a version with status COMPLETE.
create table basic_investigation_version (
    investigation_id uuid not null references basic_investigation (id),
    version_no       integer not null check (version_no >= 1),
    status           text not null check (status in ('IN_PROGRESS', 'COMPLETE')),
    saved_at         timestamptz not null,
    saved_by         uuid not null references user_account (id),
    saved_by_name    text not null,
    primary key (investigation_id, version_no)
);

create table basic_investigation_section (
    investigation_id uuid not null,
    version_no       integer not null,
    heading_code     text not null,
    text             text not null check (length(text) between 1 and 20000),
    primary key (investigation_id, version_no, heading_code),
    foreign key (investigation_id, version_no) references basic_investigation_version (investigation_id, version_no)
);

-- Initial bedömning part 1 (the basis for the right to assistance) and part 3 (the applicant's own
-- description at the first meeting): one row per saved version of the form.
create table initial_assessment_part1 (
    case_id               uuid not null references assistance_case (id),
    version_no            integer not null check (version_no >= 1),
    civil_status          text check (length(civil_status) <= 100),
    citizenship           text check (length(citizenship) <= 100),
    household_notes       text check (length(household_notes) <= 20000),
    applied_for           text not null check (length(applied_for) between 1 and 20000),
    interpreter_needed    boolean not null,
    interpreter_language  text check (length(interpreter_language) <= 100),
    saved_at              timestamptz not null,
    saved_by              uuid not null references user_account (id),
    saved_by_name         text not null,
    primary key (case_id, version_no),
    check (not interpreter_needed or interpreter_language is not null)
);

create table initial_assessment_part3 (
    case_id        uuid not null references assistance_case (id),
    version_no     integer not null check (version_no >= 1),
    work_history   text check (length(work_history) <= 20000),
    education      text check (length(education) <= 20000),
    health         text check (length(health) <= 20000),
    network        text check (length(network) <= 20000),
    children       text check (length(children) <= 20000),
    housing        text check (length(housing) <= 20000),
    goals          text check (length(goals) <= 20000),
    saved_at       timestamptz not null,
    saved_by       uuid not null references user_account (id),
    saved_by_name  text not null,
    primary key (case_id, version_no)
);

-- A referral from intake to the ongoing team (slussen / utredningsgruppen), made with a complete
-- grundutredning (the version it rested on) and a decision; the team lead's review closes it.
create table case_referral (
    id                    uuid primary key,
    case_id               uuid not null references assistance_case (id),
    unit_id               uuid not null references unit (id),
    case_number           text not null,
    referred_at           timestamptz not null,
    referred_by           uuid not null references user_account (id),
    referred_by_name      text not null,
    investigation_id      uuid not null references basic_investigation (id),
    investigation_version integer not null,
    note                  text check (length(note) <= 2000),
    foreign key (investigation_id, investigation_version) references basic_investigation_version (investigation_id, version_no)
);
create index case_referral_unit_idx on case_referral (unit_id, referred_at);

create table case_referral_review (
    referral_id    uuid primary key references case_referral (id),
    reviewed_at    timestamptz not null,
    reviewed_by    uuid not null references user_account (id),
    reviewed_by_name text not null,
    caseworker_id  uuid not null references user_account (id),
    method         text not null check (method in ('TEAM_LEAD', 'BY_BIRTH_DAY'))
);

create trigger investigation_heading_append_only before update or delete on investigation_heading
    for each row execute function ebba_forbid_change();
create trigger investigation_heading_no_truncate before truncate on investigation_heading
    for each statement execute function ebba_forbid_change();
create trigger basic_investigation_append_only before update or delete on basic_investigation
    for each row execute function ebba_forbid_change();
create trigger basic_investigation_no_truncate before truncate on basic_investigation
    for each statement execute function ebba_forbid_change();
create trigger basic_investigation_version_append_only before update or delete on basic_investigation_version
    for each row execute function ebba_forbid_change();
create trigger basic_investigation_version_no_truncate before truncate on basic_investigation_version
    for each statement execute function ebba_forbid_change();
create trigger basic_investigation_section_append_only before update or delete on basic_investigation_section
    for each row execute function ebba_forbid_change();
create trigger basic_investigation_section_no_truncate before truncate on basic_investigation_section
    for each statement execute function ebba_forbid_change();
create trigger initial_assessment_part1_append_only before update or delete on initial_assessment_part1
    for each row execute function ebba_forbid_change();
create trigger initial_assessment_part1_no_truncate before truncate on initial_assessment_part1
    for each statement execute function ebba_forbid_change();
create trigger initial_assessment_part3_append_only before update or delete on initial_assessment_part3
    for each row execute function ebba_forbid_change();
create trigger initial_assessment_part3_no_truncate before truncate on initial_assessment_part3
    for each statement execute function ebba_forbid_change();
create trigger case_referral_append_only before update or delete on case_referral
    for each row execute function ebba_forbid_change();
create trigger case_referral_no_truncate before truncate on case_referral
    for each statement execute function ebba_forbid_change();
create trigger case_referral_review_append_only before update or delete on case_referral_review
    for each row execute function ebba_forbid_change();
create trigger case_referral_review_no_truncate before truncate on case_referral_review
    for each statement execute function ebba_forbid_change();
