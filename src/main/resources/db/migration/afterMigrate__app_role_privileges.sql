-- Flyway callback, run as the schema owner after every migrate (also when nothing was migrated).
-- 1. Every append-only table (one with a trigger named <table>_append_only, or any row trigger
--    calling ebba_forbid_change() on UPDATE or DELETE) gets a no-truncate trigger if it lacks one.
-- 2. The application's role (${app_role}) owns nothing and gets exactly:
--    SELECT, INSERT on append-only tables; SELECT, INSERT, UPDATE, DELETE on the other tables;
--    USAGE, SELECT on the sequences. Nothing on flyway_schema_history; never TRUNCATE.
-- The set is derived from the triggers present, so tables added later with the same convention are
-- covered without touching this file.
do $$
declare
    app_role text := '${app_role}';
    t record;
begin
    for t in
        select c.oid, c.relname
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = current_schema() and c.relkind in ('r', 'p')
          and exists (select 1 from pg_trigger tg
                      where tg.tgrelid = c.oid and not tg.tgisinternal
                        and (tg.tgname = c.relname || '_append_only'
                             or (tg.tgfoid = 'ebba_forbid_change'::regproc and (tg.tgtype & 1) = 1 and (tg.tgtype & (8 | 16)) <> 0)))
          and not exists (select 1 from pg_trigger tg
                          where tg.tgrelid = c.oid and not tg.tgisinternal and (tg.tgtype & 32) <> 0)
    loop
        execute format('create trigger %I before truncate on %I for each statement execute function ebba_forbid_change()',
                       t.relname || '_no_truncate', t.relname);
    end loop;

    if app_role = '' or app_role = current_user or not exists (select 1 from pg_roles where rolname = app_role) then
        raise notice 'no separate application role (%): no privileges granted', app_role;
        return;
    end if;

    execute format('grant usage on schema %I to %I', current_schema(), app_role);
    for t in
        select c.relname,
               exists (select 1 from pg_trigger tg
                       where tg.tgrelid = c.oid and not tg.tgisinternal
                         and (tg.tgname = c.relname || '_append_only'
                              or (tg.tgfoid = 'ebba_forbid_change'::regproc and (tg.tgtype & 1) = 1 and (tg.tgtype & (8 | 16)) <> 0)))
                   as append_only
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = current_schema() and c.relkind in ('r', 'p', 'v', 'm')
    loop
        execute format('revoke all on table %I from %I', t.relname, app_role);
        if t.relname = 'flyway_schema_history' then
            continue;
        elsif t.append_only then
            execute format('grant select, insert on table %I to %I', t.relname, app_role);
        else
            execute format('grant select, insert, update, delete on table %I to %I', t.relname, app_role);
        end if;
    end loop;
    execute format('grant usage, select on all sequences in schema %I to %I', current_schema(), app_role);
end $$;
