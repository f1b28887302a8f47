package se.ebba.journal.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ebba.identity.domain.UserId;
import se.ebba.journal.domain.JournalEntry;
import se.ebba.journal.domain.JournalEntryType;
import se.ebba.journal.internal.Journals;

@Repository
class JdbcJournals implements Journals {

    private final JdbcClient jdbc;

    JdbcJournals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(JournalEntry e) {
        jdbc.sql("""
                insert into journal_entry (id, case_id, entry_date, entry_type, text, author_id, author_name, recorded_at, corrects_entry_id)
                values (:id, :case, :date, :type, :text, :author, :authorName, :at, :corrects)
                """)
                .param("id", e.id()).param("case", e.caseId()).param("date", e.entryDate()).param("type", e.type().name())
                .param("text", e.text()).param("author", e.author().value()).param("authorName", e.authorName())
                .param("at", e.recordedAt().atOffset(ZoneOffset.UTC)).param("corrects", e.correctsEntryId())
                .update();
    }

    @Override
    public List<JournalEntry> ofCase(UUID caseId) {
        return jdbc.sql("select * from journal_entry where case_id = :case order by entry_date, recorded_at")
                .param("case", caseId).query((rs, n) -> map(rs)).list();
    }

    @Override
    public Optional<JournalEntry> find(UUID entryId) {
        return jdbc.sql("select * from journal_entry where id = :id").param("id", entryId).query((rs, n) -> map(rs)).optional();
    }

    private static JournalEntry map(ResultSet rs) throws SQLException {
        return new JournalEntry(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getObject("entry_date", LocalDate.class),
                JournalEntryType.valueOf(rs.getString("entry_type")),
                rs.getString("text"),
                new UserId(rs.getObject("author_id", UUID.class)),
                rs.getString("author_name"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getObject("corrects_entry_id", UUID.class));
    }
}
