package se.ebba.intake.domain;

import se.ebba.intake.ConsentScope;
import se.ebba.intake.ChecklistStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.UserId;

/** Fixture factory for the intake domain tests. */
final class IntakeFixtures {

    static final CaseId CASE = new CaseId(UUID.randomUUID());
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final UserId INVESTIGATOR = new UserId(UUID.randomUUID());

    private IntakeFixtures() {
    }

    static Recorded by(String name, int secondsLater) {
        return new Recorded(new UserId(UUID.randomUUID()), name, Instant.parse("2026-11-23T09:00:00Z").plusSeconds(secondsLater));
    }

    static BankStatement statement(String account, String from, String to, int order) {
        return new BankStatement(UUID.randomUUID(), CASE, account, LocalDate.parse(from), LocalDate.parse(to), by("Maja", order));
    }

    static ChecklistItem item(int position, String code, String bring) {
        return new ChecklistItem(new ChecklistItemId(UUID.randomUUID()), code, position, "Sökande", "Kontroll " + code, bring,
                LocalDate.of(2022, 1, 1), null, "QUALITY.md");
    }

    static ChecklistMark mark(ChecklistItem item, ChecklistStatus status, int secondsLater) {
        return ChecklistMark.mark(CASE, item.id(), status, "", by("Maja", secondsLater));
    }

    static Consent consent(ConsentScope scope, String givenOn, String validUntil) {
        return Consent.give(CASE, scope, "Sökandens hem", LocalDate.parse(givenOn), validUntil == null ? null : LocalDate.parse(validUntil),
                TODAY, by("Karin", 0));
    }
}
