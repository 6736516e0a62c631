package dev.connectorconsole;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the layers of design.md: only the ui package may touch JavaFX, and logic never reaches into the ui. */
class ArchitectureTest {
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.connectorconsole");

    @Test
    void onlyTheUiUsesJavaFx() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("dev.connectorconsole.ui..")
                .and().doNotHaveFullyQualifiedName("dev.connectorconsole.Launcher")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                        "org.kordamp.ikonli..");
        rule.check(PRODUCTION);
    }

    @Test
    void logicDoesNotDependOnTheUi() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("dev.connectorconsole.ui..")
                .and().doNotHaveFullyQualifiedName("dev.connectorconsole.Launcher")
                .should().dependOnClassesThat().resideInAPackage("dev.connectorconsole.ui..");
        rule.check(PRODUCTION);
    }
}
