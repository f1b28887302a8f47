package se.ebba.shared.infra;

import java.sql.Types;
import java.time.Duration;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one-time keys of submitted forms and API requests (table {@code idempotency_key}). Each step
 * commits on its own, outside the request's transactions: a key is claimed before the request is
 * handled, so a second submission – concurrent or after a crash – can never write again.
 */
@Component
public class IdempotencyKeys {

    /** How long a repeat waits for the first submission to finish before answering "still in progress". */
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final JdbcClient jdbc;

    public IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public sealed interface Claim {
        record Claimed() implements Claim {
        }

        record Pending() implements Claim {
        }

        record Done(String requestHash, int status, String location, String contentType, byte[] body) implements Claim {
        }
    }

    public Claim claim(String user, String key, String requestHash) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            int inserted = jdbc.sql("""
                    insert into idempotency_key (username, key, request_hash, state) values (:u, :k, :h, 'PENDING')
                    on conflict do nothing
                    """).param("u", user).param("k", key).param("h", requestHash).update();
            if (inserted == 1) {
                return new Claim.Claimed();
            }
            Claim existing = jdbc.sql("""
                    select request_hash, state, status, location, content_type, body from idempotency_key where username = :u and key = :k
                    """).param("u", user).param("k", key)
                    .query((rs, n) -> "DONE".equals(rs.getString(2))
                            ? new Claim.Done(rs.getString(1), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getBytes(6))
                            : new Claim.Pending())
                    .optional().orElse(null);
            if (existing instanceof Claim.Done) {
                return existing;
            }
            if (existing != null && System.nanoTime() > deadline) {
                return existing;
            }
            try {
                Thread.sleep(existing == null ? 0 : 50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Claim.Pending();
            }
        }
    }

    public void complete(String user, String key, int status, String location, String contentType, byte[] body) {
        jdbc.sql("""
                update idempotency_key set state = 'DONE', status = :s, location = :l, content_type = :c, body = :b, completed_at = now()
                where username = :u and key = :k
                """).param("s", status).param("l", location).param("c", contentType).param("b", new SqlParameterValue(Types.BINARY, body))
                .param("u", user).param("k", key).update();
    }

    /** The request did not succeed: the key may be used again (a corrected form is sent with the same token). */
    public void release(String user, String key) {
        jdbc.sql("delete from idempotency_key where username = :u and key = :k and state = 'PENDING'")
                .param("u", user).param("k", key).update();
    }
}
