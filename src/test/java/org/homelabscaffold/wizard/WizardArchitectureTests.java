package org.homelabscaffold.wizard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.homelabscaffold.output.DiskSink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The wizard asks and never generates or writes, and each terminal library stays in its own package. */
class WizardArchitectureTests {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // Rules here test package names only, so classes outside the project need not be loaded.
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.homelabscaffold");
    }

    @AfterAll
    static void restoreConfiguration() {
        ArchConfiguration.get().reset();
    }

    @Test
    void wizardNeverRunsEngineOrWritesFiles() {
        noClasses().that().resideInAPackage("org.homelabscaffold.wizard..")
                .should().dependOnClassesThat().resideInAnyPackage("org.homelabscaffold.engine..",
                        "org.homelabscaffold.recipe..", "org.homelabscaffold.render..", "org.homelabscaffold.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("org.homelabscaffold.wizard..")
                .should().dependOnClassesThat().areAssignableTo(DiskSink.class)
                .check(classes);
    }

    @Test
    void lanternaStaysInScreenPackage() {
        noClasses().that().resideOutsideOfPackage("org.homelabscaffold.wizard.screen..")
                .should().dependOnClassesThat().resideInAPackage("com.googlecode.lanterna..")
                .check(classes);
    }

    @Test
    void jlineStaysInPromptPackage() {
        noClasses().that().resideOutsideOfPackage("org.homelabscaffold.wizard.prompt..")
                .should().dependOnClassesThat().resideInAPackage("org.jline..")
                .check(classes);
    }

    @Test
    void onlyInteractiveNewStartsFrontEnds() {
        noClasses().that().resideOutsideOfPackage("org.homelabscaffold.wizard..")
                .and().doNotHaveSimpleName("InteractiveNew")
                .should().dependOnClassesThat().resideInAnyPackage("org.homelabscaffold.wizard.screen..",
                        "org.homelabscaffold.wizard.prompt..")
                .check(classes);
    }
}
