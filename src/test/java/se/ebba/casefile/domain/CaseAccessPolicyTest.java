package se.ebba.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.ebba.casefile.domain.CaseAccessPolicy.Access;
import se.ebba.identity.domain.Role;

class CaseAccessPolicyTest {

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"AUDITOR", "QUALITY_DEVELOPER", "ADMIN", "APPLICANT"})
    void rolesWhoseWorkIsNotInEbbaYetReadNothingOfACase(Role role) {
        for (CaseContent content : CaseContent.values()) {
            assertThat(CaseAccessPolicy.of(role, content)).as(role + " " + content).isEqualTo(Access.NONE);
        }
    }

    @Test
    void theFraudInvestigatorReadsEverythingButWritesOnlyInTheJournalAndTheRecovery() {
        for (CaseContent content : CaseContent.values()) {
            assertThat(CaseAccessPolicy.of(Role.FRAUD_INVESTIGATOR, content).reads()).isTrue();
            assertThat(CaseAccessPolicy.of(Role.FRAUD_INVESTIGATOR, content).changes()).as(content.name())
                    .isEqualTo(content == CaseContent.JOURNAL || content == CaseContent.RECOVERY);
        }
    }

    @Test
    void theCashierChecksPaymentsAndReadsNothingElseOfACase() {
        for (CaseContent content : CaseContent.values()) {
            assertThat(CaseAccessPolicy.of(Role.CASHIER, content)).as(content.name())
                    .isEqualTo(content == CaseContent.PAYMENT ? Access.CHANGE : Access.NONE);
        }
    }

    @Test
    void caseworkersChangeTheirCasesAndTheMostGenerousRoleCounts() {
        assertThat(CaseAccessPolicy.mayChange(List.of(Role.CASEWORKER), CaseContent.DECISION)).isTrue();
        assertThat(CaseAccessPolicy.mayChange(List.of(Role.AUDITOR, Role.TEAM_LEAD), CaseContent.APPLICATION)).isTrue();
        assertThat(CaseAccessPolicy.mayRead(List.of(Role.AUDITOR, Role.CASHIER), CaseContent.CASE)).isFalse();
    }

    @Test
    void theMenuOfARoleShowsCasePagesExactlyWhenThePolicyLetsItReadCases() {
        for (Role role : EnumSet.allOf(Role.class)) {
            assertThat(role.readsCaseContents()).as(role.name()).isEqualTo(CaseAccessPolicy.of(role, CaseContent.CASE).reads());
        }
    }
}
