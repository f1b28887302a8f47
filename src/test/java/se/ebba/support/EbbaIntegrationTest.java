package se.ebba.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a fresh embedded PostgreSQL with the demo organisation loaded, served on
 * a random port. All integration tests share this one context, so the database starts once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ebba.embedded-postgres.data-directory=", "logging.level.root=warn", "server.shutdown=immediate"})
@ActiveProfiles("demo")
public @interface EbbaIntegrationTest {
}
