package se.ebba.investigation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import se.ebba.calculation.Calculations;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.calculation.domain.CostType;
import se.ebba.calculation.domain.MemberRole;
import se.ebba.casefile.domain.CaseId;
import se.ebba.application.Applications;
import se.ebba.decision.Decisions;
import se.ebba.application.domain.Application;
import se.ebba.application.domain.ApplicationKind;
import se.ebba.decision.domain.DecisionDraft;
import se.ebba.decision.domain.DecisionGround;
import se.ebba.application.domain.ItemKind;
import se.ebba.decision.domain.Outcome;
import se.ebba.identity.CurrentUser;
import se.ebba.investigation.BasicInvestigationService.SectionText;
import se.ebba.support.Api;
import se.ebba.support.Households;

/** Fixture factories for the investigation's tests: cases at Östermalm, texts for the headings, a decision. */
public final class InvestigationFixtures {

    public static final List<String> CODES = List.of("FAMILY_SITUATION", "CHILDREN", "HOUSING", "ECONOMY", "WORK", "HEALTH", "SOCIAL_NETWORK",
            "EARLIER_ATTEMPTS", "GOALS", "ANALYSIS", "ASSESSMENT");

    private InvestigationFixtures() {
    }

    /** A single adult at Östermalm born on the 5th (the birth-day rule gives Karin Ek). */
    public static CaseId singleAdult(int port, String lastName) {
        return caseOf(Api.as("mottagning.ost", port).post("/api/v1/cases", Households.singleAdult("OSTERMALM", "19900505", "Sam", lastName)));
    }

    /** A parent with two children at Östermalm. */
    public static CaseId family(int port, String lastName) {
        return caseOf(Api.as("mottagning.ost", port).post("/api/v1/cases", Households.singleParentWithTwoChildren("OSTERMALM", lastName)));
    }

    private static CaseId caseOf(Api.Response response) {
        if (response.status() != 201 && response.status() != 200) {
            throw new IllegalStateException("Could not register the household: " + response.status() + " " + response.body());
        }
        return new CaseId(UUID.fromString(response.json().get("caseId").asString()));
    }

    /** A text under every heading but the given ones. */
    public static List<SectionText> allBut(String... missing) {
        List<String> skip = List.of(missing);
        return CODES.stream().map(c -> new SectionText(c, skip.contains(c) ? "" : "Beskrivet under " + c.toLowerCase() + ".")).toList();
    }

    /** Registers a first application for försörjningsstöd, saves its calculation and grants it (a single adult). */
    public static void decided(CaseId caseId, CurrentUser by, Applications applications, Calculations calculations, Decisions decisions,
                               Clock clock) {
        decided(caseId, by, applications, calculations, decisions, clock, 0);
    }

    /** As above, for a household with the number of children (rent below every cap, so nothing is refused). */
    public static void decided(CaseId caseId, CurrentUser by, Applications applications, Calculations calculations, Decisions decisions,
                               Clock clock, int children) {
        List<CalculationInput.Member> members = new java.util.ArrayList<>();
        members.add(new CalculationInput.Member(MemberRole.APPLICANT, LocalDate.of(1990, 5, 5), false, false));
        for (int i = 0; i < children; i++) {
            members.add(new CalculationInput.Member(MemberRole.CHILD, LocalDate.of(2016, 3, 3), false, false));
        }
        YearMonth month = YearMonth.now(clock).plusMonths(1);
        Application application = applications.register(caseId, new Applications.NewApplication(ApplicationKind.FIRST, month,
                LocalDate.now(clock), List.of(new Applications.NewItem(ItemKind.LIVELIHOOD_SUPPORT, null, null))), by);
        calculations.save(caseId, by.units().iterator().next(), new CalculationInput(month, members, null,
                List.of(new CalculationInput.Cost(CostType.HOUSING, 5_000)), List.of(), null, null), by.id());
        decisions.decide(caseId, application.id(), new DecisionDraft(List.of(new DecisionDraft.ItemDecision(
                application.items().getFirst().id(), Outcome.GRANTED, null)), DecisionGround.NEED_ASSESSMENT, "", null), by);
    }
}
