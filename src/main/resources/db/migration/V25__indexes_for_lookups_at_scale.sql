-- Lookups the monthly run makes once per household, which read whole tables without these indexes
-- (found by the nation-size benchmark, docs/performance.md): quadratic in the number of cases.

-- A decision by its application: the unique index on application_id is partial (first decisions
-- only), so "the decision of this application that is not replaced" could not use it.
create index decision_application_idx on decision (application_id);

-- "Not replaced by a later decision", asked for every month of a person when jobbstimulans is read.
create index person_support_month_replaces_idx on person_support_month (replaces_decision_id) where replaces_decision_id is not null;
