package se.ebba;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(EbbaApplication.class);

    @Test
    void modulesOnlyUseEachOthersApisAndHaveNoCycles() {
        MODULES.verify();
    }

    @Test
    void theCapabilitiesOfTheFoundationAreModules() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("identity", "audit", "casefile", "journal", "shared", "demo", "application", "decision", "appeal");
    }

    @Test
    void repositoriesAreNotExposedToOtherModulesOnlyIdsAndValueTypesAre() {
        assertThat(MODULES.getModuleByName("casefile").orElseThrow().isExposed(se.ebba.casefile.internal.Cases.class)).isFalse();
        assertThat(MODULES.getModuleByName("journal").orElseThrow().isExposed(se.ebba.journal.internal.Journals.class)).isFalse();
        assertThat(MODULES.getModuleByName("decision").orElseThrow().isExposed(se.ebba.decision.internal.MadeDecisions.class)).isFalse();
        assertThat(MODULES.getModuleByName("application").orElseThrow().isExposed(se.ebba.application.internal.StoredApplications.class)).isFalse();
        assertThat(MODULES.getModuleByName("appeal").orElseThrow().isExposed(se.ebba.appeal.internal.LodgedAppeals.class)).isFalse();
        assertThat(MODULES.getModuleByName("casefile").orElseThrow().isExposed(se.ebba.casefile.domain.CaseId.class)).isTrue();
    }

    @Test
    void writesModuleDiagramsForTheArchitectureDocs() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
