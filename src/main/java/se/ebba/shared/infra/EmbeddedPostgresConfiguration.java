package se.ebba.shared.infra;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL 17 (zonky) when no external database is configured. The default
 * run keeps its data under {@code ./var/postgres} so it survives restarts; the tests use a fresh
 * temporary directory per application context. See {@link EmbeddedDatabase}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(@Value("${ebba.embedded-postgres.data-directory:}") String dataDirectory,
                                      @Value("${ebba.embedded-postgres.port:0}") int port,
                                      @Value("${ebba.embedded-postgres.watchdog-interval:2s}") Duration watchdogInterval) {
        EmbeddedDatabase database = new EmbeddedDatabase(dataDirectory.isBlank() ? null : Path.of(dataDirectory), port, watchdogInterval);
        database.start();
        return database;
    }

    /** The application's pool, as the role that owns nothing. */
    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(database.jdbcUrl());
        pool.setUsername(EmbeddedDatabase.APP_ROLE);
        pool.setPassword(database.password(EmbeddedDatabase.APP_ROLE));
        pool.setMaximumPoolSize(10);
        pool.setPoolName("ebba-embedded");
        // A request waits at most this long for a connection: while the database is away, pages and the
        // API answer 503 after it. Hikari replaces broken connections once the database is back.
        pool.setConnectionTimeout(3_000);
        pool.setValidationTimeout(1_000);
        return pool;
    }
}
