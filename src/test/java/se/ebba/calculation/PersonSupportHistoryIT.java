package se.ebba.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseRef;
import se.ebba.casefile.HouseholdRegistration;
import se.ebba.casefile.HouseholdRegistration.PersonInput;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.HouseholdRole;
import se.ebba.identity.Units;
import se.ebba.identity.Users;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.Eventually;
import se.ebba.support.Households;
import se.ebba.support.TestUsers;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.domain.UnitId;

/**
 * Jobbstimulans follows the person (the unit's person record) across households and cases, from the
 * decisions recorded per adult, against the embedded PostgreSQL.
 */
@EbbaIntegrationTest
class PersonSupportHistoryIT {

    @Autowired
    SupportHistoryRecorder recorder;
    @Autowired
    Calculations calculations;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    Units units;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;

    record Decided(CaseId caseId, YearMonth month, UUID decisionReference, Optional<UUID> replacedDecisionReference,
                   boolean livelihoodSupportGranted) implements LivelihoodSupportDecided {
    }

    private UUID grant(CaseId caseId, YearMonth month) {
        UUID id = UUID.randomUUID();
        deliver(new Decided(caseId, month, id, Optional.empty(), true));
        return id;
    }

    /** Delivers the event to the listener (asynchronous, as after a decision's commit) and waits until it is recorded. */
    private void deliver(Decided decided) {
        recorder.on(decided);
        Eventually.await(() -> jdbc.sql("select count(*) from support_month where decision_id = :d").param("d", decided.decisionReference())
                .query(Long.class).single() == 1, Duration.ofSeconds(10));
    }

    /** The demo unit and its intake officer (the shared context's data: no unit of its own, see DemoDataIT). */
    private UnitId unit() {
        return units.byCode("OSTERMALM").orElseThrow().id();
    }

    private CurrentUser intake() {
        return TestUsers.loggedIn(users, "mottagning.ost");
    }

    private CaseRef household(String born, String first, String last) {
        return caseFiles.registerHousehold(new HouseholdRegistration(unit(), PersonInput.of(Households.personalNumber(born), first, last),
                null, List.of(), List.of(), null), intake());
    }

    private void grantMonths(CaseId caseId, String from, int count) {
        for (int i = 0; i < count; i++) {
            grant(caseId, YearMonth.parse(from).plusMonths(i));
        }
    }

    @Test
    void aPersonWhoMovesToAnotherHouseholdKeepsTheirMonthsWithSupport() {
        String moverNumber = Households.personalNumber("19900101");
        CaseRef first = caseFiles.registerHousehold(new HouseholdRegistration(unit(),
                PersonInput.of(moverNumber, "Sam", "Flytt"), null, List.of(), List.of(), null), intake());
        grantMonths(first.id(), "2026-01", 4);
        caseFiles.closeAsSystem(first.id(), "Flyttar ihop med sambo");

        CaseRef second = caseFiles.registerHousehold(new HouseholdRegistration(unit(),
                PersonInput.of(Households.personalNumber("19880202"), "Robin", "Ny"), PersonInput.of(moverNumber, "Sam", "Flytt"),
                List.of(), List.of(), null), intake());
        grantMonths(second.id(), "2026-05", 2);

        List<AdultJobStimulus> adults = calculations.jobStimulusPerAdult(second.id(), YearMonth.of(2026, 7));
        assertThat(adults).extracting(AdultJobStimulus::role).containsExactly(HouseholdRole.APPLICANT, HouseholdRole.CO_APPLICANT);
        AdultJobStimulus mover = adults.get(1);
        assertThat(mover.status().applies()).isTrue();
        assertThat(mover.status().periodStart()).isEqualTo(YearMonth.of(2026, 7));
        AdultJobStimulus newcomer = adults.get(0);
        assertThat(newcomer.status().applies()).isFalse();
        assertThat(newcomer.status().consecutiveMonths()).isEqualTo(2);
        // The case-level reading keeps working: it is the applicant's status.
        assertThat(calculations.jobStimulus(second.id(), YearMonth.of(2026, 7))).isEqualTo(newcomer.status());
    }

    @Test
    void aReplacedDecisionDoesNotCountAndARepeatedDeliveryIsRecordedOnce() {
        CaseId caseId = household("19840303", "Alex", "Ersatt").id();
        grantMonths(caseId, "2026-01", 5);
        UUID june = grant(caseId, YearMonth.of(2026, 6));
        deliver(new Decided(caseId, YearMonth.of(2026, 6), june, Optional.empty(), true)); // redelivered
        assertThat(calculations.jobStimulus(caseId, YearMonth.of(2026, 7)).applies()).isTrue();

        deliver(new Decided(caseId, YearMonth.of(2026, 6), UUID.randomUUID(), Optional.of(june), false));

        var status = calculations.jobStimulus(caseId, YearMonth.of(2026, 7));
        assertThat(status.applies()).isFalse();
        assertThat(status.consecutiveMonths()).isZero();
        assertThat(jdbc.sql("select count(*) from person_support_month where decision_id = :d").param("d", june)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void childrenAreNotRecordedOnlyTheAdults() {
        CaseRef withChild = caseFiles.registerHousehold(new HouseholdRegistration(unit(),
                PersonInput.of(Households.personalNumber("19850404"), "Kim", "Barnsson"), null,
                List.of(PersonInput.of(Households.personalNumber("20150505"), "Tove", "Barnsson")), List.of(), null), intake());
        UUID decision = grant(withChild.id(), YearMonth.of(2026, 3));
        assertThat(jdbc.sql("select count(*) from person_support_month where decision_id = :d").param("d", decision)
                .query(Long.class).single()).isEqualTo(1);
    }
}
