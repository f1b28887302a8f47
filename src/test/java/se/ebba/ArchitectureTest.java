package se.ebba;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/**
 * Keeps the domain pure. Every rule names packages that exist (checked by the first test), so
 * that a rule cannot pass by matching nothing.
 */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.ebba");

    @Test
    void everyRuleTargetsPackagesThatExist() {
        classes().that().resideInAPackage("se.ebba..domain..").should().bePublic().orShould().notBePublic()
                .allowEmptyShould(false).check(CLASSES);
        classes().that().resideInAPackage("se.ebba..web..").should().bePublic().orShould().notBePublic()
                .allowEmptyShould(false).check(CLASSES);
        classes().that().resideInAPackage("se.ebba..persistence..").should().bePublic().orShould().notBePublic()
                .allowEmptyShould(false).check(CLASSES);
    }

    @Test
    void domainCodeDoesNotImportWebPersistenceOrSpring() {
        ArchRule rule = noClasses().that().resideInAPackage("se.ebba..domain..").and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.servlet..", "jakarta.persistence..", "java.sql..", "javax.sql..",
                        "com.fasterxml.jackson..", "tools.jackson..", "se.ebba..web..", "se.ebba..persistence..")
                .allowEmptyShould(false);
        rule.check(CLASSES);
    }

    @Test
    void onlyPersistenceAdaptersTalkToTheDatabase() {
        noClasses().that().resideOutsideOfPackages("se.ebba..persistence..", "se.ebba.shared.infra..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    /**
     * A repository is an interface that a {@code ..persistence..} adapter implements, outside the
     * module's base package (the base package is the module's API: {@code AccessLog}, {@code Persons}
     * … are services that check and log). Repositories read and write a module's data unchecked, so
     * only their own module may use them; other modules go through the module's API, which takes
     * the acting user, checks the unit and writes the access log.
     */
    static final DescribedPredicate<JavaClass> REPOSITORIES = new DescribedPredicate<>(
            "repositories (interfaces implemented in ..persistence.., outside the module's API package)") {
        @Override
        public boolean test(JavaClass c) {
            return c.isInterface() && c.getPackageName().startsWith("se.ebba.") && !c.getPackageName().equals("se.ebba." + moduleOf(c))
                    && c.getAllSubclasses().stream().anyMatch(impl -> impl.getPackageName().contains(".persistence"));
        }
    };

    static String moduleOf(JavaClass c) {
        String rest = c.getPackageName().substring("se.ebba.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    static final ArchCondition<JavaClass> ONLY_USED_IN_THEIR_OWN_MODULE = new ArchCondition<>("be used only inside their own module") {
        @Override
        public void check(JavaClass repository, ConditionEvents events) {
            for (Dependency d : repository.getDirectDependenciesToSelf()) {
                JavaClass user = d.getOriginClass();
                if (user.getPackageName().startsWith("se.ebba.") && !moduleOf(user).equals(moduleOf(repository))) {
                    events.add(SimpleConditionEvent.violated(d, user.getName() + " (module " + moduleOf(user) + ") uses the repository "
                            + repository.getName() + " of module " + moduleOf(repository) + ": " + d.getDescription()));
                }
            }
        }
    };

    static ArchRule repositoriesStayInsideTheirModule() {
        return classes().that(REPOSITORIES).should(ONLY_USED_IN_THEIR_OWN_MODULE).allowEmptyShould(false);
    }

    @Test
    void aRepositoryIsUsedOnlyInsideItsOwnModule() {
        repositoriesStayInsideTheirModule().check(CLASSES);
    }

    @Test
    void theRepositoryRuleFindsTheRepositoriesAndNotTheModuleApis() {
        assertThat(CLASSES.stream().filter(REPOSITORIES).map(JavaClass::getSimpleName))
                .contains("Cases", "Journals", "MadeDecisions", "StoredApplications", "LodgedAppeals")
                .doesNotContain("AccessLog", "Persons", "Users", "Units", "RuleTables");
    }

    @Test
    void theRepositoryRuleRejectsAnotherModuleReadingTheCaseRepository() {
        JavaClasses withIntruder = new ClassFileImporter().importPackages("se.ebba.casefile", "se.ebba.journal.sneaky");
        assertThatThrownBy(() -> repositoriesStayInsideTheirModule().check(withIntruder))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ReadsCasesUnchecked (module journal) uses the repository se.ebba.casefile.internal.Cases");
    }

    @Test
    void webControllersAreNotPartOfAnyModulesApi() {
        classes().that().resideInAPackage("se.ebba..web..").and().haveSimpleNameEndingWith("Controller")
                .should().notBePublic()
                .allowEmptyShould(false)
                .check(CLASSES);
    }
}
