package se.ebba.identity.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.UserAccessChanged;
import se.ebba.identity.domain.AccountChangePolicy.Access;
import se.ebba.identity.domain.Role;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;
import se.ebba.identity.login.Accounts;

@Repository
class JdbcAccounts implements Accounts {

    /** One query: the account with its roles and units, so that checking it on every request stays cheap. */
    private static final String ACCOUNT = """
            select u.id, u.username, u.display_name, u.protected_identity_access, u.enabled,
                   array(select r.role from user_role r where r.user_id = u.id) as roles,
                   array(select uu.unit_id from user_unit uu where uu.user_id = u.id) as units
            from user_account u
            """;

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;
    private final JdbcAccessGrants grants;

    JdbcAccounts(JdbcClient jdbc, ApplicationEventPublisher events, JdbcAccessGrants grants) {
        this.jdbc = jdbc;
        this.events = events;
        this.grants = grants;
    }

    @Override
    public Optional<Account> reload(UserId id) {
        return jdbc.sql(ACCOUNT + " where u.id = :id").param("id", id.value()).query(JdbcAccounts::account).optional();
    }

    @Override
    public Optional<Account> byUsername(String username) {
        return jdbc.sql(ACCOUNT + " where u.username = :u").param("u", username).query(JdbcAccounts::account).optional();
    }

    @Override
    public Optional<String> passwordHash(UserId id) {
        return jdbc.sql("select password_hash from user_account where id = :id").param("id", id.value())
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(h -> h);
    }

    @Override
    public void changePasswordHash(UserId id, String hash) {
        jdbc.sql("update user_account set password_hash = :hash, version = version + 1 where id = :id")
                .param("hash", hash).param("id", id.value()).update();
    }

    @Override
    @Transactional
    public Account provision(String username, String displayName, Set<Role> roles, Set<String> unitCodes) {
        UUID id = jdbc.sql("select id from user_account where username = :u").param("u", username).query(UUID.class).optional()
                .orElseGet(() -> {
                    UUID created = UUID.randomUUID();
                    jdbc.sql("""
                            insert into user_account (id, username, display_name, password_hash)
                            values (:id, :u, :name, null)
                            """)
                            .param("id", created).param("u", username).param("name", displayName).update();
                    return created;
                });
        List<UUID> units = unitCodes.isEmpty() ? List.of()
                : jdbc.sql("select id from unit where code in (:codes)").param("codes", unitCodes).query(UUID.class).list();
        Account before = reload(new UserId(id)).orElseThrow();
        Set<UnitId> unitIds = new HashSet<>(units.stream().map(UnitId::new).toList());
        boolean accessChanged = !before.user().roles().equals(roles) || !before.user().units().equals(unitIds);
        if (accessChanged || !before.user().displayName().equals(displayName)) {
            jdbc.sql("update user_account set display_name = :name, version = version + 1 where id = :id")
                    .param("name", displayName).param("id", id).update();
            jdbc.sql("delete from user_role where user_id = :id").param("id", id).update();
            jdbc.sql("delete from user_unit where user_id = :id").param("id", id).update();
            for (Role role : roles) {
                jdbc.sql("insert into user_role (user_id, role) values (:id, :role)").param("id", id).param("role", role.name()).update();
            }
            for (UUID unit : units) {
                jdbc.sql("insert into user_unit (user_id, unit_id) values (:id, :unit)").param("id", id).param("unit", unit).update();
            }
        }
        Account after = reload(new UserId(id)).orElseThrow();
        if (accessChanged) {
            // The municipality's identity provider decides the access of its staff: a request made in Ebba no longer applies.
            grants.withdrawOpen(after.user().id(), after.user(), "Ersatt av behörigheten från kommunens inloggning (OIDC).");
            // The identity provider, not an administrator in Ebba, changed the access: logged like an administrator's change,
            // in every unit the user belonged to before or belongs to after, so that the unit's review shows it.
            Set<UnitId> affected = new HashSet<>(before.user().units());
            affected.addAll(after.user().units());
            events.publishEvent(new UserAccessChanged(after.user(), after.user().id(), username, before.user().roles().isEmpty(),
                    affected, describe(before), "Från kommunens inloggning (OIDC): " + describe(after)));
        }
        return after;
    }

    private String describe(Account account) {
        return AccessDescriptions.describe(jdbc, new Access(account.user().roles(), account.user().units(),
                account.user().protectedIdentityAccess(), account.enabled()));
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object role : values(rs.getArray("roles"))) {
            roles.add(Role.valueOf((String) role));
        }
        Set<UnitId> units = new HashSet<>();
        for (Object unit : values(rs.getArray("units"))) {
            units.add(new UnitId((UUID) unit));
        }
        CurrentUser user = new CurrentUser(new UserId(rs.getObject("id", UUID.class)), rs.getString("username"),
                rs.getString("display_name"), units, roles, rs.getBoolean("protected_identity_access"));
        return new Account(user, rs.getBoolean("enabled"));
    }

    private static Object[] values(Array array) throws SQLException {
        return array == null ? new Object[0] : (Object[]) array.getArray();
    }
}
