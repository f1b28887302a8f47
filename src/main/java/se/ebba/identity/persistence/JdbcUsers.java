package se.ebba.identity.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.UserAccessChangeRefused;
import se.ebba.identity.UserAccessChanged;
import se.ebba.identity.UserDetailsFactory;
import se.ebba.identity.UserView;
import se.ebba.identity.Users;
import se.ebba.identity.domain.AccessGrantPolicy;
import se.ebba.identity.domain.AccountChangePolicy;
import se.ebba.identity.domain.AccountChangePolicy.Access;
import se.ebba.identity.domain.Role;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;
import se.ebba.identity.login.PasswordPolicy;
import se.ebba.shared.ConcurrentEditException;
import se.ebba.shared.ForbiddenException;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.NotFoundException;

@Repository
class JdbcUsers implements Users, UserDetailsService {


    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final UserDetailsFactory detailsFactory;
    private final ApplicationEventPublisher events;
    private final PasswordPolicy passwordPolicy;
    private final JdbcAccessGrants grants;
    /** {@code ebba.security.local-accounts}: false when staff log in only through the identity provider (OIDC). */
    private final boolean localAccounts;

    JdbcUsers(JdbcClient jdbc, PasswordEncoder passwordEncoder, UserDetailsFactory detailsFactory, ApplicationEventPublisher events,
              PasswordPolicy passwordPolicy, JdbcAccessGrants grants,
              @Value("${ebba.security.local-accounts:true}") boolean localAccounts) {
        this.jdbc = jdbc;
        this.events = events;
        this.passwordEncoder = passwordEncoder;
        this.detailsFactory = detailsFactory;
        this.passwordPolicy = passwordPolicy;
        this.grants = grants;
        this.localAccounts = localAccounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        record Row(UUID id, String username, String name, String hash, boolean prot, boolean enabled) {
        }
        Row row = jdbc.sql("""
                select id, username, display_name, password_hash, protected_identity_access, enabled
                from user_account where username = :u
                """)
                .param("u", username == null ? "" : username.strip().toLowerCase())
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getBoolean(6)))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("Okänd användare"));
        CurrentUser user = new CurrentUser(new UserId(row.id()), row.username(), row.name(), unitsOf(row.id()), rolesOf(row.id()),
                row.prot());
        return detailsFactory.create(user, row.hash(), row.enabled());
    }

    @Override
    public Optional<UserView> find(UserId id) {
        return load("u.id = :id", Map.of("id", id.value())).stream().findFirst();
    }

    @Override
    public Map<UserId, String> displayNames(Collection<UserId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UserId, String> names = new HashMap<>();
        jdbc.sql("select id, display_name from user_account where id in (:ids)")
                .param("ids", ids.stream().map(UserId::value).distinct().toList())
                .query(rs -> {
                    names.put(new UserId(rs.getObject(1, UUID.class)), rs.getString(2));
                });
        return names;
    }

    @Override
    public List<UserView> all() {
        return load("true", Map.of());
    }

    @Override
    public List<UserView> withRole(UnitId unit, Role role) {
        return load("""
                u.enabled and exists (select 1 from user_unit uu where uu.user_id = u.id and uu.unit_id = :unit)
                and exists (select 1 from user_role ur where ur.user_id = u.id and ur.role = :role)
                """, Map.of("unit", unit.value(), "role", role.name()));
    }

    @Override
    @Transactional
    public UserView create(NewUser user) {
        return insert(user, orNone(user.roles()), orNone(user.units()), user.protectedIdentityAccess(), List.of(), Password.POLICY);
    }

    @Override
    @Transactional
    public UserView createDemoUser(NewUser user) {
        return insert(user, orNone(user.roles()), orNone(user.units()), user.protectedIdentityAccess(), List.of(), Password.DEMO);
    }

    /**
     * The new account holds at once only what needs no approval (the administrator role); case roles,
     * units and the protected-identity right wait for the unit managers ({@link AccessGrantPolicy}).
     */
    @Override
    @Transactional
    public UserView create(NewUser user, CurrentUser by) {
        requireAdministrator(by);
        Access after = new Access(orNone(user.roles()), orNone(user.units()), user.protectedIdentityAccess(), true);
        List<InvalidInputException.FieldError> refusals = new ArrayList<>(AccountChangePolicy.check(by.id(), UserId.random(), Access.NONE, after)
                .stream().map(r -> new InvalidInputException.FieldError(r.field(), r.message())).toList());
        if (!localAccounts && user.rawPassword() != null && !user.rawPassword().isEmpty()) {
            refusals.add(new InvalidInputException.FieldError("password",
                    "Lokala lösenord är avstängda: användaren loggar in med kommunens inloggning. Lämna fältet tomt."));
        }
        AccessGrantPolicy.Outcome outcome = AccessGrantPolicy.split(Access.NONE, after);
        Access immediate = outcome.immediate();
        UserView created = insert(user, immediate.roles(), immediate.units(), immediate.protectedIdentityAccess(), refusals,
                localAccounts ? Password.POLICY : Password.NONE);
        events.publishEvent(new UserAccessChanged(by, created.id(), created.username(), true, created.units(), "Nytt konto",
                describe(access(created))));
        if (outcome instanceof AccessGrantPolicy.AwaitsApproval awaits) {
            grants.request(created.id(), created.username(), Set.of(), "Nytt konto", awaits, by);
        }
        return created;
    }

    /** How the password of a new account is checked: the policy, the demo's public password, or none at all (OIDC only). */
    private enum Password {
        POLICY, DEMO, NONE
    }

    private UserView insert(NewUser user, Set<Role> roles, Set<UnitId> units, boolean protectedIdentityAccess,
                            List<InvalidInputException.FieldError> refusals, Password password) {
        String username = user.username() == null ? "" : user.username().strip().toLowerCase();
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (!username.matches("[a-z0-9._-]{3,40}")) {
            errors.add(new InvalidInputException.FieldError("username",
                    "Användarnamnet ska ha 3–40 tecken: små bokstäver a–z, siffror, punkt, bindestreck eller understreck."));
        } else if (jdbc.sql("select count(*) from user_account where username = :u").param("u", username).query(Integer.class).single() > 0) {
            errors.add(new InvalidInputException.FieldError("username", "Användarnamnet " + username + " är redan upptaget."));
        }
        if (user.displayName() == null || user.displayName().isBlank()) {
            errors.add(new InvalidInputException.FieldError("displayName", "Ange användarens namn."));
        }
        if (password == Password.POLICY) {
            passwordPolicy.problem(username, user.rawPassword())
                    .ifPresent(problem -> errors.add(new InvalidInputException.FieldError("password", problem)));
        } else if (password == Password.DEMO && user.rawPassword() != null
                && user.rawPassword().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES) {
            // bcrypt uses only the first 72 bytes and Spring Security refuses longer passwords (also for demo users)
            errors.add(new InvalidInputException.FieldError("password", "Lösenordet får vara högst 72 byte (72 tecken utan å, ä, ö)."));
        }
        if (user.displayName() != null && user.displayName().length() > 100) {
            errors.add(new InvalidInputException.FieldError("displayName", "Namnet får vara högst 100 tecken."));
        }
        validateRolesAndUnits(user.roles(), user.units(), errors);
        errors.addAll(refusals);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into user_account (id, username, display_name, password_hash, protected_identity_access)
                values (:id, :u, :name, :hash, :prot)
                """)
                .param("id", id).param("u", username).param("name", user.displayName().strip())
                .param("hash", password == Password.NONE ? null : passwordEncoder.encode(user.rawPassword()))
                .param("prot", protectedIdentityAccess)
                .update();
        writeRolesAndUnits(id, roles, units);
        return find(new UserId(id)).orElseThrow();
    }

    @Override
    @Transactional
    public void change(UserId id, int expectedVersion, Set<Role> roles, Set<UnitId> units, boolean protectedIdentityAccess,
                       boolean enabled, CurrentUser by) {
        requireAdministrator(by);
        UserView before = find(id).orElseThrow(() -> new NotFoundException("Användaren finns inte"));
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        validateRolesAndUnits(roles, units, errors);
        Access after = new Access(orNone(roles), orNone(units), protectedIdentityAccess, enabled);
        List<AccountChangePolicy.Refusal> refusals = AccountChangePolicy.check(by.id(), id, access(before), after);
        refusals.forEach(r -> errors.add(new InvalidInputException.FieldError(r.field(), r.message())));
        if (!refusals.isEmpty()) {
            Set<UnitId> concerned = new HashSet<>(before.units());
            concerned.addAll(orNone(units));
            events.publishEvent(new UserAccessChangeRefused(by, id, before.username(), concerned, describe(access(before)),
                    describe(after), String.join(" ", refusals.stream().map(AccountChangePolicy.Refusal::message).toList())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        AccessGrantPolicy.Outcome outcome = AccessGrantPolicy.split(access(before), after);
        Access immediate = outcome.immediate();
        int updated = jdbc.sql("""
                update user_account set protected_identity_access = :prot, enabled = :enabled, version = version + 1
                where id = :id and version = :version
                """)
                .param("prot", immediate.protectedIdentityAccess()).param("enabled", enabled)
                .param("id", id.value()).param("version", expectedVersion)
                .update();
        if (updated == 0) {
            if (find(id).isEmpty()) {
                throw new NotFoundException("Användaren finns inte");
            }
            throw new ConcurrentEditException("Någon annan har ändrat användaren medan du arbetade. Ladda om sidan och gör ändringen igen.");
        }
        jdbc.sql("delete from user_role where user_id = :id").param("id", id.value()).update();
        jdbc.sql("delete from user_unit where user_id = :id").param("id", id.value()).update();
        writeRolesAndUnits(id.value(), immediate.roles(), immediate.units());
        // What the administrator sends is the whole account as they want it: an earlier request still open is replaced.
        grants.withdrawOpen(id, by, "Ersatt av en senare ändring av administratören.");
        Set<UnitId> affected = new HashSet<>(before.units());
        affected.addAll(immediate.units());
        if (!immediate.equals(access(before)) || !(outcome instanceof AccessGrantPolicy.AwaitsApproval)) {
            events.publishEvent(new UserAccessChanged(by, id, before.username(), false, affected, describe(access(before)),
                    describe(immediate)));
        }
        if (outcome instanceof AccessGrantPolicy.AwaitsApproval awaits) {
            grants.request(id, before.username(), before.units(), describe(immediate), awaits, by);
        }
    }

    private static void requireAdministrator(CurrentUser by) {
        if (!by.has(Role.ADMIN)) {
            throw new ForbiddenException("Bara systemadministratören ändrar användare.");
        }
    }

    private static <T> Set<T> orNone(Set<T> set) {
        return set == null ? Set.of() : set;
    }

    private static Access access(UserView u) {
        return new Access(u.roles(), u.units(), u.protectedIdentityAccess(), u.enabled());
    }

    /** The account as the access log shows it: role titles, unit names and flags, no personal data. */
    private String describe(Access a) {
        return AccessDescriptions.describe(jdbc, a);
    }

    @Override
    public int version(UserId id) {
        return jdbc.sql("select version from user_account where id = :id").param("id", id.value()).query(Integer.class)
                .optional().orElseThrow(() -> new NotFoundException("Användaren finns inte"));
    }

    private void validateRolesAndUnits(Set<Role> roles, Set<UnitId> units, List<InvalidInputException.FieldError> errors) {
        if (units != null && !units.isEmpty()) {
            List<UUID> ids = units.stream().map(UnitId::value).toList();
            int known = jdbc.sql("select count(*) from unit where id in (:ids)").param("ids", ids).query(Integer.class).single();
            if (known != ids.size()) {
                errors.add(new InvalidInputException.FieldError("units", "Okänd enhet. Välj enheter i listan."));
            }
        }
        if (roles == null || roles.isEmpty()) {
            errors.add(new InvalidInputException.FieldError("roles", "Välj minst en roll."));
        }
        boolean adminOnly = roles != null && roles.equals(Set.of(Role.ADMIN));
        if (!adminOnly && (units == null || units.isEmpty())) {
            errors.add(new InvalidInputException.FieldError("units", "Välj minst en enhet för en användare som arbetar med ärenden."));
        }
    }

    private void writeRolesAndUnits(UUID id, Set<Role> roles, Set<UnitId> units) {
        for (Role role : roles) {
            jdbc.sql("insert into user_role (user_id, role) values (:id, :role)").param("id", id).param("role", role.name()).update();
        }
        for (UnitId unit : units) {
            jdbc.sql("insert into user_unit (user_id, unit_id) values (:id, :unit)").param("id", id).param("unit", unit.value()).update();
        }
    }

    private Set<UnitId> unitsOf(UUID id) {
        return new HashSet<>(jdbc.sql("select unit_id from user_unit where user_id = :id").param("id", id)
                .query((rs, n) -> new UnitId(rs.getObject(1, UUID.class))).list());
    }

    private Set<Role> rolesOf(UUID id) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from user_role where user_id = :id").param("id", id)
                .query((rs, n) -> Role.valueOf(rs.getString(1))).list().forEach(roles::add);
        return roles;
    }

    private List<UserView> load(String where, Map<String, Object> params) {
        record Row(UUID id, String username, String name, boolean prot, boolean enabled) {
        }
        List<Row> rows = jdbc.sql("select id, username, display_name, protected_identity_access, enabled from user_account u where "
                        + where)
                .params(params)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getBoolean(5)))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(Row::id).toList();
        Map<UUID, Set<Role>> roles = new HashMap<>();
        jdbc.sql("select user_id, role from user_role where user_id in (:ids)").param("ids", ids)
                .query(rs -> {
                    roles.computeIfAbsent(rs.getObject(1, UUID.class), k -> EnumSet.noneOf(Role.class)).add(Role.valueOf(rs.getString(2)));
                });
        Map<UUID, Set<UnitId>> units = new HashMap<>();
        jdbc.sql("select user_id, unit_id from user_unit where user_id in (:ids)").param("ids", ids)
                .query(rs -> {
                    units.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>()).add(new UnitId(rs.getObject(2, UUID.class)));
                });
        return rows.stream()
                .map(r -> new UserView(new UserId(r.id()), r.username(), r.name(), roles.getOrDefault(r.id(), Set.of()),
                        units.getOrDefault(r.id(), Set.of()), r.prot(), r.enabled()))
                .sorted(Comparator.comparing(UserView::displayName))
                .toList();
    }
}
