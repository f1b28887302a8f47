package se.ebba.identity.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.identity.AccessGrantChanged;
import se.ebba.identity.AccessGrantChanged.Step;
import se.ebba.identity.AccessGrants;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.PendingGrant;
import se.ebba.identity.domain.AccessGrantPolicy;
import se.ebba.identity.domain.AccountChangePolicy.Access;
import se.ebba.identity.domain.GrantRequestId;
import se.ebba.identity.domain.Role;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;
import se.ebba.shared.ConcurrentEditException;
import se.ebba.shared.ForbiddenException;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.NotFoundException;

/**
 * Requests for access and the unit managers' decisions ({@code access_grant_request},
 * {@code access_grant_decision}, both append-only). Every step locks the account's row, so that
 * two managers approving the last two units at once cannot both miss that the request is complete,
 * and an administrator's change cannot slip between an approval and the access it gives.
 */
@Repository
class JdbcAccessGrants implements AccessGrants {

    static final int MAX_REASON = 2000;

    private static final String OPEN = """
            not exists (select 1 from access_grant_decision d
                        where d.request_id = r.id and d.outcome in ('REJECTED', 'IN_FORCE', 'WITHDRAWN'))
            """;

    private static final String PENDING = """
            select r.id, r.user_id, u.username, u.display_name, au.unit_id, un.name, rb.display_name, r.requested_at,
                   r.before_state, r.requested_state,
                   array(select n.name from unit n
                         where n.id = any (r.approving_unit_ids)
                           and not exists (select 1 from access_grant_decision d where d.request_id = r.id and d.unit_id = n.id)
                         order by n.name) as undecided
            from access_grant_request r
            join user_account u on u.id = r.user_id
            join user_account rb on rb.id = r.requested_by
            cross join lateral unnest(r.approving_unit_ids) as au (unit_id)
            join unit un on un.id = au.unit_id
            where not exists (select 1 from access_grant_decision d where d.request_id = r.id and d.unit_id = au.unit_id)
              and\s""" + OPEN;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcAccessGrants(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** A request as stored. */
    private record Request(GrantRequestId id, UserId user, String username, UserId requestedBy, Access requested,
                           Set<UnitId> approvingUnits, String before, String requestedText) {
    }

    // -- called by JdbcUsers in the administrator's transaction ------------------------------------

    /**
     * Stores the request of an administrator's change that adds access, and logs it in every unit
     * concerned: the units asked for and {@code formerUnits}, those the account had before the change.
     */
    void request(UserId user, String username, Set<UnitId> formerUnits, String beforeText, AccessGrantPolicy.AwaitsApproval outcome,
                 CurrentUser by) {
        Access requested = outcome.requested();
        String requestedText = AccessDescriptions.describe(jdbc, requested);
        jdbc.sql("""
                insert into access_grant_request (id, user_id, requested_by, requested_at, roles, unit_ids, protected_identity_access,
                                                  approving_unit_ids, before_state, requested_state)
                values (:id, :user, :by, :at, :roles, :units, :prot, :approving, :before, :requested)
                """)
                .param("id", UUID.randomUUID()).param("user", user.value()).param("by", by.id().value())
                .param("at", OffsetDateTime.now(clock))
                .param("roles", requested.roles().stream().map(Role::name).sorted().toArray(String[]::new))
                .param("units", requested.units().stream().map(UnitId::value).toArray(UUID[]::new))
                .param("prot", requested.protectedIdentityAccess())
                .param("approving", outcome.approvingUnits().stream().map(UnitId::value).toArray(UUID[]::new))
                .param("before", beforeText).param("requested", requestedText)
                .update();
        Set<UnitId> concerned = new HashSet<>(formerUnits);
        concerned.addAll(requested.units());
        events.publishEvent(new AccessGrantChanged(by, user, username, Step.REQUESTED, concerned, beforeText, requestedText,
                "Väntar på godkännande av enhetschefen för " + unitNames(outcome.approvingUnits()) + "."));
    }

    /** A later change of the account (by an administrator or the identity provider) replaces its open requests. */
    void withdrawOpen(UserId user, CurrentUser by, String why) {
        for (Request r : jdbc.sql(REQUEST + " where r.user_id = :user and " + OPEN).param("user", user.value())
                .query(JdbcAccessGrants::request).list()) {
            decide(r, "WITHDRAWN", null, by, why);
            events.publishEvent(new AccessGrantChanged(by, user, r.username(), Step.WITHDRAWN, concerned(r), r.before(),
                    r.requestedText(), why));
        }
    }

    // -- the unit manager ------------------------------------------------------------------------

    @Override
    public List<PendingGrant> toDecide(CurrentUser manager) {
        if (!manager.has(Role.UNIT_MANAGER) || manager.units().isEmpty()) {
            return List.of();
        }
        return jdbc.sql(PENDING + " and au.unit_id in (:units) and r.user_id <> :me order by r.requested_at, un.name")
                .param("units", manager.units().stream().map(UnitId::value).toList()).param("me", manager.id().value())
                .query(JdbcAccessGrants::pending).list();
    }

    @Override
    public List<PendingGrant> openFor(UserId user) {
        return jdbc.sql(PENDING + " and r.user_id = :user order by r.requested_at, un.name").param("user", user.value())
                .query(JdbcAccessGrants::pending).list();
    }

    @Override
    @Transactional
    public void approve(GrantRequestId id, UnitId unit, CurrentUser by) {
        Request r = openRequest(id, unit, by, null);
        decide(r, "APPROVED", unit, by, null);
        events.publishEvent(new AccessGrantChanged(by, r.user(), r.username(), Step.APPROVED, concerned(r), r.before(),
                r.requestedText(), "Godkänt för " + unitNames(Set.of(unit)) + "."));
        Set<UnitId> approved = new HashSet<>(jdbc.sql("""
                        select unit_id from access_grant_decision where request_id = :id and outcome = 'APPROVED'
                        """).param("id", id.value()).query((rs, n) -> new UnitId(rs.getObject(1, UUID.class))).list());
        if (approved.containsAll(r.approvingUnits())) {
            putInForce(r, by);
        }
    }

    @Override
    @Transactional
    public void reject(GrantRequestId id, UnitId unit, String reason, CurrentUser by) {
        String text = reason == null ? "" : reason.strip();
        Request r = openRequest(id, unit, by, text);
        if (text.isEmpty()) {
            throw new InvalidInputException("reason", "Skriv varför behörigheten avslås.");
        }
        if (text.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "Skälet får vara högst " + MAX_REASON + " tecken.");
        }
        decide(r, "REJECTED", unit, by, text);
        events.publishEvent(new AccessGrantChanged(by, r.user(), r.username(), Step.REJECTED, concerned(r), r.before(),
                r.requestedText(), "Avslaget för " + unitNames(Set.of(unit)) + ": " + text));
    }

