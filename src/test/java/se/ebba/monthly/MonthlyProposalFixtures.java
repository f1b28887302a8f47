package se.ebba.monthly;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.ebba.application.Applications;
import se.ebba.application.domain.Application;
import se.ebba.application.domain.ApplicationKind;
import se.ebba.application.domain.ItemKind;
import se.ebba.calculation.Calculations;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.calculation.domain.CostType;
import se.ebba.casefile.domain.CaseId;
import se.ebba.decision.Decisions;
import se.ebba.identity.CurrentUser;
import se.ebba.monthly.domain.MonthlyProposalId;
import se.ebba.support.Api;
import se.ebba.support.Eventually;
import se.ebba.support.Households;

/**
 * Monthly applications made complete as the monthly-application part will do it: a MONTHLY
 * application registered and marked complete, then {@link MonthlyApplicationCompleted} published in
 * the same transaction (the entry form lives on another branch).
 */
public record MonthlyProposalFixtures(int port, Applications applications, Calculations calculations, Decisions decisions,
                                      ApplicationEventPublisher events, TransactionTemplate transactions, JdbcClient jdbc, Clock clock) {

    /** A single adult at Östermalm; the case id. */
    public CaseId singleAdult(String lastName) {
        String id = Api.as("mottagning.ost", port).post("/api/v1/cases", Households.singleAdult("OSTERMALM", "19800101", "Vera", lastName))
                .json().get("caseId").asString();
        return new CaseId(UUID.fromString(id));
    }

    public YearMonth month() {
        return YearMonth.now(clock).plusMonths(1);
    }

    /** A single adult's month: rent and nothing else. */
    public static CalculationInput input(YearMonth month, long rent) {
        return new CalculationInput(month, List.of(new CalculationInput.Member(se.ebba.calculation.domain.MemberRole.APPLICANT,
                LocalDate.of(1980, 1, 1), false, false)), null, List.of(new CalculationInput.Cost(CostType.HOUSING, rent)), List.of(), null, null);
    }

    /** Last month granted in full by a person, as a monthly application before this one. */
    public void grantedLastMonth(CaseId caseId, long rent, CurrentUser by) {
        YearMonth last = month().minusMonths(1);
        Application application = register(caseId, last, by);
        calculations.save(caseId, by.units().iterator().next(), input(last, rent), by.id());
        decisions.decide(caseId, application.id(), MonthlyProposals.fullGrant(application), by);
        Eventually.await(() -> calculations.livelihoodSupportGranted(caseId, last), Duration.ofSeconds(10));
    }

    public Application register(CaseId caseId, YearMonth month, CurrentUser by) {
        return applications.register(caseId, new Applications.NewApplication(ApplicationKind.MONTHLY, month, LocalDate.now(clock),
                List.of(new Applications.NewItem(ItemKind.LIVELIHOOD_SUPPORT, null, null))), by);
    }

    /** Registers this month's application, marks it complete and publishes the event in that transaction. */
    public MonthlyApplicationCompleted complete(CaseId caseId, CalculationInput input, boolean late,
                                                List<MonthlyApplicationCompleted.Deposit> deposits, CurrentUser by) {
        return transactions.execute(status -> {
            Application application = register(caseId, input.month(), by);
            applications.markComplete(caseId, application.id(), "Alla underlag har kommit in.", by);
            MonthlyApplicationCompleted completed = new MonthlyApplicationCompleted(caseId, application.id(), input.month(), Instant.now(clock),
                    late, input, deposits);
            events.publishEvent(completed);
            return completed;
        });
    }

    /** Publishes the event again (a redelivery), in a transaction of its own. */
    public void redeliver(MonthlyApplicationCompleted completed) {
        transactions.executeWithoutResult(status -> events.publishEvent(completed));
    }

    /** Waits for the proposal of the application and returns its id. */
    public MonthlyProposalId proposalOf(MonthlyApplicationCompleted completed) {
        Eventually.await(() -> count(completed) > 0, Duration.ofSeconds(10));
        return new MonthlyProposalId(jdbc.sql("select id from monthly_proposal where application_id = :app")
                .param("app", completed.applicationId().value()).query(UUID.class).single());
    }

    public int count(MonthlyApplicationCompleted completed) {
        return jdbc.sql("select count(*) from monthly_proposal where application_id = :app").param("app", completed.applicationId().value())
                .query(Integer.class).single();
    }
}
