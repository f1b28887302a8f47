package se.ebba.identity.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ebba.identity.domain.UserId;
import se.ebba.identity.login.LoginAttempts;

@Repository
class JdbcLoginAttempts implements LoginAttempts {

    private final JdbcClient jdbc;

    JdbcLoginAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(String usernameKey, String clientAddress, Outcome outcome, Instant at) {
        jdbc.sql("""
                insert into login_attempt (occurred_at, username_key, client_address, outcome)
                values (:at, :key, :address, :outcome)
                """)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("key", usernameKey)
                .param("address", clientAddress).param("outcome", outcome.name())
                .update();
    }

    @Override
    public int failuresOfUserSince(String usernameKey, Instant since) {
        return jdbc.sql("""
                select count(*) from login_attempt a
                where a.username_key = :key and a.outcome = 'FAILED'
                  and a.occurred_at >= greatest(:since,
                        (select max(s.occurred_at) from login_attempt s where s.username_key = :key and s.outcome = 'SUCCEEDED'),
                        (select max(u.occurred_at) from login_unlock u where u.username_key = :key))
                """)
                .param("key", usernameKey).param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .query(Integer.class).single();
    }

    @Override
    public AddressFailures failuresFromAddressSince(String clientAddress, Instant since) {
        return jdbc.sql("""
                select count(*), max(occurred_at) from login_attempt
                where client_address = :address and outcome = 'FAILED' and occurred_at >= :since
                """)
                .param("address", clientAddress).param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .query((rs, n) -> new AddressFailures(rs.getInt(1),
                        Optional.ofNullable(rs.getObject(2, OffsetDateTime.class)).map(OffsetDateTime::toInstant)))
                .single();
    }

    @Override
    public void unlock(String usernameKey, UserId by, Instant at) {
        jdbc.sql("insert into login_unlock (occurred_at, username_key, unlocked_by) values (:at, :key, :by)")
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("key", usernameKey).param("by", by.value())
                .update();
    }
}
