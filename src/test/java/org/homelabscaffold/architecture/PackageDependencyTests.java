package org.homelabscaffold.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The allowed directions between packages: answers know nothing of how they are used, the recipe
 * knows no UI or file system, the wizard asks and never generates, and nothing depends on the
 * command-line layer.
 */
class PackageDependencyTests {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.homelabscaffold");
    }

    @Test
    void answersDependOnNoOtherLayer() {
        noClasses().that().resideInAPackage("..answers..").should().dependOnClassesThat()
                .resideInAnyPackage("..recipe..", "..render..", "..output..", "..engine..", "..cli..", "..wizard..",
                        "..update..", "..detect..")
                .check(classes);
    }

    @Test
    void recipeKnowsNoUiTemplatesOrFiles() {
        noClasses().that().resideInAPackage("..recipe..").should().dependOnClassesThat()
                .resideInAnyPackage("..render..", "..output..", "..engine..", "..cli..", "..wizard..", "..update..",
                        "java.nio.file..", "com.googlecode.lanterna..", "org.jline..")
                .check(classes);
    }

    @Test
    void nothingDependsOnCommandLine() {
        noClasses().that().resideOutsideOfPackage("..cli..").should().dependOnClassesThat()
                .resideInAPackage("..cli..")
                .check(classes);
    }

    @Test
    void onlyOutputWritesFiles() {
        noClasses().that().resideOutsideOfPackage("..output..").should().callMethod(java.nio.file.Files.class,
                        "writeString", java.nio.file.Path.class, CharSequence.class, java.nio.file.OpenOption[].class)
                .orShould().callMethod(java.nio.file.Files.class, "write", java.nio.file.Path.class, byte[].class,
                        java.nio.file.OpenOption[].class)
                .check(classes);
    }

    @Test
    void wizardNeverWritesFiles() {
        noClasses().that().resideInAPackage("..wizard..").should().dependOnClassesThat()
                .haveFullyQualifiedName("org.homelabscaffold.output.DiskSink")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void detectionReadsOnly() {
        noClasses().that().resideInAPackage("..detect..").should().dependOnClassesThat()
                .resideInAnyPackage("..recipe..", "..render..", "..output..", "..engine..", "..cli..", "..wizard..")
                .check(classes);
    }
}
