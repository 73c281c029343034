package org.numvert;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package boundaries of HOUSE-STYLE.md, enforced by the build. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.numvert");

    @Test
    void routingDependsOnTheJdkOnly() {
        classes().that().resideInAPackage("org.numvert.routing..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.numvert.routing..")
                .check(CLASSES);
    }

    @Test
    void ivrModelDependsOnTheJdkOnly() {
        // org.numvert.ivr is the pure model, parser, validator and interpreter; reading YAML
        // files (with positions) is an adapter in org.numvert.ivr.yaml that builds on it.
        classes().that().resideInAPackage("org.numvert.ivr")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.numvert.ivr")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void onlyTelephonySpeaksToAsterisk() {
        noClasses().that().resideOutsideOfPackage("org.numvert.telephony..")
                .should().dependOnClassesThat().resideInAPackage("org.asteriskjava..")
                .check(CLASSES);
    }

    @Test
    void onlyFaqUsesLucene() {
        noClasses().that().resideOutsideOfPackage("org.numvert.faq..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .check(CLASSES);
    }

    @Test
    void onlyStoreUsesJdbc() {
        noClasses().that().resideOutsideOfPackage("org.numvert.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.hsqldb..", "com.zaxxer..")
                .check(CLASSES);
    }

    @Test
    void theWebBaseKnowsNothingOfAccounts() {
        // APIs only need Principal and Role; accounts build on them, never the other way round.
        noClasses().that().resideInAPackage("org.numvert.web")
                .should().dependOnClassesThat().resideInAPackage("org.numvert.web.security..")
                .check(CLASSES);
    }

    @Test
    void recordsLieUnderTheWebAndOverTheStore() {
        // The call records are read by the web APIs and write through the store: no cycle back.
        noClasses().that().resideInAPackage("org.numvert.records..")
                .should().dependOnClassesThat().resideInAPackage("org.numvert.web..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("org.numvert.store..")
                .should().dependOnClassesThat().resideInAPackage("org.numvert.records..")
                .check(CLASSES);
    }

    @Test
    void onlyAppKnowsEverything() {
        noClasses().that().resideOutsideOfPackage("org.numvert.app..")
                .should().dependOnClassesThat().resideInAPackage("org.numvert.app..")
                .check(CLASSES);
    }
}