    /** Locks the account, and checks that the request is open, concerns the unit and that {@code by} may decide it. */
    private Request openRequest(GrantRequestId id, UnitId unit, CurrentUser by, String reason) {
        Request r = jdbc.sql(REQUEST + " where r.id = :id").param("id", id.value()).query(JdbcAccessGrants::request).optional()
                .filter(found -> found.approvingUnits().contains(unit))
                .orElseThrow(() -> new NotFoundException("Begäran om behörighet finns inte."));
        Optional<String> refusal = AccessGrantPolicy.refusalToDecide(by.id(), by.roles(), by.units(), r.requestedBy(), r.user(), unit);
        if (refusal.isPresent()) {
            // written in a transaction of its own: it stays although this one is rolled back
            events.publishEvent(new AccessGrantChanged(by, r.user(), r.username(), Step.REFUSED, concerned(r), r.before(),
                    r.requestedText(), refusal.get()));
            throw new ForbiddenException(refusal.get());
        }
        jdbc.sql("select id from user_account where id = :id for update").param("id", r.user().value()).query(UUID.class).single();
        boolean open = jdbc.sql("select count(*) from access_grant_request r where r.id = :id and " + OPEN).param("id", id.value())
                .query(Integer.class).single() > 0;
        boolean decided = jdbc.sql("select count(*) from access_grant_decision where request_id = :id and unit_id = :unit")
                .param("id", id.value()).param("unit", unit.value()).query(Integer.class).single() > 0;
        if (!open || decided) {
            throw new ConcurrentEditException("Begäran är redan avgjord eller ersatt av en senare ändring. Ladda om sidan.");
        }
        return r;
    }

