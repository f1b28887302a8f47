package se.ebba.investigation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.UserId;
import se.ebba.shared.ConcurrentEditException;

class BasicInvestigationTest {

    final CompletenessPolicy policy = new CompletenessPolicy(Headings.partTwo());
    final UserId karin = new UserId(UUID.randomUUID());
    final Instant now = Instant.parse("2026-03-02T09:00:00Z");
    final BasicInvestigation started = BasicInvestigation.start(CaseId.random(), LocalDate.of(2026, 3, 2));

    @Test
    void eachSaveIsTheNextVersionAndLeavesTheOneBeforeAsItWas() {
        BasicInvestigation first = started.save(0, Headings.allWrittenBut("ANALYSIS"), karin, "Karin Ek", now);
        BasicInvestigation second = first.save(1, Headings.allWritten(), karin, "Karin Ek", now.plusSeconds(60));

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(first.text("ANALYSIS")).isEmpty();
        assertThat(second.text("ANALYSIS")).isPresent();
        assertThat(second.id()).isEqualTo(first.id());
    }

    @Test
    void aSaveBasedOnAnOlderVersionIsRefusedInSwedish() {
        BasicInvestigation first = started.save(0, Headings.allWritten(), karin, "Karin Ek", now);

        assertThatThrownBy(() -> first.save(0, Headings.allWritten(), karin, "Jonas Berg", now))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("Någon annan har sparat grundutredningen");
    }

    @Test
    void markingCompleteWithTheAnalysisMissingIsBlockedAndSavesNothing() {
        BasicInvestigation.Completion completion = started.complete(0, Headings.allWrittenBut("ANALYSIS"), policy, true, karin, "Karin Ek", now);

        assertThat(completion).isInstanceOfSatisfying(BasicInvestigation.Blocked.class,
                b -> assertThat(b.missing()).extracting(CompletenessPolicy.Missing::headingCode).containsExactly("ANALYSIS"));
    }

    @Test
    void markingCompleteWithEverythingWrittenGivesACompleteVersion() {
        BasicInvestigation.Completion completion = started.complete(0, Headings.allWritten(), policy, true, karin, "Karin Ek", now);

        assertThat(completion).isInstanceOfSatisfying(BasicInvestigation.Completed.class, c -> {
            assertThat(c.version().isComplete()).isTrue();
            assertThat(c.version().version()).isEqualTo(1);
        });
    }

    @Test
    void aRevisionOfACompleteGrundutredningIsInProgressUntilCompletedAgain() {
        BasicInvestigation complete = ((BasicInvestigation.Completed) started.complete(0, Headings.allWritten(), policy, false, karin,
                "Karin Ek", now)).version();

        BasicInvestigation revised = complete.save(1, Headings.allWritten(), karin, "Karin Ek", now.plusSeconds(60));

        assertThat(revised.isComplete()).isFalse();
        assertThat(revised.status()).isEqualTo(InvestigationStatus.IN_PROGRESS);
    }
}
