-- Calculation rule data: norm tables, prisbasbelopp, law versions and the legal-basis table,
-- and the units' caps on reasonable costs. Yearly rules are data with a status and a source.
-- Norm tables are never changed: a corrected table for a year is a new row that replaces the old one
-- (the newest row of a year is in force), so every past calculation can be reproduced.

create table norm_table (
    id          bigserial primary key,
    year        integer not null check (year between 2000 and 2100),
    status      text not null check (status in ('OFFICIAL', 'SECONDARY', 'PROVISIONAL')),
    source      text not null check (length(source) > 0),
    created_at  timestamptz not null default now(),
    created_by  text not null,
    replaces_id bigint references norm_table (id)
);
create index norm_table_year_idx on norm_table (year, id desc);

create table norm_amount (
    norm_table_id bigint not null references norm_table (id),
    item          text not null,
    amount        integer not null check (amount >= 0),
    primary key (norm_table_id, item)
);

create trigger norm_table_append_only before update or delete on norm_table
    for each row execute function ebba_forbid_change();
create trigger norm_amount_append_only before update or delete on norm_amount
    for each row execute function ebba_forbid_change();

create table price_base_amount (
    year       integer primary key,
    amount     integer not null check (amount > 0),
    source     text not null,
    created_at timestamptz not null default now()
);

create table law_version (
    code           text primary key,
    title          text not null,
    in_force_from  date not null,
    in_force_to    date
);

create table legal_basis (
    subject     text primary key,
    description text not null,
    sol_2025    text not null,
    sol_2001    text not null
);

create table cost_cap (
    id           uuid primary key,
    unit_id      uuid not null references unit (id),
    cost_type    text not null check (cost_type in ('HOUSING', 'ELECTRICITY', 'HOME_INSURANCE', 'UNION_FEE', 'UNEMPLOYMENT_FUND_FEE', 'WORK_TRAVEL')),
    min_adults   integer,
    max_adults   integer,
    min_children integer,
    max_children integer,
    amount       integer not null check (amount > 0),
    description  text not null,
    source       text not null,
    valid_from   date not null,
    valid_to     date,
    position     integer not null,
    created_at   timestamptz not null default now(),
    created_by   text not null
);
create index cost_cap_unit_idx on cost_cap (unit_id, cost_type, valid_from);

insert into norm_table (year, status, source, created_by) values (2019, 'OFFICIAL', 'Socialstyrelsen, riksnormen för 2019 (shared/domain/RULES.md §2)', 'flyway');
insert into norm_amount (norm_table_id, item, amount) values
    ((select id from norm_table where year = 2019), 'AGE_0', 2130),
    ((select id from norm_table where year = 2019), 'AGE_0_LUNCH', 2000),
    ((select id from norm_table where year = 2019), 'AGE_1_2', 2380),
    ((select id from norm_table where year = 2019), 'AGE_1_2_LUNCH', 2190),
    ((select id from norm_table where year = 2019), 'AGE_3', 2120),
    ((select id from norm_table where year = 2019), 'AGE_3_LUNCH', 1940),
    ((select id from norm_table where year = 2019), 'AGE_4_6', 2380),
    ((select id from norm_table where year = 2019), 'AGE_4_6_LUNCH', 2120),
    ((select id from norm_table where year = 2019), 'AGE_7_10', 2990),
    ((select id from norm_table where year = 2019), 'AGE_11_14', 3440),
    ((select id from norm_table where year = 2019), 'AGE_15_18', 3880),
    ((select id from norm_table where year = 2019), 'AGE_19_20', 3910),
    ((select id from norm_table where year = 2019), 'SINGLE_ADULT', 3090),
    ((select id from norm_table where year = 2019), 'COUPLE', 5570),
    ((select id from norm_table where year = 2019), 'COMMON_1', 990),
    ((select id from norm_table where year = 2019), 'COMMON_2', 1100),
    ((select id from norm_table where year = 2019), 'COMMON_3', 1380),
    ((select id from norm_table where year = 2019), 'COMMON_4', 1570),
    ((select id from norm_table where year = 2019), 'COMMON_5', 1810),
    ((select id from norm_table where year = 2019), 'COMMON_6', 2050),
    ((select id from norm_table where year = 2019), 'COMMON_7', 2220);