    /** Every unit approved: the account gets exactly the access asked for (its enabled flag stays as it is). */
    private void putInForce(Request r, CurrentUser by) {
        record Now(boolean prot, boolean enabled) {
        }
        Now now = jdbc.sql("select protected_identity_access, enabled from user_account where id = :id").param("id", r.user().value())
                .query((rs, n) -> new Now(rs.getBoolean(1), rs.getBoolean(2))).single();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(jdbc.sql("select role from user_role where user_id = :id").param("id", r.user().value())
                .query((rs, n) -> Role.valueOf(rs.getString(1))).list());
        Set<UnitId> units = new HashSet<>(jdbc.sql("select unit_id from user_unit where user_id = :id").param("id", r.user().value())
                .query((rs, n) -> new UnitId(rs.getObject(1, UUID.class))).list());
        String before = AccessDescriptions.describe(jdbc, new Access(roles, units, now.prot(), now.enabled()));
        Access after = new Access(r.requested().roles(), r.requested().units(), r.requested().protectedIdentityAccess(), now.enabled());
        jdbc.sql("update user_account set protected_identity_access = :prot, version = version + 1 where id = :id")
                .param("prot", after.protectedIdentityAccess()).param("id", r.user().value()).update();
        jdbc.sql("delete from user_role where user_id = :id").param("id", r.user().value()).update();
        jdbc.sql("delete from user_unit where user_id = :id").param("id", r.user().value()).update();
        for (Role role : after.roles()) {
            jdbc.sql("insert into user_role (user_id, role) values (:id, :role)").param("id", r.user().value()).param("role", role.name())
                    .update();
        }
        for (UnitId unit : after.units()) {
            jdbc.sql("insert into user_unit (user_id, unit_id) values (:id, :unit)").param("id", r.user().value())
                    .param("unit", unit.value()).update();
        }
        decide(r, "IN_FORCE", null, by, null);
        Set<UnitId> concerned = concerned(r);
        concerned.addAll(units);
        events.publishEvent(new AccessGrantChanged(by, r.user(), r.username(), Step.IN_FORCE, concerned, before,
                AccessDescriptions.describe(jdbc, after), "Alla berörda enheter har godkänt; behörigheten gäller nu."));
    }

    private void decide(Request r, String outcome, UnitId unit, CurrentUser by, String reason) {
        jdbc.sql("""
                insert into access_grant_decision (request_id, outcome, unit_id, decided_by, decided_at, reason)
                values (:id, :outcome, :unit, :by, :at, :reason)
                """)
                .param("id", r.id().value()).param("outcome", outcome).param("unit", unit == null ? null : unit.value())
                .param("by", by.id().value()).param("at", OffsetDateTime.now(clock)).param("reason", reason)
                .update();
    }

    private static Set<UnitId> concerned(Request r) {
        Set<UnitId> units = new HashSet<>(r.requested().units());
        units.addAll(r.approvingUnits());
        return units;
    }

    private String unitNames(Set<UnitId> units) {
        List<String> names = jdbc.sql("select name from unit where id in (:ids) order by name")
                .param("ids", units.stream().map(UnitId::value).toList()).query(String.class).list();
        return String.join(", ", names);
    }

    private static final String REQUEST = """
            select r.id, r.user_id, u.username, r.requested_by, r.roles, r.unit_ids, r.protected_identity_access,
                   r.approving_unit_ids, r.before_state, r.requested_state
            from access_grant_request r join user_account u on u.id = r.user_id
            """;

    private static Request request(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object role : values(rs.getArray("roles"))) {
            roles.add(Role.valueOf((String) role));
        }
        Access requested = new Access(roles, unitIds(rs.getArray("unit_ids")), rs.getBoolean("protected_identity_access"), true);
        return new Request(new GrantRequestId(rs.getObject("id", UUID.class)), new UserId(rs.getObject("user_id", UUID.class)),
                rs.getString("username"), new UserId(rs.getObject("requested_by", UUID.class)), requested,
                unitIds(rs.getArray("approving_unit_ids")), rs.getString("before_state"), rs.getString("requested_state"));
    }

    private static PendingGrant pending(ResultSet rs, int row) throws SQLException {
        Set<String> undecided = new TreeSet<>();
        for (Object name : values(rs.getArray("undecided"))) {
            undecided.add((String) name);
        }
        return new PendingGrant(new GrantRequestId(rs.getObject(1, UUID.class)), new UserId(rs.getObject(2, UUID.class)),
                rs.getString(3), rs.getString(4), new UnitId(rs.getObject(5, UUID.class)), rs.getString(6), rs.getString(7),
                rs.getTimestamp(8).toInstant(), rs.getString(9), rs.getString(10), undecided);
    }

    private static Set<UnitId> unitIds(Array array) throws SQLException {
        Set<UnitId> units = new HashSet<>();
        for (Object unit : values(array)) {
            units.add(new UnitId((UUID) unit));
        }
        return units;
    }

    private static Object[] values(Array array) throws SQLException {
        return array == null ? new Object[0] : (Object[]) array.getArray();
    }
}
