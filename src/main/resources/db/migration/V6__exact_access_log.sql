-- An exact access log (issue 7): what was actually shown, the cases a list showed, and where the
-- request came from. Columns are added, nothing is rewritten: old rows keep nulls.
--
-- subject_type/subject_id name the thing shown or changed: CASE, PERSON, APPLICATION, DECISION,
--   LETTER (the id of the decision whose letter it is), JOURNAL (the case id), PAGE (a refused
--   page, named in detail by its path only), LIST (a list view; its cases are in case_ids).
-- case_ids      the cases a list view showed (Mina ärenden, Ärendefördelning, Beslut att fatta, search hits).
-- client_address the remote address of the request as the servlet container saw it.
-- session_hash  SHA-256 (hex) of the HTTP session id; the raw id is a credential and is never stored.
alter table access_log
    add column subject_type   text check (subject_type in ('CASE', 'PERSON', 'APPLICATION', 'DECISION', 'LETTER', 'JOURNAL',
                                                           'CALCULATION', 'PAGE', 'LIST')),
    add column subject_id     uuid,
    add column case_ids       uuid[],
    add column client_address text,
    add column session_hash   text;

create index access_log_subject_idx on access_log (subject_id, occurred_at) where subject_id is not null;
create index access_log_case_ids_idx on access_log using gin (case_ids) where case_ids is not null;
