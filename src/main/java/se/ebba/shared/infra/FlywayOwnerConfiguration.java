package se.ebba.shared.infra;

import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway migrates as the schema owner, the application runs as a role that owns nothing. The
 * callback {@code afterMigrate__app_role_privileges.sql} grants the application role (placeholder
 * {@code app_role}) what it may do: SELECT and INSERT on append-only tables, SELECT, INSERT, UPDATE
 * and DELETE on the others.
 *
 * <ul>
 *   <li>Embedded: the owner is {@value EmbeddedDatabase#OWNER_ROLE}, the application {@value EmbeddedDatabase#APP_ROLE}.</li>
 *   <li>External: the owner is {@code EBBA_DB_OWNER_USER}/{@code EBBA_DB_OWNER_PASSWORD}, the application
 *       {@code EBBA_DB_USER}. Without an owner, Flyway runs as the application's user (as before), which
 *       then owns the schema and could disable the triggers: a warning says so.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class FlywayOwnerConfiguration {

    static final String APP_ROLE_PLACEHOLDER = "app_role";
    private static final Logger log = LoggerFactory.getLogger(FlywayOwnerConfiguration.class);

    @Bean
    FlywayConfigurationCustomizer ebbaFlywayOwner(ObjectProvider<EmbeddedDatabase> embedded,
                                                  @Value("${spring.datasource.url:}") String url,
                                                  @Value("${spring.datasource.username:}") String appUser,
                                                  @Value("${ebba.database.owner-user:}") String ownerUser,
                                                  @Value("${ebba.database.owner-password:}") String ownerPassword) {
        return configuration -> {
            Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
            EmbeddedDatabase database = embedded.getIfAvailable();
            if (database != null) {
                configuration.dataSource(database.jdbcUrl(), EmbeddedDatabase.OWNER_ROLE, database.password(EmbeddedDatabase.OWNER_ROLE));
                placeholders.put(APP_ROLE_PLACEHOLDER, EmbeddedDatabase.APP_ROLE);
            } else {
                placeholders.put(APP_ROLE_PLACEHOLDER, appUser);
                if (ownerUser.isBlank() || ownerUser.equals(appUser)) {
                    log.warn("Flyway runs as the application's database user {}: it owns the schema and could disable the "
                            + "append-only triggers. Set EBBA_DB_OWNER_USER and EBBA_DB_OWNER_PASSWORD (docs/operations.md).", appUser);
                } else {
                    configuration.dataSource(url, ownerUser, ownerPassword);
                }
            }
            configuration.placeholders(placeholders);
        };
    }
}
