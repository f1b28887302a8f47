package se.ebba.controls.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ebba.casefile.domain.CaseId;
import se.ebba.controls.domain.CheckId;
import se.ebba.controls.domain.ControlMark;
import se.ebba.controls.domain.ControlResult;
import se.ebba.controls.internal.ControlMarks;
import se.ebba.identity.domain.UserId;
import se.ebba.shared.ConcurrentEditException;

@Repository
class JdbcControlMarks implements ControlMarks {

    private static final String SELECT = "select m.*, u.display_name from control_mark m join user_account u on u.id = m.marked_by ";

    private final JdbcClient jdbc;

    JdbcControlMarks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ControlMark> ofCases(Collection<CaseId> cases) {
        if (cases.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "where m.case_id in (:cases) order by m.marked_at, m.id")
                .param("cases", cases.stream().map(CaseId::value).toList())
                .query((rs, n) -> mark(rs)).list();
    }

    @Override
    public Optional<ControlMark> find(UUID id) {
        return jdbc.sql(SELECT + "where m.id = :id").param("id", id).query((rs, n) -> mark(rs)).optional();
    }

    @Override
    public void append(ControlMark m, UserId by) {
        try {
            jdbc.sql("""
                            insert into control_mark (id, check_id, case_id, month, result, note, corrects_id, marked_at, marked_by)
                            values (:id, :check, :case, :month, :result, :note, :corrects, :at, :by)
                            """)
                    .param("id", m.id()).param("check", m.check().value()).param("case", m.caseId().value())
                    .param("month", m.month().atDay(1)).param("result", m.result().name()).param("note", m.note())
                    .param("corrects", m.corrects().orElse(null)).param("at", m.markedAt().atOffset(ZoneOffset.UTC)).param("by", by.value())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConcurrentEditException("Någon annan har redan markerat kontrollen. Ladda om sidan; vill du ändra resultatet, rätta markeringen.");
        }
    }

    private static ControlMark mark(ResultSet rs) throws SQLException {
        return new ControlMark(rs.getObject("id", UUID.class), new CheckId(rs.getObject("check_id", UUID.class)),
                new CaseId(rs.getObject("case_id", UUID.class)), YearMonth.from(rs.getObject("month", LocalDate.class)),
                ControlResult.valueOf(rs.getString("result")), rs.getString("note"),
                Optional.ofNullable(rs.getObject("corrects_id", UUID.class)),
                rs.getObject("marked_at", OffsetDateTime.class).toInstant(), rs.getString("display_name"));
    }
}