insert into norm_table (year, status, source, created_by) values (2021, 'OFFICIAL', 'Socialstyrelsen, riksnormen för 2021; SFS 2020:1013 (shared/domain/RULES.md §2)', 'flyway');
insert into norm_amount (norm_table_id, item, amount) values
    ((select id from norm_table where year = 2021), 'AGE_0', 2180),
    ((select id from norm_table where year = 2021), 'AGE_0_LUNCH', 2050),
    ((select id from norm_table where year = 2021), 'AGE_1_2', 2440),
    ((select id from norm_table where year = 2021), 'AGE_1_2_LUNCH', 2240),
    ((select id from norm_table where year = 2021), 'AGE_3', 2170),
    ((select id from norm_table where year = 2021), 'AGE_3_LUNCH', 1990),
    ((select id from norm_table where year = 2021), 'AGE_4_6', 2440),
    ((select id from norm_table where year = 2021), 'AGE_4_6_LUNCH', 2170),
    ((select id from norm_table where year = 2021), 'AGE_7_10', 3060),
    ((select id from norm_table where year = 2021), 'AGE_11_14', 3520),
    ((select id from norm_table where year = 2021), 'AGE_15_18', 3970),
    ((select id from norm_table where year = 2021), 'AGE_19_20', 4000),
    ((select id from norm_table where year = 2021), 'SINGLE_ADULT', 3160),
    ((select id from norm_table where year = 2021), 'COUPLE', 5700),
    ((select id from norm_table where year = 2021), 'COMMON_1', 1020),
    ((select id from norm_table where year = 2021), 'COMMON_2', 1130),
    ((select id from norm_table where year = 2021), 'COMMON_3', 1420),
    ((select id from norm_table where year = 2021), 'COMMON_4', 1610),
    ((select id from norm_table where year = 2021), 'COMMON_5', 1860),
    ((select id from norm_table where year = 2021), 'COMMON_6', 2100),
    ((select id from norm_table where year = 2021), 'COMMON_7', 2270);
insert into norm_table (year, status, source, created_by) values (2022, 'SECONDARY', 'Kommunala sidor (sekundär källa), riksnormen 2022 (shared/domain/RULES.md §2)', 'flyway');
insert into norm_amount (norm_table_id, item, amount) values
    ((select id from norm_table where year = 2022), 'AGE_0', 2220),
    ((select id from norm_table where year = 2022), 'AGE_1_2', 2480),
    ((select id from norm_table where year = 2022), 'AGE_3', 2210),
    ((select id from norm_table where year = 2022), 'AGE_4_6', 2480),
    ((select id from norm_table where year = 2022), 'AGE_7_10', 3110),
    ((select id from norm_table where year = 2022), 'AGE_11_14', 3580),
    ((select id from norm_table where year = 2022), 'AGE_15_18', 4040),
    ((select id from norm_table where year = 2022), 'AGE_19_20', 4070),
    ((select id from norm_table where year = 2022), 'SINGLE_ADULT', 3210),
    ((select id from norm_table where year = 2022), 'COUPLE', 5800),
    ((select id from norm_table where year = 2022), 'COMMON_1', 1040),
    ((select id from norm_table where year = 2022), 'COMMON_2', 1150),
    ((select id from norm_table where year = 2022), 'COMMON_3', 1450),
    ((select id from norm_table where year = 2022), 'COMMON_4', 1640),
    ((select id from norm_table where year = 2022), 'COMMON_5', 1890),
    ((select id from norm_table where year = 2022), 'COMMON_6', 2140),
    ((select id from norm_table where year = 2022), 'COMMON_7', 2310);
