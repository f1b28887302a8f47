package se.ebba.casefile.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ebba.casefile.domain.Assignment;
import se.ebba.casefile.domain.AssignmentMethod;
import se.ebba.casefile.domain.AssistanceCase;
import se.ebba.casefile.domain.BirthDayRange;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.CaseListItem;
import se.ebba.casefile.domain.CaseNumber;
import se.ebba.casefile.domain.CaseState;
import se.ebba.casefile.domain.CaseloadRow;
import se.ebba.casefile.domain.HouseholdMember;
import se.ebba.casefile.domain.HouseholdRole;
import se.ebba.casefile.domain.StateChange;
import se.ebba.casefile.internal.Cases;
import se.ebba.identity.domain.PersonId;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;
import se.ebba.shared.ConcurrentEditException;
import se.ebba.shared.InvalidInputException;

@Repository
class JdbcCases implements Cases {

    private static final String LIST_COLUMNS = """
            c.id, c.case_number, c.unit_id, c.state, c.responsible_caseworker_id, c.opened_at, c.last_activity_at,
            (select a.person_id from household_member a where a.case_id = c.id and a.role = 'APPLICANT') as applicant_id
            """;

    private final JdbcClient jdbc;

    JdbcCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<AssistanceCase> find(CaseId id) {
        return jdbc.sql("select * from assistance_case where id = :id").param("id", id.value())
                .query((rs, n) -> new AssistanceCase(
                        new CaseId(rs.getObject("id", UUID.class)),
                        new CaseNumber(rs.getString("case_number")),
                        new UnitId(rs.getObject("unit_id", UUID.class)),
                        CaseState.valueOf(rs.getString("state")),
                        userId(rs, "responsible_caseworker_id"),
                        rs.getObject("opened_at", OffsetDateTime.class).toInstant(),
                        rs.getInt("version")))
                .optional();
    }

    @Override
    public Optional<CaseId> findByNumber(CaseNumber number) {
        return jdbc.sql("select id from assistance_case where case_number = :n").param("n", number.value())
                .query((rs, n) -> new CaseId(rs.getObject(1, UUID.class))).optional();
    }

    @Override
    public CaseNumber nextNumber(int year) {
        // The row lock of the upsert makes numbers unique and gap-free per year under concurrency.
        int next = jdbc.sql("""
                insert into case_number_counter (year, last_value) values (:year, 1)
                on conflict (year) do update set last_value = case_number_counter.last_value + 1
                returning last_value
                """).param("year", year).query(Integer.class).single();
        return CaseNumber.of(year, next);
    }

    @Override
    public void add(AssistanceCase c, List<HouseholdMember> household) {
        jdbc.sql("""
                insert into assistance_case (id, case_number, unit_id, state, responsible_caseworker_id, opened_at, last_activity_at)
                values (:id, :number, :unit, :state, :cw, :at, :at)
                """)
                .param("id", c.id().value())
                .param("number", c.number().value())
                .param("unit", c.unit().value())
                .param("state", c.state().name())
                .param("cw", c.responsibleCaseworker() == null ? null : c.responsibleCaseworker().value())
                .param("at", utc(c.openedAt()))
                .update();
        for (HouseholdMember m : household) {
            jdbc.sql("insert into household_member (case_id, person_id, role) values (:case, :person, :role)")
                    .param("case", c.id().value()).param("person", m.person().value()).param("role", m.role().name())
                    .update();
        }
        appendHistory(c);
    }

    @Override
    public void update(AssistanceCase c) {
        int updated = jdbc.sql("""
                update assistance_case
                set state = :state, responsible_caseworker_id = :cw, version = version + 1,
                    last_activity_at = greatest(last_activity_at, :now)
                where id = :id and version = :version
                """)
                .param("state", c.state().name())
                .param("cw", c.responsibleCaseworker() == null ? null : c.responsibleCaseworker().value())
                .param("now", utc(latestChange(c)))
                .param("id", c.id().value())
                .param("version", c.version())
                .update();
        if (updated == 0) {
            throw new ConcurrentEditException(
                    "Någon annan har ändrat ärendet medan du arbetade. Ladda om sidan och se ändringen innan du försöker igen.");
        }
        appendHistory(c);
    }

