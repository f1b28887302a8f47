package se.ebba;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
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

    @Test
    void webControllersAreNotPartOfAnyModulesApi() {
        classes().that().resideInAPackage("se.ebba..web..").and().haveSimpleNameEndingWith("Controller")
                .should().notBePublic()
                .allowEmptyShould(false)
                .check(CLASSES);
    }
}