insert into norm_table (year, status, source, created_by) values (2023, 'SECONDARY', 'Engelholms kommuns uppdelning per post, riksnormen 2023; 2 personer 1 250 kr enligt postsumman (shared/domain/RULES.md §2)', 'flyway');
insert into norm_amount (norm_table_id, item, amount) values
    ((select id from norm_table where year = 2023), 'AGE_0', 2420),
    ((select id from norm_table where year = 2023), 'AGE_1_2', 2700),
    ((select id from norm_table where year = 2023), 'AGE_3', 2410),
    ((select id from norm_table where year = 2023), 'AGE_4_6', 2700),
    ((select id from norm_table where year = 2023), 'AGE_7_10', 3380),
    ((select id from norm_table where year = 2023), 'AGE_11_14', 3890),
    ((select id from norm_table where year = 2023), 'AGE_15_18', 4390),
    ((select id from norm_table where year = 2023), 'AGE_19_20', 4430),
    ((select id from norm_table where year = 2023), 'SINGLE_ADULT', 3490),
    ((select id from norm_table where year = 2023), 'COUPLE', 6300),
    ((select id from norm_table where year = 2023), 'COMMON_1', 1130),
    ((select id from norm_table where year = 2023), 'COMMON_2', 1250),
    ((select id from norm_table where year = 2023), 'COMMON_3', 1580),
    ((select id from norm_table where year = 2023), 'COMMON_4', 1790),
    ((select id from norm_table where year = 2023), 'COMMON_5', 2060),
    ((select id from norm_table where year = 2023), 'COMMON_6', 2330),
    ((select id from norm_table where year = 2023), 'COMMON_7', 2510);
insert into norm_table (year, status, source, created_by) values (2024, 'PROVISIONAL', 'Beräknad: 2023 års poster höjda med 8,7 %, avrundat till 10 kr; ej bekräftad (shared/domain/RULES.md §2)', 'flyway');
insert into norm_amount (norm_table_id, item, amount) values
    ((select id from norm_table where year = 2024), 'AGE_0', 2640),
    ((select id from norm_table where year = 2024), 'AGE_1_2', 2920),
    ((select id from norm_table where year = 2024), 'AGE_3', 2620),
    ((select id from norm_table where year = 2024), 'AGE_4_6', 2930),
    ((select id from norm_table where year = 2024), 'AGE_7_10', 3670),
    ((select id from norm_table where year = 2024), 'AGE_11_14', 4230),
    ((select id from norm_table where year = 2024), 'AGE_15_18', 4760),
    ((select id from norm_table where year = 2024), 'AGE_19_20', 4810),
    ((select id from norm_table where year = 2024), 'SINGLE_ADULT', 3790),
    ((select id from norm_table where year = 2024), 'COUPLE', 6850),
    ((select id from norm_table where year = 2024), 'COMMON_1', 1230),
    ((select id from norm_table where year = 2024), 'COMMON_2', 1360),
    ((select id from norm_table where year = 2024), 'COMMON_3', 1720),
    ((select id from norm_table where year = 2024), 'COMMON_4', 1940),
    ((select id from norm_table where year = 2024), 'COMMON_5', 2240),
    ((select id from norm_table where year = 2024), 'COMMON_6', 2530),
    ((select id from norm_table where year = 2024), 'COMMON_7', 2730);
insert into norm_table (year, status, source, created_by) values (2025, 'PROVISIONAL', 'Beräknad: 2024 års poster höjda med 2,8 %, avrundat till 10 kr; ej bekräftad (shared/domain/RULES.md §2)', 'flyway');
insert into norm_amount (norm_table_id, item, amount) values
    ((select id from norm_table where year = 2025), 'AGE_0', 2710),
    ((select id from norm_table where year = 2025), 'AGE_1_2', 3000),
    ((select id from norm_table where year = 2025), 'AGE_3', 2690),
    ((select id from norm_table where year = 2025), 'AGE_4_6', 3020),
    ((select id from norm_table where year = 2025), 'AGE_7_10', 3770),
    ((select id from norm_table where year = 2025), 'AGE_11_14', 4340),
    ((select id from norm_table where year = 2025), 'AGE_15_18', 4890),
    ((select id from norm_table where year = 2025), 'AGE_19_20', 4940),
    ((select id from norm_table where year = 2025), 'SINGLE_ADULT', 3900),
    ((select id from norm_table where year = 2025), 'COUPLE', 7040),
    ((select id from norm_table where year = 2025), 'COMMON_1', 1270),
    ((select id from norm_table where year = 2025), 'COMMON_2', 1400),
    ((select id from norm_table where year = 2025), 'COMMON_3', 1770),
    ((select id from norm_table where year = 2025), 'COMMON_4', 1990),
    ((select id from norm_table where year = 2025), 'COMMON_5', 2300),
    ((select id from norm_table where year = 2025), 'COMMON_6', 2600),
    ((select id from norm_table where year = 2025), 'COMMON_7', 2810);