    private static Instant latestChange(AssistanceCase c) {
        Instant latest = Instant.EPOCH;
        for (StateChange s : c.newStateChanges()) {
            latest = s.at().isAfter(latest) ? s.at() : latest;
        }
        for (Assignment a : c.newAssignments()) {
            latest = a.at().isAfter(latest) ? a.at() : latest;
        }
        return latest;
    }

    private void appendHistory(AssistanceCase c) {
        for (StateChange s : c.newStateChanges()) {
            jdbc.sql("""
                    insert into case_state_change (case_id, from_state, to_state, changed_at, changed_by, reason)
                    values (:case, :from, :to, :at, :by, :reason)
                    """)
                    .param("case", c.id().value())
                    .param("from", s.from() == null ? null : s.from().name())
                    .param("to", s.to().name())
                    .param("at", utc(s.at()))
                    .param("by", s.by().value())
                    .param("reason", s.reason())
                    .update();
        }
        for (Assignment a : c.newAssignments()) {
            jdbc.sql("""
                    insert into case_assignment (case_id, caseworker_id, method, assigned_at, assigned_by, reason)
                    values (:case, :cw, :method, :at, :by, :reason)
                    """)
                    .param("case", c.id().value())
                    .param("cw", a.caseworker().value())
                    .param("method", a.method().name())
                    .param("at", utc(a.at()))
                    .param("by", a.by().value())
                    .param("reason", a.reason())
                    .update();
        }
    }

    @Override
    public void touch(CaseId id, Instant at) {
        jdbc.sql("update assistance_case set last_activity_at = greatest(last_activity_at, :at) where id = :id")
                .param("at", utc(at)).param("id", id.value()).update();
    }

    @Override
    public List<HouseholdMember> household(CaseId id) {
        return jdbc.sql("""
                select hm.person_id, hm.role from household_member hm where hm.case_id = :id
                order by case hm.role when 'APPLICANT' then 0 when 'CO_APPLICANT' then 1 when 'OTHER_ADULT' then 2 else 3 end
                """)
                .param("id", id.value())
                .query((rs, n) -> new HouseholdMember(new PersonId(rs.getObject(1, UUID.class)), HouseholdRole.valueOf(rs.getString(2))))
                .list();
    }

    @Override
    public List<StateChange> stateHistory(CaseId id) {
        return history(id).states();
    }

    /** Both histories in one round trip: the state changes and the assignments, each in time order. */
    @Override
    public History history(CaseId id) {
        List<StateChange> states = new ArrayList<>();
        List<Assignment> assignments = new ArrayList<>();
        jdbc.sql("""
                        select 'S' as kind, from_state, to_state, null as caseworker_id, null as method, changed_at as at,
                               changed_by as actor, reason, id::text as tie
                        from case_state_change where case_id = :id
                        union all
                        select 'A', null, null, caseworker_id, method, assigned_at, assigned_by, reason, id::text
                        from case_assignment where case_id = :id
                        order by kind, at, tie""")
                .param("id", id.value())
                .query((ResultSet rs) -> {
                    Instant at = rs.getObject("at", OffsetDateTime.class).toInstant();
                    UserId by = new UserId(rs.getObject("actor", UUID.class));
                    if (rs.getString("kind").equals("S")) {
                        states.add(new StateChange(rs.getString("from_state") == null ? null : CaseState.valueOf(rs.getString("from_state")),
                                CaseState.valueOf(rs.getString("to_state")), at, by, rs.getString("reason")));
                    } else {
                        assignments.add(new Assignment(new UserId(rs.getObject("caseworker_id", UUID.class)),
                                AssignmentMethod.valueOf(rs.getString("method")), at, by, rs.getString("reason")));
                    }
                });
        return new History(List.copyOf(states), List.copyOf(assignments));
    }

