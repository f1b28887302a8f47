package se.ebba.journal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.ebba.identity.domain.UserId;
import se.ebba.shared.InvalidInputException;

class JournalEntryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    final UUID caseId = UUID.randomUUID();
    final UserId author = UserId.random();

    @Test
    void aCorrectionIsANewEntryThatNamesTheOneItCorrects() {
        JournalEntry original = JournalEntry.write(caseId, TODAY, JournalEntryType.NOTE, "Besök 12 nov", author, "Karin Ek", NOW, TODAY, null);
        JournalEntry correction = JournalEntry.write(caseId, TODAY, JournalEntryType.NOTE, "Besöket var 13 nov", author, "Karin Ek",
                NOW.plusSeconds(5), TODAY, original.id());
        assertThat(correction.id()).isNotEqualTo(original.id());
        assertThat(correction.type()).isEqualTo(JournalEntryType.CORRECTION);
        assertThat(correction.correctsEntryId()).isEqualTo(original.id());
        assertThat(original.text()).isEqualTo("Besök 12 nov");
    }

    @Test
    void refusesAnEntryWithoutTextOrDatedInTheFuture() {
        assertThatThrownBy(() -> JournalEntry.write(caseId, TODAY.plusDays(1), JournalEntryType.NOTE, " ", author, "K", NOW, TODAY, null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("entryDate", "text"));
    }

    @Test
    void refusesACorrectionThatDoesNotSayWhatItCorrects() {
        assertThatThrownBy(() -> JournalEntry.write(caseId, TODAY, JournalEntryType.CORRECTION, "x", author, "K", NOW, TODAY, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("vilken anteckning");
    }
}
