package se.ebba.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ebba.application.Applications;
import se.ebba.appeal.Appeals;
import se.ebba.calculation.Calculations;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.calculation.domain.MemberRole;
import se.ebba.casefile.domain.CaseId;
import se.ebba.application.domain.Application;
import se.ebba.application.domain.ApplicationKind;
import se.ebba.decision.domain.DecisionDraft;
import se.ebba.decision.domain.DecisionDraft.ItemDecision;
import se.ebba.decision.domain.DecisionGround;
import se.ebba.application.domain.ItemKind;
import se.ebba.decision.domain.Outcome;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.Users;
import se.ebba.shared.InvalidInputException;
import se.ebba.support.Api;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.Households;
import se.ebba.support.TestUsers;

/** A granted amount above the plausible bound (amount_limit GRANTED_ITEM) is never decided. */
@EbbaIntegrationTest
class GrantLimitIT {

    @LocalServerPort
    int port;
    @Autowired
    Decisions decisions;
    @Autowired
    Applications applications;
    @Autowired
    Calculations calculations;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void aGrantOfMillionsFromACalculationIsRefusedNamingTheItemAndNothingIsDecided() {
        CurrentUser manager = TestUsers.loggedIn(users, "handlaggare.ost");
        CaseId caseId = new CaseId(UUID.fromString(Api.as("mottagning.ost", port)
                .post("/api/v1/cases", Households.singleAdult("OSTERMALM", "19750101", "Miljon", "Beviljadsson")).json().get("caseId").asString()));
        YearMonth month = YearMonth.now(clock).plusMonths(1);
        Application application = applications.register(caseId, new Applications.NewApplication(ApplicationKind.FIRST, month, LocalDate.now(clock),
                List.of(new Applications.NewItem(ItemKind.LIVELIHOOD_SUPPORT, null, null))), manager);
        // three needs, each within its own bound, add up to a försörjningsstöd of almost three million kronor
        calculations.save(caseId, manager.units().iterator().next(), new CalculationInput(month,
                List.of(new CalculationInput.Member(MemberRole.APPLICANT, LocalDate.of(1975, 1, 1), false, false)), null, List.of(), List.of(),
                List.of(), List.of(new CalculationInput.OtherNeed("Skuld 1", 990_000), new CalculationInput.OtherNeed("Skuld 2", 990_000),
                        new CalculationInput.OtherNeed("Skuld 3", 20_000))), manager.id());
        long decisionsBefore = jdbc.sql("select count(*) from decision").query(Long.class).single();

        DecisionDraft grant = new DecisionDraft(List.of(new ItemDecision(application.items().get(0).id(), Outcome.GRANTED, null)),
                DecisionGround.NEED_ASSESSMENT, "", null);

        assertThatThrownBy(() -> decisions.decide(caseId, application.id(), grant, manager))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .anySatisfy(f -> {
                            assertThat(f.field()).isEqualTo("item0.outcome");
                            assertThat(f.message()).contains("beviljat belopp får vara högst");
                        }));
        assertThat(jdbc.sql("select count(*) from decision").query(Long.class).single()).isEqualTo(decisionsBefore);
    }
}
