package se.ebba.intake.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.UserId;
import se.ebba.intake.domain.MeetingOutcome;
import se.ebba.intake.domain.MeetingOutcomeKind;
import se.ebba.intake.domain.Recorded;
import se.ebba.intake.domain.Summons;
import se.ebba.intake.domain.SummonsId;
import se.ebba.intake.internal.SummonsStore;
import se.ebba.shared.ConcurrentEditException;

@Repository
class JdbcSummonsStore implements SummonsStore {

    private final JdbcClient jdbc;

    JdbcSummonsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Summons> ofCase(CaseId caseId) {
        return jdbc.sql("""
                select s.*, o.outcome, o.occurred_on, o.note, o.recorded_by, o.recorded_by_name, o.recorded_at
                from summons s left join first_meeting_outcome o on o.summons_id = s.id
                where s.case_id = :case order by s.booked_at""")
                .param("case", caseId.value()).query((rs, n) -> map(rs)).list();
    }

    @Override
    public void add(Summons s) {
        try {
            jdbc.sql("""
                    insert into summons (id, case_id, meeting_at, place, investigator_id, investigator_name, sent_on, replaces_id,
                                         booked_by, booked_by_name, booked_at)
                    values (:id, :case, :at, :place, :inv, :invName, :sent, :replaces, :by, :byName, :bookedAt)""")
                    .param("id", s.id().value()).param("case", s.caseId().value()).param("at", s.meetingAt())
                    .param("place", s.place()).param("inv", s.investigator().value()).param("invName", s.investigatorName())
                    .param("sent", s.sentOn()).param("replaces", s.replacedBooking().map(SummonsId::value).orElse(null))
                    .param("by", s.booked().by().value()).param("byName", s.booked().byName())
                    .param("bookedAt", s.booked().at().atOffset(ZoneOffset.UTC))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConcurrentEditException("Någon annan bokade första besöket samtidigt. Ladda om sidan och se bokningen.");
        }
    }

    @Override
    public void add(MeetingOutcome o) {
        try {
            jdbc.sql("""
                    insert into first_meeting_outcome (summons_id, outcome, occurred_on, note, recorded_by, recorded_by_name, recorded_at)
                    values (:s, :outcome, :on, :note, :by, :byName, :at)""")
                    .param("s", o.summons().value()).param("outcome", o.kind().name()).param("on", o.occurredOn())
                    .param("note", o.note()).param("by", o.recorded().by().value()).param("byName", o.recorded().byName())
                    .param("at", o.recorded().at().atOffset(ZoneOffset.UTC))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConcurrentEditException("Någon annan registrerade samtidigt vad som hände med besöket. Ladda om sidan.");
        }
    }

    private static Summons map(ResultSet rs) throws SQLException {
        SummonsId id = new SummonsId(rs.getObject("id", UUID.class));
        UUID replaces = rs.getObject("replaces_id", UUID.class);
        MeetingOutcome outcome = rs.getString("outcome") == null ? null : new MeetingOutcome(id,
                MeetingOutcomeKind.valueOf(rs.getString("outcome")), rs.getObject("occurred_on", LocalDate.class), rs.getString("note"),
                new Recorded(new UserId(rs.getObject("recorded_by", UUID.class)), rs.getString("recorded_by_name"),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant()));
        return new Summons(id, new CaseId(rs.getObject("case_id", UUID.class)), rs.getObject("meeting_at", LocalDateTime.class),
                rs.getString("place"), new UserId(rs.getObject("investigator_id", UUID.class)), rs.getString("investigator_name"),
                rs.getObject("sent_on", LocalDate.class), replaces == null ? null : new SummonsId(replaces),
                new Recorded(new UserId(rs.getObject("booked_by", UUID.class)), rs.getString("booked_by_name"),
                        rs.getObject("booked_at", OffsetDateTime.class).toInstant()),
                outcome);
    }
}
