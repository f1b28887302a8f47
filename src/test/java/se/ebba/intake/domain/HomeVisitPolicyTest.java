package se.ebba.intake.domain;

import se.ebba.intake.ConsentScope;
import static org.assertj.core.api.Assertions.assertThat;
import static se.ebba.intake.domain.IntakeFixtures.CASE;
import static se.ebba.intake.domain.IntakeFixtures.TODAY;
import static se.ebba.intake.domain.IntakeFixtures.by;
import static se.ebba.intake.domain.IntakeFixtures.consent;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.ebba.shared.InvalidInputException.FieldError;

class HomeVisitPolicyTest {

    static final String REASON = "Uppgifter om boendet behöver stämmas av på plats.";

    @Test
    void aHomeVisitWithAValidConsentToAHomeVisitAndAReasonIsRecorded() {
        Consent consent = consent(ConsentScope.HOME_VISIT, "2026-11-01", null);

        HomeVisitPolicy.Outcome outcome = HomeVisitPolicy.check(CASE, Optional.of(consent), TODAY.minusDays(1), REASON, TODAY, by("Karin", 0));

        assertThat(outcome).isInstanceOfSatisfying(HomeVisitPolicy.Allowed.class, a -> {
            assertThat(a.visit().consent()).isEqualTo(consent.id());
            assertThat(a.visit().reason()).isEqualTo(REASON);
        });
    }

    @Test
    void aHomeVisitWithoutConsentIsRefused() {
        assertThat(refusals(HomeVisitPolicy.check(CASE, Optional.empty(), TODAY, REASON, TODAY, by("Karin", 0))))
                .extracting(FieldError::field).containsExactly("consent");
    }

    @Test
    void aConsentToContactHealthCareDoesNotCoverAHomeVisit() {
        Consent healthCare = consent(ConsentScope.HEALTH_CARE, "2026-11-01", null);

        assertThat(refusals(HomeVisitPolicy.check(CASE, Optional.of(healthCare), TODAY, REASON, TODAY, by("Karin", 0))))
                .extracting(FieldError::message).containsExactly("Samtycket gäller hälso- och sjukvården, inte hembesök.");
    }

    @Test
    void aConsentThatExpiredOrWasWithdrawnBeforeTheVisitDoesNotCoverIt() {
        Consent expired = consent(ConsentScope.HOME_VISIT, "2026-10-01", "2026-10-31");
        Consent given = consent(ConsentScope.HOME_VISIT, "2026-10-01", null);
        Consent withdrawn = new Consent(given.id(), CASE, given.scope(), given.counterpart(), given.givenOn(), null, given.recorded(),
                given.withdraw(LocalDate.of(2026, 11, 10), TODAY, by("Karin", 5)));

        assertThat(refusals(HomeVisitPolicy.check(CASE, Optional.of(expired), TODAY, REASON, TODAY, by("Karin", 0))))
                .extracting(FieldError::field).containsExactly("consent");
        assertThat(refusals(HomeVisitPolicy.check(CASE, Optional.of(withdrawn), TODAY, REASON, TODAY, by("Karin", 0))))
                .extracting(FieldError::field).containsExactly("consent");
        assertThat(HomeVisitPolicy.check(CASE, Optional.of(withdrawn), LocalDate.of(2026, 11, 9), REASON, TODAY, by("Karin", 0)))
                .isInstanceOf(HomeVisitPolicy.Allowed.class);
    }

    @Test
    void aHomeVisitNeedsAReason() {
        Consent consent = consent(ConsentScope.HOME_VISIT, "2026-11-01", null);

        assertThat(refusals(HomeVisitPolicy.check(CASE, Optional.of(consent), TODAY, "  ", TODAY, by("Karin", 0))))
                .extracting(FieldError::field).containsExactly("reason");
    }

    private static java.util.List<FieldError> refusals(HomeVisitPolicy.Outcome outcome) {
        assertThat(outcome).isInstanceOf(HomeVisitPolicy.Refused.class);
        return ((HomeVisitPolicy.Refused) outcome).reasons();
    }
}
