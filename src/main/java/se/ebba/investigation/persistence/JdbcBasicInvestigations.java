package se.ebba.investigation.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.UserId;
import se.ebba.investigation.domain.BasicInvestigation;
import se.ebba.investigation.domain.BasicInvestigationId;
import se.ebba.investigation.domain.Heading;
import se.ebba.investigation.domain.HeadingKind;
import se.ebba.investigation.domain.InvestigationStatus;
import se.ebba.investigation.domain.VersionInfo;
import se.ebba.investigation.internal.BasicInvestigations;
import se.ebba.shared.ConcurrentEditException;

@Repository
class JdbcBasicInvestigations implements BasicInvestigations {

    private final JdbcClient jdbc;

    JdbcBasicInvestigations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<BasicInvestigation> newestOf(CaseId caseId) {
        return jdbc.sql("""
                        select b.id, b.case_id, b.started_on, v.version_no, v.status, v.saved_at, v.saved_by, v.saved_by_name
                        from basic_investigation b join basic_investigation_version v on v.investigation_id = b.id
                        where b.case_id = :case order by v.version_no desc limit 1
                        """)
                .param("case", caseId.value()).query((rs, n) -> header(rs)).optional().map(this::withTexts);
    }

    @Override
    public Optional<BasicInvestigation> version(BasicInvestigationId id, int version) {
        return jdbc.sql("""
                        select b.id, b.case_id, b.started_on, v.version_no, v.status, v.saved_at, v.saved_by, v.saved_by_name
                        from basic_investigation b join basic_investigation_version v on v.investigation_id = b.id
                        where b.id = :id and v.version_no = :version
                        """)
                .param("id", id.value()).param("version", version).query((rs, n) -> header(rs)).optional().map(this::withTexts);
    }

    @Override
    public void append(BasicInvestigation b) {
        try {
            if (b.version() == 1) {
                jdbc.sql("""
                        insert into basic_investigation (id, case_id, started_on, started_at, started_by)
                        values (:id, :case, :on, :at, :by)
                        """)
                        .param("id", b.id().value()).param("case", b.caseId().value()).param("on", b.startedOn())
                        .param("at", b.savedAt().atOffset(ZoneOffset.UTC)).param("by", b.savedBy().value()).update();
            }
            jdbc.sql("""
                    insert into basic_investigation_version (investigation_id, version_no, status, saved_at, saved_by, saved_by_name)
                    values (:id, :version, :status, :at, :by, :name)
                    """)
                    .param("id", b.id().value()).param("version", b.version()).param("status", b.status().name())
                    .param("at", b.savedAt().atOffset(ZoneOffset.UTC)).param("by", b.savedBy().value()).param("name", b.savedByName())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConcurrentEditException("Någon annan sparade grundutredningen samtidigt som du. Det du skrev nu är inte sparat. "
                    + "Kopiera din text, ladda om sidan och för in ändringarna i den nya versionen.");
        }
        b.texts().forEach((code, text) -> jdbc.sql("""
                        insert into basic_investigation_section (investigation_id, version_no, heading_code, text)
                        values (:id, :version, :code, :text)
                        """)
                .param("id", b.id().value()).param("version", b.version()).param("code", code).param("text", text).update());
    }

    @Override
    public List<VersionInfo> versionsOf(BasicInvestigationId id) {
        return jdbc.sql("""
                        select version_no, status, saved_at, saved_by_name from basic_investigation_version
                        where investigation_id = :id order by version_no desc
                        """)
                .param("id", id.value())
                .query((rs, n) -> new VersionInfo(rs.getInt("version_no"), InvestigationStatus.valueOf(rs.getString("status")),
                        rs.getObject("saved_at", OffsetDateTime.class).toInstant(), rs.getString("saved_by_name")))
                .list();
    }

    @Override
    public List<Heading> headingsValidOn(LocalDate day) {
        // The newest row per code valid on the day counts (a changed heading is a new row from its date).
        return jdbc.sql("""
                        select distinct on (code) code, title, guidance, kind, position from investigation_heading
                        where valid_from <= :day and (valid_to is null or valid_to >= :day)
                        order by code, valid_from desc
                        """)
                .param("day", day)
                .query((rs, n) -> new Heading(rs.getString("code"), rs.getString("title"), rs.getString("guidance"),
                        HeadingKind.valueOf(rs.getString("kind")), rs.getInt("position")))
                .list().stream().sorted(java.util.Comparator.comparingInt(Heading::position)).toList();
    }

    private record Header(UUID id, UUID caseId, LocalDate startedOn, int version, InvestigationStatus status, OffsetDateTime savedAt,
                          UUID savedBy, String savedByName) {
    }

    private static Header header(ResultSet rs) throws SQLException {
        return new Header(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getObject("started_on", LocalDate.class),
                rs.getInt("version_no"), InvestigationStatus.valueOf(rs.getString("status")), rs.getObject("saved_at", OffsetDateTime.class),
                rs.getObject("saved_by", UUID.class), rs.getString("saved_by_name"));
    }

    private BasicInvestigation withTexts(Header h) {
        Map<String, String> texts = new LinkedHashMap<>();
        jdbc.sql("select heading_code, text from basic_investigation_section where investigation_id = :id and version_no = :version")
                .param("id", h.id()).param("version", h.version())
                .query(rs -> {
                    texts.put(rs.getString("heading_code"), rs.getString("text"));
                });
        return new BasicInvestigation(new BasicInvestigationId(h.id()), new CaseId(h.caseId()), h.startedOn(), h.version(), h.status(),
                texts, h.savedAt().toInstant(), new UserId(h.savedBy()), h.savedByName());
    }
}
