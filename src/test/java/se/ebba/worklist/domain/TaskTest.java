package se.ebba.worklist.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.UnitId;

class TaskTest {

    static final LocalDate DUE = LocalDate.of(2026, 3, 17);

    static Task summons() {
        return Task.open(new CaseId(UUID.randomUUID()), new UnitId(UUID.randomUUID()), TaskKind.SUMMONS, new Due(DUE, "7 dagar"),
                Instant.parse("2026-03-10T08:00:00Z"));
    }

    @Test
    void anOpenTaskIsOverdueTheDayAfterItsDueDate() {
        assertThat(summons().statusOn(DUE)).isEqualTo(Task.Status.DUE_SOON);
        assertThat(summons().statusOn(DUE.plusDays(1))).isEqualTo(Task.Status.OVERDUE);
        assertThat(summons().daysOverdue(DUE.plusDays(3))).isEqualTo(3);
        assertThat(summons().daysOverdue(DUE.minusDays(3))).isZero();
    }

    @Test
    void aTaskIsDueSoonWithinAWeekOfItsDueDateAndPlannedBefore() {
        assertThat(summons().statusOn(DUE.minusDays(7))).isEqualTo(Task.Status.DUE_SOON);
        assertThat(summons().statusOn(DUE.minusDays(8))).isEqualTo(Task.Status.PLANNED);
    }

    @Test
    void aDoneTaskIsNeverOverdue() {
        Task task = summons();
        task.markDone(DUE.plusDays(2));
        assertThat(task.statusOn(DUE.plusDays(30))).isEqualTo(Task.Status.DONE);
        assertThat(task.isOpen()).isFalse();
    }

    @Test
    void aCancelledTaskKeepsItsReasonAndCannotBeDoneAfterwards() {
        Task task = summons();
        task.cancel(DUE, "Ärendet avslutades");
        assertThat(task.statusOn(DUE.plusDays(30))).isEqualTo(Task.Status.CANCELLED);
        assertThat(task.cancelReason()).isEqualTo("Ärendet avslutades");
        assertThatThrownBy(() -> task.markDone(DUE)).isInstanceOf(IllegalStateException.class);
    }
}
