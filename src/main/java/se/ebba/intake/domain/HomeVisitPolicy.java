package se.ebba.intake.domain;

import se.ebba.intake.ConsentScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.ebba.casefile.domain.CaseId;
import se.ebba.shared.InvalidInputException.FieldError;

/**
 * A home visit intrudes on the applicant's private life: it may only be made with the applicant's
 * consent to a home visit, valid on the day of the visit, and for a stated reason (GLOSSARY.md
 * "hembesök": needs consent, only when needed).
 */
public final class HomeVisitPolicy {

    public static final int MIN_REASON = 10;
    public static final int MAX_REASON = 2000;

    private HomeVisitPolicy() {
    }

    /** The visit as recorded, or the refusal with the reasons per field. */
    public sealed interface Outcome permits Allowed, Refused {
    }

    public record Allowed(HomeVisit visit) implements Outcome {
    }

    public record Refused(List<FieldError> reasons) implements Outcome {

        public Refused {
            reasons = List.copyOf(reasons);
        }
    }

    public static Outcome check(CaseId caseId, Optional<Consent> consent, LocalDate visitOn, String reason, LocalDate today,
                                Recorded by) {
        List<FieldError> errors = new ArrayList<>();
        if (visitOn == null) {
            errors.add(new FieldError("visitOn", "Ange dagen för hembesöket."));
        } else if (visitOn.isAfter(today)) {
            errors.add(new FieldError("visitOn", "Registrera hembesöket när det är gjort: datumet kan inte ligga i framtiden."));
        }
        if (consent.isEmpty()) {
            errors.add(new FieldError("consent", "Ett hembesök kräver sökandens samtycke till hembesök. Registrera samtycket först."));
        } else if (consent.get().scope() != ConsentScope.HOME_VISIT) {
            errors.add(new FieldError("consent", "Samtycket gäller " + consent.get().scope().text().toLowerCase()
                    + ", inte hembesök."));
        } else if (visitOn != null && !consent.get().validOn(visitOn)) {
            errors.add(new FieldError("consent", "Samtycket till hembesök gällde inte den " + visitOn + "."));
        }
        String text = reason == null ? "" : reason.strip();
        if (text.length() < MIN_REASON) {
            errors.add(new FieldError("reason", "Skriv varför hembesöket behövs (minst " + MIN_REASON + " tecken)."));
        } else if (text.length() > MAX_REASON) {
            errors.add(new FieldError("reason", "Skälet får vara högst " + MAX_REASON + " tecken."));
        }
        if (!errors.isEmpty()) {
            return new Refused(errors);
        }
        return new Allowed(new HomeVisit(UUID.randomUUID(), caseId, consent.get().id(), visitOn, text, by));
    }
}
