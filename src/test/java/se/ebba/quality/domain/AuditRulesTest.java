package se.ebba.quality.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ebba.quality.domain.AuditOutcome.MET;
import static se.ebba.quality.domain.AuditOutcome.NOT_APPLICABLE;
import static se.ebba.quality.domain.AuditOutcome.NOT_MET;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.ebba.quality.domain.CaseAuditFacts.Investigation;
import se.ebba.quality.domain.CaseAuditFacts.Plan;
import se.ebba.quality.domain.CaseAuditFacts.Refusal;

/** Every audit rule on purpose-built facts, met and not met (QUALITY.md, "Case file audit"). */
class AuditRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    static final Investigation COMPLETE = new Investigation(true, true, true, true, List.of());
    static final Plan GOOD_PLAN = new Plan(TODAY.minusMonths(2), true, 2, 1, true, Optional.of(TODAY.plusMonths(1)),
            Optional.of(TODAY.minusWeeks(2)), true);

    /** An ongoing case with children that meets every criterion. */
    static CaseAuditFacts exemplary() {
        return new CaseAuditFacts(TODAY, true, true, Optional.of(TODAY.minusMonths(4)), 3, COMPLETE, Optional.of(GOOD_PLAN),
                Optional.empty(), List.of(new Refusal(TODAY.minusMonths(1), 0)));
    }

    static CaseAuditFacts with(Investigation investigation) {
        CaseAuditFacts f = exemplary();
        return new CaseAuditFacts(f.today(), f.ongoing(), f.householdHasChildren(), f.referredOn(), f.planWithinMonths(), investigation,
                f.plan(), f.noPlanReason(), f.refusals());
    }

    static CaseAuditFacts with(Plan plan) {
        CaseAuditFacts f = exemplary();
        return new CaseAuditFacts(f.today(), f.ongoing(), f.householdHasChildren(), f.referredOn(), f.planWithinMonths(),
                f.investigation(), Optional.ofNullable(plan), f.noPlanReason(), f.refusals());
    }

    static Finding finding(AuditCriterion criterion, CaseAuditFacts facts) {
        return AuditRules.evaluate(criterion, facts);
    }

    @Test
    void aCaseThatDoesEverythingTheInspectorsAskForMeetsEveryCriterion() {
        assertThat(AuditRules.evaluate(exemplary())).extracting(Finding::outcome).containsOnly(MET);
        assertThat(AuditRules.evaluate(exemplary())).extracting(Finding::criterion).containsExactly(AuditCriterion.values());
    }

    @Test
    void aCaseWithoutAGrundutredningLacksTheDocumentAndTheRulesAboutItsContentDoNotApply() {
        CaseAuditFacts facts = with(Investigation.none());

        assertThat(finding(AuditCriterion.INVESTIGATION_DOCUMENT, facts).outcome()).isEqualTo(NOT_MET);
        assertThat(finding(AuditCriterion.INVESTIGATION_COMPLETE, facts).outcome()).isEqualTo(NOT_APPLICABLE);
        assertThat(finding(AuditCriterion.ANALYSIS_PRESENT, facts).outcome()).isEqualTo(NOT_APPLICABLE);
        assertThat(finding(AuditCriterion.CHILDREN_DESCRIBED, facts).outcome()).isEqualTo(NOT_APPLICABLE);
        assertThat(finding(AuditCriterion.INVESTIGATION_DOCUMENT, facts).where()).isEqualTo(Finding.CasePart.INVESTIGATION);
    }

    @Test
    void anIncompleteGrundutredningNamesTheHeadingsThatAreMissing() {
        Finding finding = finding(AuditCriterion.INVESTIGATION_COMPLETE,
                with(new Investigation(true, false, false, true, List.of("Boende", "Analys"))));

        assertThat(finding.outcome()).isEqualTo(NOT_MET);
        assertThat(finding.reason()).isEqualTo("Rubriker som saknas: Boende, Analys.");
    }

    @Test
    void aGrundutredningWithoutAnalysisLacksTheAnalysis() {
        assertThat(finding(AuditCriterion.ANALYSIS_PRESENT, with(new Investigation(true, false, false, true, List.of("Analys")))).outcome())
                .isEqualTo(NOT_MET);
    }

    @Test
    void theChildrensSituationIsRequiredOnlyInAFamilyWithChildren() {
        CaseAuditFacts undescribed = with(new Investigation(true, false, true, false, List.of("Barnens situation")));
        CaseAuditFacts f = undescribed;
        CaseAuditFacts childless = new CaseAuditFacts(f.today(), true, false, f.referredOn(), f.planWithinMonths(), f.investigation(),
                f.plan(), f.noPlanReason(), f.refusals());

        assertThat(finding(AuditCriterion.CHILDREN_DESCRIBED, undescribed).outcome()).isEqualTo(NOT_MET);
        assertThat(finding(AuditCriterion.CHILDREN_DESCRIBED, childless).outcome()).isEqualTo(NOT_APPLICABLE);
        assertThat(finding(AuditCriterion.CHILDREN_DESCRIBED, childless).reason()).isEqualTo("Hushållet har inga barn.");
    }

    @Test
    void aMissingPlanIsNotYetAGapWithinTheDeadlineAfterReferralButIsAfterIt() {
        CaseAuditFacts f = exemplary();
        CaseAuditFacts early = new CaseAuditFacts(TODAY, true, true, Optional.of(TODAY.minusMonths(2)), 3, COMPLETE, Optional.empty(),
                Optional.empty(), f.refusals());
        CaseAuditFacts late = new CaseAuditFacts(TODAY, true, true, Optional.of(TODAY.minusMonths(4)), 3, COMPLETE, Optional.empty(),
                Optional.empty(), f.refusals());

        assertThat(finding(AuditCriterion.PLAN_EXISTS, early).outcome()).isEqualTo(NOT_APPLICABLE);
        assertThat(finding(AuditCriterion.PLAN_EXISTS, early).reason()).contains("senast " + TODAY.plusMonths(1));
        assertThat(finding(AuditCriterion.PLAN_EXISTS, late).outcome()).isEqualTo(NOT_MET);
        assertThat(finding(AuditCriterion.PLAN_EXISTS, late).reason()).isEqualTo(
                "Förändringsplan saknas; den skulle ha funnits senast " + TODAY.minusMonths(1) + ".");
        assertThat(finding(AuditCriterion.PLAN_SIGNED, late).outcome()).isEqualTo(NOT_APPLICABLE);
    }

    @Test
    void aRecordedReasonForHavingNoPlanMakesThePlanCriterionNotApplicable() {
        CaseAuditFacts facts = new CaseAuditFacts(TODAY, true, false, Optional.of(TODAY.minusMonths(6)), 3, COMPLETE, Optional.empty(),
                Optional.of("Kort bistånd i väntan på pension"), List.of());

        assertThat(finding(AuditCriterion.PLAN_EXISTS, facts).outcome()).isEqualTo(NOT_APPLICABLE);
        assertThat(finding(AuditCriterion.PLAN_EXISTS, facts).reason()).contains("Kort bistånd i väntan på pension");
    }

    @Test
    void aGenericGoalWithoutIndividualSubGoalsIsNotIndividual() {
        Plan generic = new Plan(TODAY.minusMonths(2), false, 2, 1, true, Optional.of(TODAY.plusMonths(1)), Optional.empty(), true);

        assertThat(finding(AuditCriterion.GOAL_INDIVIDUAL, with(generic)).outcome()).isEqualTo(NOT_MET);
    }

    @Test
    void aPlanWithoutSubGoalsOrRequirementsLacksThem() {
        Plan bare = new Plan(TODAY.minusMonths(2), true, 0, 0, true, Optional.of(TODAY.plusMonths(1)), Optional.empty(), true);

        assertThat(finding(AuditCriterion.PLAN_SUB_GOALS, with(bare)).outcome()).isEqualTo(NOT_MET);
        assertThat(finding(AuditCriterion.PLAN_REQUIREMENTS, with(bare)).outcome()).isEqualTo(NOT_MET);
    }

    @Test
    void aPlanThatDoesNotDescribeTheApplicantsParticipationLacksIt() {
        Plan withoutVoice = new Plan(TODAY.minusMonths(2), true, 1, 1, false, Optional.of(TODAY.plusMonths(1)), Optional.empty(), true);

        assertThat(finding(AuditCriterion.PARTICIPATION_VISIBLE, with(withoutVoice)).outcome()).isEqualTo(NOT_MET);
    }

    @Test
    void aFollowUpDateThatHasPassedIsAGapAndSoIsAnUndocumentedFollowUp() {
        Plan overdue = new Plan(TODAY.minusMonths(5), true, 1, 1, true, Optional.of(TODAY.minusDays(1)), Optional.empty(), true);

        assertThat(finding(AuditCriterion.FOLLOW_UP_DATE, with(overdue)).outcome()).isEqualTo(NOT_MET);
        assertThat(finding(AuditCriterion.FOLLOW_UP_DATE, with(overdue)).reason())
                .isEqualTo("Uppföljningen " + TODAY.minusDays(1) + " har passerat utan att en ny är bokad.");
        assertThat(finding(AuditCriterion.FOLLOW_UP_DOCUMENTED, with(overdue)).outcome()).isEqualTo(NOT_MET);
    }

    @Test
    void beforeTheFirstFollowUpDayNoFollowUpIsExpectedYet() {
        Plan fresh = new Plan(TODAY.minusWeeks(1), true, 1, 1, true, Optional.of(TODAY.plusMonths(3)), Optional.empty(), true);

        assertThat(finding(AuditCriterion.FOLLOW_UP_DOCUMENTED, with(fresh)).outcome()).isEqualTo(NOT_APPLICABLE);
        assertThat(finding(AuditCriterion.FOLLOW_UP_DATE, with(fresh)).outcome()).isEqualTo(MET);
    }

    @Test
    void anUnsignedPlanIsNotSigned() {
        Plan unsigned = new Plan(TODAY.minusMonths(2), true, 1, 1, true, Optional.of(TODAY.plusMonths(1)), Optional.empty(), false);

        assertThat(finding(AuditCriterion.PLAN_SIGNED, with(unsigned)).outcome()).isEqualTo(NOT_MET);
        assertThat(finding(AuditCriterion.PLAN_SIGNED, with(unsigned)).where()).isEqualTo(Finding.CasePart.CHANGE_PLAN);
    }

    @Test
    void aRefusalInAFamilyWithChildrenNeedsAnAnalysisForEveryChildBeforeTheDecision() {
        CaseAuditFacts f = exemplary();
        CaseAuditFacts without = new CaseAuditFacts(TODAY, true, true, f.referredOn(), 3, COMPLETE, f.plan(), Optional.empty(),
                List.of(new Refusal(TODAY.minusMonths(2), 0), new Refusal(TODAY.minusDays(3), 2)));
        CaseAuditFacts noRefusal = new CaseAuditFacts(TODAY, true, true, f.referredOn(), 3, COMPLETE, f.plan(), Optional.empty(), List.of());

        assertThat(finding(AuditCriterion.CHILD_IMPACT_BEFORE_REFUSAL, without).outcome()).isEqualTo(NOT_MET);
        assertThat(finding(AuditCriterion.CHILD_IMPACT_BEFORE_REFUSAL, without).reason())
                .isEqualTo("Beslutet " + TODAY.minusDays(3) + " saknar barnkonsekvensanalys för 2 barn.");
        assertThat(finding(AuditCriterion.CHILD_IMPACT_BEFORE_REFUSAL, noRefusal).outcome()).isEqualTo(NOT_APPLICABLE);
    }

    @Test
    void aCaseAtIntakeIsAuditedOnlyForItsDecisions() {
        CaseAuditFacts f = exemplary();
        CaseAuditFacts atIntake = new CaseAuditFacts(TODAY, false, true, Optional.empty(), 3, Investigation.none(), Optional.empty(),
                Optional.empty(), List.of(new Refusal(TODAY, 1)));

        assertThat(AuditRules.evaluate(atIntake)).filteredOn(x -> x.criterion() != AuditCriterion.CHILD_IMPACT_BEFORE_REFUSAL)
                .extracting(Finding::outcome).containsOnly(NOT_APPLICABLE);
        assertThat(finding(AuditCriterion.CHILD_IMPACT_BEFORE_REFUSAL, atIntake).outcome()).isEqualTo(NOT_MET);
    }
}
