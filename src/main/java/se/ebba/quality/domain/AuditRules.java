package se.ebba.quality.domain;

import static se.ebba.quality.domain.AuditOutcome.MET;
import static se.ebba.quality.domain.AuditOutcome.NOT_APPLICABLE;
import static se.ebba.quality.domain.AuditOutcome.NOT_MET;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.ebba.quality.domain.CaseAuditFacts.Investigation;
import se.ebba.quality.domain.CaseAuditFacts.Plan;
import se.ebba.quality.domain.CaseAuditFacts.Refusal;
import se.ebba.quality.domain.Finding.CasePart;

/**
 * The continuous case audit (QUALITY.md, "Case file audit"): every criterion as a named rule over the
 * facts of one case, each answering met, not met (with what is missing and where to fix it) or not
 * applicable (with why). Pure: the same facts give the same findings, whenever they are evaluated.
 */
public final class AuditRules {

    private static final String AT_INTAKE = "Ärendet är i mottagningen; det granskas när det är aktuellt – pågående.";
    private static final String NO_INVESTIGATION = "Ingen grundutredning är sparad.";
    private static final String NO_PLAN = "Ärendet har ingen förändringsplan.";

    private AuditRules() {
    }

    /** Every criterion on the case, in the order of {@link AuditCriterion}. */
    public static List<Finding> evaluate(CaseAuditFacts facts) {
        List<Finding> findings = new ArrayList<>();
        for (AuditCriterion criterion : AuditCriterion.values()) {
            findings.add(evaluate(criterion, facts));
        }
        return findings;
    }

    public static Finding evaluate(AuditCriterion criterion, CaseAuditFacts facts) {
        if (!facts.ongoing() && criterion != AuditCriterion.CHILD_IMPACT_BEFORE_REFUSAL) {
            return new Finding(criterion, NOT_APPLICABLE, AT_INTAKE, where(criterion));
        }
        return switch (criterion) {
            case INVESTIGATION_DOCUMENT -> facts.investigation().saved()
                    ? met(criterion, "Grundutredningen finns som eget dokument.")
                    : notMet(criterion, "Det finns ingen grundutredning. Skriv den under Grundutredning.");
            case INVESTIGATION_COMPLETE -> investigationComplete(facts.investigation());
            case ANALYSIS_PRESENT -> investigation(criterion, facts.investigation(), Investigation::analysisWritten,
                    "Analysen är skriven.", "Analysen saknas i grundutredningen: varför situationen är som den är.");
            case CHILDREN_DESCRIBED -> !facts.householdHasChildren()
                    ? notApplicable(criterion, "Hushållet har inga barn.")
                    : investigation(criterion, facts.investigation(), Investigation::childrenWritten,
                    "Barnens situation är beskriven.", "Hushållet har barn men deras situation är inte beskriven i grundutredningen.");
            case PLAN_EXISTS -> planExists(facts);
            case GOAL_INDIVIDUAL -> plan(criterion, facts, p -> p.goalIndividual()
                    ? met(criterion, "Målet är individuellt formulerat.")
                    : notMet(criterion, "Målet är allmänt formulerat (till exempel \"bli självförsörjande\") utan individuella delmål."));
            case PLAN_SUB_GOALS -> plan(criterion, facts, p -> p.subGoals() > 0
                    ? met(criterion, p.subGoals() + " delmål.")
                    : notMet(criterion, "Planen har inga delmål."));
            case PLAN_REQUIREMENTS -> plan(criterion, facts, p -> p.requirements() > 0
                    ? met(criterion, p.requirements() + " krav.")
                    : notMet(criterion, "Planen anger inga krav på den sökande."));
            case PARTICIPATION_VISIBLE -> plan(criterion, facts, p -> p.participationWritten()
                    ? met(criterion, "Den sökandes delaktighet är beskriven i planen.")
                    : notMet(criterion, "Planen beskriver inte den sökandes delaktighet med den sökandes egna ord."));
            case FOLLOW_UP_DATE -> plan(criterion, facts, p -> followUpDate(p, facts.today()));
            case FOLLOW_UP_DOCUMENTED -> plan(criterion, facts, p -> followUpDocumented(p, facts.today()));
            case PLAN_SIGNED -> plan(criterion, facts, p -> p.signed()
                    ? met(criterion, "Den gällande planen är undertecknad.")
                    : notMet(criterion, "Den gällande planen (" + p.agreedOn() + ") är inte undertecknad av den sökande."));
            case CHILD_IMPACT_BEFORE_REFUSAL -> childImpact(facts);
        };
    }

    private static Finding investigationComplete(Investigation investigation) {
        AuditCriterion criterion = AuditCriterion.INVESTIGATION_COMPLETE;
        if (!investigation.saved()) {
            return notApplicable(criterion, NO_INVESTIGATION);
        }
        if (investigation.complete()) {
            return met(criterion, "Grundutredningen är markerad som klar med alla rubriker skrivna.");
        }
        return notMet(criterion, investigation.missingHeadings().isEmpty()
                ? "Grundutredningen är inte markerad som klar."
                : "Rubriker som saknas: " + String.join(", ", investigation.missingHeadings()) + ".");
    }

