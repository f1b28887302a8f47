package se.ebba.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.Users;
import se.ebba.support.Api;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.Households;
import se.ebba.support.TestUsers;

/** Search by any part of a first or last name, served by trigram indexes (V15) for words of three letters or more. */
@EbbaIntegrationTest
class SearchByNameIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    Users users;

    @Test
    void theMigrationAddsTrigramIndexesOnTheLowerCaseFirstAndLastNames() {
        assertThat(jdbc.sql("select extname from pg_extension where extname = 'pg_trgm'").query(String.class).list()).hasSize(1);
        assertThat(jdbc.sql("select indexdef from pg_indexes where tablename = 'person' and indexname like 'person_%_name_trgm_idx'")
                .query(String.class).list())
                .containsExactlyInAnyOrder(
                        "CREATE INDEX person_first_name_trgm_idx ON public.person USING gin (lower(first_name) gin_trgm_ops)",
                        "CREATE INDEX person_last_name_trgm_idx ON public.person USING gin (lower(last_name) gin_trgm_ops)");
    }

    @Test
    void theSearchForAWordInsideANameCanUseTheIndex() throws Exception {
        // The demo's few people make a sequential scan the cheaper plan; with it switched off, the plan
        // shows that the query's shape is one the trigram indexes serve.
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("set enable_seqscan = off");
            try {
                StringBuilder plan = new StringBuilder();
                try (ResultSet rs = s.executeQuery("""
                        explain select id from person where (lower(first_name) like '%ramsdot%' or lower(last_name) like '%ramsdot%')""")) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
                assertThat(plan.toString()).contains("person_first_name_trgm_idx").contains("person_last_name_trgm_idx");
            } finally {
                s.execute("reset enable_seqscan");
            }
        }
    }

    @Test
    void wordsOfAnyLengthFindThePersonByAnyPartOfTheName() {
        Api.as("mottagning.ost", port).post("/api/v1/cases", Households.singleAdult("OSTERMALM", "19720808", "Öa", "Trigramsdotter"));
        CurrentUser user = TestUsers.loggedIn(users, "handlaggare.ost");

        assertThat(caseFiles.search("gramsdot", user)).extracting(CaseSummary::applicantName).containsExactly("Öa Trigramsdotter");
        assertThat(caseFiles.search("öa trigramsdotter", user)).extracting(CaseSummary::applicantName).containsExactly("Öa Trigramsdotter");
        assertThat(caseFiles.search("ÖA TR", user)).extracting(CaseSummary::applicantName).contains("Öa Trigramsdotter");
        assertThat(caseFiles.search("Öa %", user)).as("% is a character, not a wildcard").isEmpty();
        assertThat(caseFiles.search("Trigramsdotter_", user)).as("_ is a character, not a wildcard").isEmpty();
    }
}