insert into norm_table (year, status, source, created_by) values (2026, 'PROVISIONAL', 'Beräknad: 2025 års poster höjda med 0,7 %; bekräftat endast 5 220 kr för ensamstående och 8 510 kr för par (shared/domain/RULES.md §2)', 'flyway');
insert into norm_amount (norm_table_id, item, amount) values
    ((select id from norm_table where year = 2026), 'AGE_0', 2730),
    ((select id from norm_table where year = 2026), 'AGE_1_2', 3010),
    ((select id from norm_table where year = 2026), 'AGE_3', 2700),
    ((select id from norm_table where year = 2026), 'AGE_4_6', 3030),
    ((select id from norm_table where year = 2026), 'AGE_7_10', 3800),
    ((select id from norm_table where year = 2026), 'AGE_11_14', 4370),
    ((select id from norm_table where year = 2026), 'AGE_15_18', 4930),
    ((select id from norm_table where year = 2026), 'AGE_19_20', 4980),
    ((select id from norm_table where year = 2026), 'SINGLE_ADULT', 3940),
    ((select id from norm_table where year = 2026), 'COUPLE', 7100),
    ((select id from norm_table where year = 2026), 'COMMON_1', 1280),
    ((select id from norm_table where year = 2026), 'COMMON_2', 1410),
    ((select id from norm_table where year = 2026), 'COMMON_3', 1780),
    ((select id from norm_table where year = 2026), 'COMMON_4', 2000),
    ((select id from norm_table where year = 2026), 'COMMON_5', 2310),
    ((select id from norm_table where year = 2026), 'COMMON_6', 2610),
    ((select id from norm_table where year = 2026), 'COMMON_7', 2830);

insert into price_base_amount (year, amount, source) values
    (2022, 48300, 'Prisbasbelopp 2022 (shared/domain/RULES.md §4)'),
    (2023, 52500, 'Prisbasbelopp 2023 (shared/domain/RULES.md §4)'),
    (2024, 57300, 'Prisbasbelopp 2024 (shared/domain/RULES.md §4)'),
    (2025, 58800, 'Prisbasbelopp 2025 (shared/domain/RULES.md §4)');

insert into law_version (code, title, in_force_from, in_force_to) values
    ('SOL_2001_453', 'socialtjänstlagen (2001:453)', '2002-01-01', '2025-06-30'),
    ('SOL_2025_400', 'socialtjänstlagen (2025:400)', '2025-07-01', null);

insert into legal_basis (subject, description, sol_2025, sol_2001) values
    ('RIGHT_TO_ASSISTANCE', 'Rätt till bistånd (försörjningsstöd, livsföring i övrigt)', '12 kap. 1 §', '4 kap. 1 §'),
    ('LIVELIHOOD_SUPPORT_SCOPE', 'Vad försörjningsstödet omfattar (norm och skäliga kostnader); högre belopp av särskilda skäl', '12 kap. 7 §', '4 kap. 3 §'),
    ('ACTIVITY_REQUIREMENT', 'Praktik eller kompetenshöjande verksamhet som krav', '12 kap. 4 §', '4 kap. 4 §'),
    ('REFUSAL_DECLINED_ACTIVITY', 'Bistånd kan vägras eller sättas ned om den enskilde avböjer verksamheten', '12 kap. 5 §', '4 kap. 5 §'),
    ('JOB_STIMULUS', 'Jobbstimulans: 25 % av inkomst av anställning räknas inte', '12 kap. 8 §', '4 kap. 1 b §'),
    ('CHILDREN_EARNINGS_EXEMPT', 'Barns och skolungdomars arbetsinkomst upp till ett prisbasbelopp per år räknas inte', '12 kap. 9 §', '4 kap. 1 a §'),
    ('BEST_INTERESTS_OF_CHILD', 'Barnets bästa ska beaktas och barnet höras', '3 kap. 1–4 §§', '1 kap. 2 §'),
    ('DOCUMENTATION', 'Dokumentation av beslut, åtgärder och faktiska omständigheter', '14 kap. 3 §', '11 kap. 5 §'),
    ('RECOVERY', 'Återkrav', '33 kap. 1–6 §§', '9 kap. 1–3 §§'),
    ('CULLING', 'Gallring fem år efter sista anteckningen', '16 kap. 1 §', '12 kap. 1 §'),
    ('APPEAL', 'Överklagande till förvaltningsrätten', '35 kap. 1 §', '16 kap. 3 §');

