package se.ebba.changeplan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.UserId;

/** Fixtures for change plan tests. */
final class Plans {

    static final LocalDate AGREED = LocalDate.of(2026, 3, 2);
    static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");
    static final PlanAuthor KARIN = new PlanAuthor(new UserId(UUID.randomUUID()), "Karin Ek");

    private Plans() {
    }

    static PlanContent individual(LocalDate agreedOn) {
        return new PlanContent("Arbeta som undersköterska inom äldreomsorgen senast i december nästa år",
                List.of("Slutföra vård och omsorg på Komvux"), List.of("Delta på Jobbtorg enligt schema"),
                List.of(new PlannedIntervention("JOBBTORG", "Jobbtorg, coach", "")), "Jag vill arbeta med äldre.", agreedOn,
                agreedOn.plusMonths(4));
    }

    static ChangePlan agreed() {
        return ChangePlan.agree(ChangePlanId.random(), CaseId.random(), individual(AGREED), KARIN, AT);
    }

    /** A plan as loaded from the store: nothing pending, at the given version. */
    static ChangePlan loaded(int version) {
        ChangePlan fresh = agreed();
        return new ChangePlan(fresh.id(), fresh.caseId(), version, fresh.versions(), List.of(), List.of(), List.of());
    }

    static List<InterventionType> catalogue() {
        return List.of(new InterventionType("JOBBTORG", "Jobbtorg Stockholm", "", LocalDate.of(2022, 1, 1), null, "test"),
                new InterventionType("SFI", "SFI", "", LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31), "test"));
    }
}
