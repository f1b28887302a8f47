package se.ebba.appeal.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ebba.appeal.domain.Notification;
import se.ebba.appeal.domain.NotificationMethod;
import se.ebba.appeal.internal.Notifications;

@Repository
class JdbcNotifications implements Notifications {

    private final JdbcClient jdbc;

    JdbcNotifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Notification n, UUID recordedBy) {
        jdbc.sql("""
                        insert into decision_notification (id, decision_id, notified_on, method, appeal_last_day, recorded_at, recorded_by,
                                                           recorded_by_name, corrects_id)
                        values (:id, :decision, :on, :method, :last, :at, :by, :name, :corrects)""")
                .param("id", n.id()).param("decision", n.decisionId()).param("on", Date.valueOf(n.notifiedOn()))
                .param("method", n.method().name()).param("last", Date.valueOf(n.appealLastDay())).param("at", Timestamp.from(n.recordedAt()))
                .param("by", recordedBy).param("name", n.recordedByName()).param("corrects", n.correctsId()).update();
    }

    @Override
    public List<Notification> notifications(UUID decisionId) {
        return jdbc.sql("select * from decision_notification where decision_id = :id order by recorded_at").param("id", decisionId)
                .query((rs, n) -> new Notification(rs.getObject("id", UUID.class), rs.getObject("decision_id", UUID.class),
                        rs.getDate("notified_on").toLocalDate(), NotificationMethod.valueOf(rs.getString("method")),
                        rs.getDate("appeal_last_day").toLocalDate(), rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("recorded_by_name"), rs.getObject("corrects_id", UUID.class))).list();
    }
}