    private static Finding investigation(AuditCriterion criterion, Investigation investigation,
                                         java.util.function.Predicate<Investigation> written, String metReason, String notMetReason) {
        if (!investigation.saved()) {
            return notApplicable(criterion, NO_INVESTIGATION);
        }
        return written.test(investigation) ? met(criterion, metReason) : notMet(criterion, notMetReason);
    }

    private static Finding planExists(CaseAuditFacts facts) {
        AuditCriterion criterion = AuditCriterion.PLAN_EXISTS;
        if (facts.plan().isPresent()) {
            return met(criterion, "Förändringsplanen gjordes upp " + facts.plan().get().agreedOn() + ".");
        }
        if (facts.noPlanReason().isPresent()) {
            return notApplicable(criterion, "Skäl till att plan saknas: " + facts.noPlanReason().get());
        }
        Optional<LocalDate> deadline = facts.referredOn().map(d -> d.plusMonths(facts.planWithinMonths()));
        if (deadline.isPresent() && !facts.today().isAfter(deadline.get())) {
            return notApplicable(criterion, "Planen ska finnas senast " + deadline.get() + " (" + facts.planWithinMonths()
                    + " månader efter remitteringen).");
        }
        return notMet(criterion, deadline.map(d -> "Förändringsplan saknas; den skulle ha funnits senast " + d + ".")
                .orElse("Förändringsplan saknas."));
    }

    private static Finding plan(AuditCriterion criterion, CaseAuditFacts facts, java.util.function.Function<Plan, Finding> rule) {
        return facts.plan().map(rule).orElseGet(() -> notApplicable(criterion, NO_PLAN));
    }

    private static Finding followUpDate(Plan plan, LocalDate today) {
        AuditCriterion criterion = AuditCriterion.FOLLOW_UP_DATE;
        if (plan.nextFollowUpOn().isEmpty()) {
            return notMet(criterion, "Planen har inget datum för nästa uppföljning.");
        }
        LocalDate next = plan.nextFollowUpOn().get();
        return next.isBefore(today)
                ? notMet(criterion, "Uppföljningen " + next + " har passerat utan att en ny är bokad.")
                : met(criterion, "Nästa uppföljning " + next + ".");
    }

    private static Finding followUpDocumented(Plan plan, LocalDate today) {
        AuditCriterion criterion = AuditCriterion.FOLLOW_UP_DOCUMENTED;
        if (plan.lastFollowUpOn().isPresent()) {
            return met(criterion, "Senaste uppföljningen " + plan.lastFollowUpOn().get() + ".");
        }
        if (plan.nextFollowUpOn().isPresent() && !plan.nextFollowUpOn().get().isBefore(today)) {
            return notApplicable(criterion, "Den första uppföljningen är " + plan.nextFollowUpOn().get() + ".");
        }
        return notMet(criterion, "Ingen uppföljning av planen är dokumenterad.");
    }

    private static Finding childImpact(CaseAuditFacts facts) {
        AuditCriterion criterion = AuditCriterion.CHILD_IMPACT_BEFORE_REFUSAL;
        if (!facts.householdHasChildren()) {
            return notApplicable(criterion, "Hushållet har inga barn.");
        }
        if (facts.refusals().isEmpty()) {
            return notApplicable(criterion, "Inget beslut i ärendet har gått emot den sökande.");
        }
        List<Refusal> without = facts.refusals().stream().filter(r -> r.childrenWithoutAnalysis() > 0).toList();
        if (without.isEmpty()) {
            return met(criterion, "Varje beslut som gått emot den sökande (" + facts.refusals().size()
                    + " st) föregicks av en barnkonsekvensanalys per barn.");
        }
        return notMet(criterion, String.join(" ", without.stream().map(r -> "Beslutet " + r.decidedOn() + " saknar barnkonsekvensanalys för "
                + r.childrenWithoutAnalysis() + " barn.").toList()));
    }

    private static Finding met(AuditCriterion criterion, String reason) {
        return new Finding(criterion, MET, reason, where(criterion));
    }

    private static Finding notMet(AuditCriterion criterion, String reason) {
        return new Finding(criterion, NOT_MET, reason, where(criterion));
    }

    private static Finding notApplicable(AuditCriterion criterion, String reason) {
        return new Finding(criterion, NOT_APPLICABLE, reason, where(criterion));
    }

    /** Where the caseworker fixes what a criterion finds missing. */
    static CasePart where(AuditCriterion criterion) {
        return switch (criterion) {
            case INVESTIGATION_DOCUMENT, INVESTIGATION_COMPLETE, ANALYSIS_PRESENT, CHILDREN_DESCRIBED -> CasePart.INVESTIGATION;
            case PLAN_EXISTS, GOAL_INDIVIDUAL, PLAN_SUB_GOALS, PLAN_REQUIREMENTS, PARTICIPATION_VISIBLE, FOLLOW_UP_DATE,
                 FOLLOW_UP_DOCUMENTED, PLAN_SIGNED -> CasePart.CHANGE_PLAN;
            case CHILD_IMPACT_BEFORE_REFUSAL -> CasePart.APPLICATIONS;
        };
    }
}
