package se.ebba.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OpenCasePolicyTest {

    @Test
    void aPersonWithoutOpenCasesMayGetANewOne() {
        OpenCasePolicy.Outcome outcome = OpenCasePolicy.check(List.of(), false);

        assertThat(outcome.allowsNewCase()).isTrue();
        assertThat(outcome).isInstanceOf(OpenCasePolicy.Outcome.NoOpenCase.class);
    }

    @Test
    void anOpenCaseAtThisUnitStopsTheRegistrationAndIsNamed() {
        OpenCasePolicy.Outcome outcome = OpenCasePolicy.check(List.of(new CaseNumber("EB-2026-000042")), false);

        assertThat(outcome.allowsNewCase()).isFalse();
        assertThat(outcome.message()).contains("EB-2026-000042").contains("Öppna det ärendet");
    }

    @Test
    void anOpenCaseAtAnotherUnitStopsTheRegistrationWithoutNamingAnythingOfIt() {
        OpenCasePolicy.Outcome outcome = OpenCasePolicy.check(List.of(), true);

        assertThat(outcome.allowsNewCase()).isFalse();
        assertThat(outcome.message()).contains("annan enhet").contains("sekretess").doesNotContain("EB-");
        assertThat(outcome.message()).doesNotContain("Bromma").doesNotContain("Östermalm");
    }

    @Test
    void anOpenCaseHereIsNamedRatherThanOneElsewhere() {
        OpenCasePolicy.Outcome outcome = OpenCasePolicy.check(List.of(new CaseNumber("EB-2026-000007")), true);

        assertThat(outcome).isEqualTo(new OpenCasePolicy.Outcome.OpenHere(new CaseNumber("EB-2026-000007")));
    }
}
