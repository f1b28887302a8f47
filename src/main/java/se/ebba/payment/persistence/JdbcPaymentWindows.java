package se.ebba.payment.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ebba.identity.domain.UnitId;
import se.ebba.payment.domain.Actor;
import se.ebba.payment.domain.PaymentWindow;
import se.ebba.payment.internal.PaymentWindows;

@Repository
class JdbcPaymentWindows implements PaymentWindows {

    private final JdbcClient jdbc;

    JdbcPaymentWindows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(UnitId unit, PaymentWindow w, Actor by, Instant at) {
        jdbc.sql("""
                insert into payment_window (id, unit_id, valid_from, first_day, last_day, source, recorded_by, recorded_by_name, recorded_at)
                values (:id, :unit, :from, :first, :last, :source, :by, :byName, :at)
                """)
                .param("id", UUID.randomUUID()).param("unit", unit.value()).param("from", w.validFrom()).param("first", w.firstDay())
                .param("last", w.lastDay()).param("source", w.source()).param("by", by.id().value()).param("byName", by.name())
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update();
    }

    @Override
    public Optional<PaymentWindow> inForce(UnitId unit, LocalDate on) {
        return jdbc.sql("""
                select * from payment_window where unit_id = :unit and valid_from <= :on
                order by valid_from desc, recorded_at desc limit 1
                """)
                .param("unit", unit.value()).param("on", on)
                .query((rs, n) -> new PaymentWindow(rs.getInt("first_day"), rs.getInt("last_day"), rs.getObject("valid_from", LocalDate.class),
                        rs.getString("source")))
                .optional();
    }
}
