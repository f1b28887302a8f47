-- Search by name (CaseLists.search, JdbcPersons.matchingName) looks for every word of the query
-- anywhere in the first or the last name: lower(first_name) like '%word%' or lower(last_name) like
-- '%word%'. A btree cannot serve a pattern with a leading wildcard, so that was a sequential scan of
-- every person (16 519 in the load-test unit, about 40 ms on a busy machine). Trigram GIN indexes
-- serve it for words with three letters or more (shorter words are matched without the index, see
-- JdbcPersons). pg_trgm is a trusted contrib extension (PostgreSQL 13+): the database owner, who runs
-- Flyway, may create it; it ships with the embedded PostgreSQL and with every standard server package.
create extension if not exists pg_trgm;

create index person_first_name_trgm_idx on person using gin (lower(first_name) gin_trgm_ops);
create index person_last_name_trgm_idx on person using gin (lower(last_name) gin_trgm_ops);
