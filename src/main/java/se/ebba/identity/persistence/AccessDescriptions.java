package se.ebba.identity.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ebba.identity.domain.AccountChangePolicy.Access;
import se.ebba.identity.domain.Role;

/** An account's access as the access log shows it before and after a change: role titles, unit names and flags, no personal data. */
final class AccessDescriptions {

    private AccessDescriptions() {
    }

    static String describe(JdbcClient jdbc, Access a) {
        Map<UUID, String> unitNames = new HashMap<>();
        jdbc.sql("select id, name from unit").query(rs -> {
            unitNames.put(rs.getObject(1, UUID.class), rs.getString(2));
        });
        String roles = a.roles().stream().sorted().map(Role::title).collect(Collectors.joining(", "));
        String units = a.units().stream().map(u -> unitNames.getOrDefault(u.value(), "okänd enhet")).sorted()
                .collect(Collectors.joining(", "));
        return "Roller: " + (roles.isEmpty() ? "inga" : roles)
                + ". Enheter: " + (units.isEmpty() ? "inga" : units)
                + ". Skyddade personuppgifter: " + (a.protectedIdentityAccess() ? "ja" : "nej")
                + ". Kontot aktivt: " + (a.enabled() ? "ja" : "nej") + ".";
    }
}
