package se.ebba.audit.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.audit.AccessLogChain;
import se.ebba.audit.AccessLogVerification;
import se.ebba.audit.AccessLogVerification.Break;
import se.ebba.audit.AccessLogVerification.Problem;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.domain.Role;
import se.ebba.shared.ForbiddenException;
import se.ebba.shared.Sha256;

/**
 * The hash chain of {@code access_log} in {@code access_log_seal} (V5). The canonical text of a row
 * is {@code jsonb_strip_nulls(to_jsonb(row))::text} with TimeZone UTC; each seal's hash is the hex
 * SHA-256 of the previous seal's hash followed by that text. The verification is plain SQL (the
 * same query is in docs/security.md), so that anyone with read access can repeat it.
 */
@Repository
class JdbcAccessLogChain implements AccessLogChain {

    /** Advisory lock key of the sealer ("ebbaseal"). */
    static final long SEALER_LOCK = 0x65626261_7365616cL;
    /** The scheduled run looks at rows with ids at most this far below the newest sealed one (late commits). */
    static final long RECENT_WINDOW = 10_000;
    static final int BATCH = 5_000;
    private static final Duration HEAD_LOG_INTERVAL = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(JdbcAccessLogChain.class);

    static final String CANONICAL_TEXT = "jsonb_strip_nulls(to_jsonb(a))::text";

    static final String FIRST_BROKEN_LINK = """
            with seal as (
                select s.position, s.access_log_id, s.hash,
                       lag(s.position, 1, 0::bigint) over (order by s.position) as previous_position,
                       lag(s.hash, 1, '') over (order by s.position) as previous_hash
                from access_log_seal s
            )
            select s.position, s.access_log_id,
                   case when s.previous_position <> s.position - 1 then 'SEAL_MISSING'
                        when a.id is null then 'ROW_MISSING'
                        else 'ROW_CHANGED' end as problem
            from seal s left join access_log a on a.id = s.access_log_id
            where s.previous_position <> s.position - 1
               or a.id is null
               or s.hash <> encode(sha256(convert_to(s.previous_hash || %s, 'UTF8')), 'hex')
            order by s.position
            limit 1
            """.formatted(CANONICAL_TEXT);

    static final String FIRST_UNSEALED_ROW = """
            select a.id from access_log a
            where not exists (select 1 from access_log_seal s where s.access_log_id = a.id)
              and a.occurred_at < now() - interval '1 minute'
            order by a.id
            limit 1
            """;

    private final JdbcClient jdbc;
    private volatile Instant headLoggedAt = Instant.EPOCH;

    JdbcAccessLogChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public int sealRecent() {
        Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", SEALER_LOCK).query(Boolean.class).single();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        long newestSealed = jdbc.sql("select coalesce(max(access_log_id), 0) from access_log_seal").query(Long.class).single();
        return sealFrom(Math.max(0, newestSealed - RECENT_WINDOW));
    }

    @Override
    @Transactional
    public AccessLogVerification verify(CurrentUser user) {
        if (!user.has(Role.UNIT_MANAGER)) {
            throw new ForbiddenException("Bara enhetschefen verifierar åtkomstloggen.");
        }
        jdbc.sql("select 1 from pg_advisory_xact_lock(:key)").param("key", SEALER_LOCK).query(Integer.class).single();
        sealFrom(0);
        Head head = head();
        long checked = jdbc.sql("select count(*) from access_log_seal").query(Long.class).single();
        Optional<Break> broken = jdbc.sql(FIRST_BROKEN_LINK)
                .query((rs, n) -> new Break(Problem.valueOf(rs.getString("problem")), Optional.of(rs.getLong("position")),
                        rs.getLong("access_log_id")))
                .optional();
        if (broken.isEmpty()) {
            broken = jdbc.sql(FIRST_UNSEALED_ROW).query(Long.class).optional()
                    .map(id -> new Break(Problem.NOT_SEALED, Optional.empty(), id));
        }
        return new AccessLogVerification(checked, head.position(), head.hash(), broken);
    }

    /** Seals, in id order, every committed row with an id above {@code floor} that has no seal. Holds the lock. */
    private int sealFrom(long floor) {
        jdbc.sql("set local timezone to 'UTC'").update();
        int sealed = 0;
        while (true) {
            List<Row> rows = jdbc.sql("""
                    select a.id, %s as text from access_log a
                    where a.id > :floor and not exists (select 1 from access_log_seal s where s.access_log_id = a.id)
                    order by a.id
                    limit :batch
                    """.formatted(CANONICAL_TEXT))
                    .param("floor", floor).param("batch", BATCH)
                    .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("text")))
                    .list();
            if (rows.isEmpty()) {
                break;
            }
            Head head = head();
            long position = head.position();
            String hash = head.hash();
            List<String> positions = new ArrayList<>(rows.size());
            List<String> ids = new ArrayList<>(rows.size());
            List<String> hashes = new ArrayList<>(rows.size());
            for (Row row : rows) {
                position++;
                hash = link(hash, row.text());
                positions.add(Long.toString(position));
                ids.add(Long.toString(row.id()));
                hashes.add(hash);
            }
            jdbc.sql("""
                    insert into access_log_seal (position, access_log_id, hash)
                    select * from unnest(string_to_array(:positions, ',')::bigint[], string_to_array(:ids, ',')::bigint[],
                                         string_to_array(:hashes, ','))
                    """)
                    .param("positions", String.join(",", positions))
                    .param("ids", String.join(",", ids))
                    .param("hashes", String.join(",", hashes))
                    .update();
            sealed += rows.size();
            floor = rows.getLast().id();
            if (rows.size() < BATCH) {
                logHead(position, hash);
                break;
            }
        }
        return sealed;
    }

    private Head head() {
        return jdbc.sql("select position, hash from access_log_seal order by position desc limit 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .optional().orElse(new Head(0, ""));
    }

    /** The newest link in the application log, at most once a minute: a copy of the head outside the database. */
    private void logHead(long position, String hash) {
        Instant now = Instant.now();
        if (Duration.between(headLoggedAt, now).compareTo(HEAD_LOG_INTERVAL) >= 0) {
            headLoggedAt = now;
            log.info("Access log sealed up to position {}, hash {}", position, hash);
        }
    }

    static String link(String previousHash, String canonicalText) {
        return Sha256.hex(previousHash + canonicalText);
    }

    private record Row(long id, String text) {
    }

    private record Head(long position, String hash) {
    }
}