    @Override
    public List<CaseListItem> casesOfPersons(Set<PersonId> persons, Set<UnitId> units) {
        if (persons.isEmpty() || units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + LIST_COLUMNS + """
                        , hm.person_id as matched_person, hm.role as matched_role
                        from assistance_case c join household_member hm on hm.case_id = c.id
                        where hm.person_id in (:persons) and c.unit_id in (:units)
                        order by c.state = 'CLOSED', c.opened_at desc
                        limit 200
                        """)
                .param("persons", persons.stream().map(PersonId::value).toList())
                .param("units", units.stream().map(UnitId::value).toList())
                .query((rs, n) -> listItem(rs, true))
                .list();
    }

    @Override
    public List<CaseListItem> openCasesOf(UserId caseworker, Set<UnitId> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + LIST_COLUMNS + """
                        from assistance_case c
                        where c.responsible_caseworker_id = :cw and c.state <> 'CLOSED' and c.unit_id in (:units)
                        order by c.last_activity_at desc
                        """)
                .param("cw", caseworker.value())
                .param("units", units.stream().map(UnitId::value).toList())
                .query((rs, n) -> listItem(rs, false))
                .list();
    }

    @Override
    public List<CaseListItem> unassignedOpenCases(UnitId unit) {
        return jdbc.sql("select " + LIST_COLUMNS + """
                        from assistance_case c
                        where c.responsible_caseworker_id is null and c.state <> 'CLOSED' and c.unit_id = :unit
                        order by c.opened_at
                        """)
                .param("unit", unit.value())
                .query((rs, n) -> listItem(rs, false))
                .list();
    }

    @Override
    public List<CaseListItem> openCasesIn(UnitId unit) {
        return jdbc.sql("select " + LIST_COLUMNS + """
                        from assistance_case c
                        where c.state <> 'CLOSED' and c.unit_id = :unit
                        order by c.opened_at
                        """)
                .param("unit", unit.value())
                .query((rs, n) -> listItem(rs, false))
                .list();
    }

    @Override
    public List<CaseloadRow> caseload(UnitId unit, Instant activeSince) {
        return jdbc.sql("""
                        select responsible_caseworker_id,
                               count(*) as open_cases,
                               count(*) filter (where last_activity_at >= :since) as active_cases
                        from assistance_case
                        where unit_id = :unit and state <> 'CLOSED' and responsible_caseworker_id is not null
                        group by responsible_caseworker_id
                        """)
                .param("unit", unit.value())
                .param("since", utc(activeSince))
                .query((rs, n) -> new CaseloadRow(new UserId(rs.getObject(1, UUID.class)), rs.getInt(2), rs.getInt(3)))
                .list();
    }

    @Override
    public List<CaseNumber> openCasesAsApplicant(PersonId person, UnitId unit) {
        return jdbc.sql("""
                select c.case_number from assistance_case c join household_member hm on hm.case_id = c.id
                where hm.person_id = :person and hm.role in ('APPLICANT', 'CO_APPLICANT')
                  and c.unit_id = :unit and c.state <> 'CLOSED'
                """)
                .param("person", person.value()).param("unit", unit.value())
                .query((rs, n) -> new CaseNumber(rs.getString(1))).list();
    }

    @Override
    public List<CaseId> openCasesAsApplicantElsewhere(se.ebba.identity.domain.PersonalNumber number, UnitId unit) {
        return jdbc.sql("""
                select distinct c.id from person p
                join household_member hm on hm.person_id = p.id and hm.role in ('APPLICANT', 'CO_APPLICANT')
                join assistance_case c on c.id = hm.case_id
                where p.personal_number = :pnr and c.unit_id <> :unit and c.state <> 'CLOSED'
                """)
                .param("pnr", number.value()).param("unit", unit.value())
                .query((rs, n) -> new CaseId(rs.getObject(1, java.util.UUID.class))).list();
    }

    @Override
    public List<BirthDayRange> activeBirthDayRanges(UnitId unit) {
        return jdbc.sql("""
                select id, caseworker_id, first_day, last_day from birth_day_rule
                where unit_id = :unit and retired_at is null order by first_day
                """)
                .param("unit", unit.value())
                .query((rs, n) -> new BirthDayRange(rs.getObject(1, UUID.class), new UserId(rs.getObject(2, UUID.class)),
                        rs.getInt(3), rs.getInt(4)))
                .list();
    }

    @Override
    public void addBirthDayRange(UnitId unit, BirthDayRange range, UserId by, Instant at) {
        jdbc.sql("""
                insert into birth_day_rule (id, unit_id, caseworker_id, first_day, last_day, created_at, created_by)
                values (:id, :unit, :cw, :first, :last, :at, :by)
                """)
                .param("id", range.id()).param("unit", unit.value()).param("cw", range.caseworker().value())
                .param("first", range.firstDay()).param("last", range.lastDay()).param("at", utc(at)).param("by", by.value())
                .update();
    }

    @Override
    public void retireBirthDayRange(UnitId unit, UUID rangeId, UserId by, Instant at) {
        int updated = jdbc.sql("""
                update birth_day_rule set retired_at = :at, retired_by = :by
                where id = :id and unit_id = :unit and retired_at is null
                """)
                .param("at", utc(at)).param("by", by.value()).param("id", rangeId).param("unit", unit.value())
                .update();
        if (updated == 0) {
            throw new InvalidInputException("range", "Intervallet finns inte eller är redan borttaget.");
        }
    }

    private static CaseListItem listItem(ResultSet rs, boolean matched) throws SQLException {
        return new CaseListItem(
                new CaseId(rs.getObject("id", UUID.class)),
                new CaseNumber(rs.getString("case_number")),
                new UnitId(rs.getObject("unit_id", UUID.class)),
                CaseState.valueOf(rs.getString("state")),
                rs.getObject("applicant_id") == null ? null : new PersonId(rs.getObject("applicant_id", UUID.class)),
                userId(rs, "responsible_caseworker_id"),
                rs.getObject("opened_at", OffsetDateTime.class).toInstant(),
                rs.getObject("last_activity_at", OffsetDateTime.class).toInstant(),
                matched ? new PersonId(rs.getObject("matched_person", UUID.class)) : null,
                matched ? HouseholdRole.valueOf(rs.getString("matched_role")) : null);
    }

    @Override
    public java.util.Map<CaseId, Set<HouseholdRole>> householdRoles(java.util.Collection<CaseId> ids) {
        java.util.Map<CaseId, Set<HouseholdRole>> roles = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return roles;
        }
        jdbc.sql("select case_id, role from household_member where case_id in (:ids)")
                .param("ids", ids.stream().map(CaseId::value).toList())
                .query((ResultSet rs) -> {
                    roles.computeIfAbsent(new CaseId(rs.getObject("case_id", UUID.class)), k -> java.util.EnumSet.noneOf(HouseholdRole.class))
                            .add(HouseholdRole.valueOf(rs.getString("role")));
                });
        return roles;
    }

    @Override
    public java.util.Map<CaseId, CaseNumber> numbers(java.util.Collection<CaseId> ids) {
        java.util.Map<CaseId, CaseNumber> numbers = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return numbers;
        }
        jdbc.sql("select c.id, c.case_number from assistance_case c join unnest(cast(:ids as uuid[])) as wanted(id) on wanted.id = c.id")
                .param("ids", ids.stream().map(CaseId::value).distinct().toArray(UUID[]::new))
                .query((ResultSet rs) -> {
                    numbers.put(new CaseId(rs.getObject("id", UUID.class)), new CaseNumber(rs.getString("case_number")));
                });
        return numbers;
    }

    private static UserId userId(ResultSet rs, String column) throws SQLException {
        UUID id = rs.getObject(column, UUID.class);
        return id == null ? null : new UserId(id);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
