package se.ebba.payment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ebba.EbbaApplication;

/**
 * Ebba in a JVM of its own for {@link PaymentRunKillIT}: {@code <port> <data directory> <pause> [seed <cases>]}. With
 * {@code seed} it first adds a unit with a cashier and VERIFIED payments due today, and prints
 * {@code SEEDED <cashier> <reference,…>}; then it prints {@code READY} and serves until it is killed.
 */
final class RunProcess {

    private RunProcess() {
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(EbbaApplication.class).profiles("demo")
                .run("--server.port=" + args[0], "--ebba.embedded-postgres.data-directory=" + args[1],
                        "--ebba.payment-runs.pause-before-commit=" + args[2], "--logging.level.root=warn", "--server.shutdown=immediate");
        if (args.length > 4 && args[3].equals("seed")) {
            RunTestData data = new RunTestData(app);
            RunTestData.RunUnit unit = data.unit();
            List<UUID> ids = data.verifiedPayments(unit, Integer.parseInt(args[4]), LocalDate.now(app.getBean(Clock.class)));
            List<String> references = app.getBean(JdbcClient.class).sql("select reference from payment where id in (:ids)").param("ids", ids)
                    .query(String.class).list();
            System.out.println("SEEDED " + unit.cashier().username() + " " + String.join(",", references));
        }
        System.out.println("READY");
        System.out.flush();
    }
}
