package dev.connectorconsole;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps the layers of design.md: only the ui package may touch JavaFX, logic never reaches into the ui, and the ui
 * reaches the engine and the connector through the application layer ({@code app}), never through their adapters.
 */
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

    @Test
    void engineAndHttpAdaptersStayOutOfTheUi() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.connectorconsole.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("com.github.dockerjava..", "okhttp3..",
                        "java.net.http..", "com.sun.net.httpserver..")
                .because("the ui binds to the application layer; engine and HTTP adapters live below it");
        rule.check(PRODUCTION);
    }

    @Test
    void theApplicationLayerDoesNotUseJavaFx() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.connectorconsole.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.connectorconsole.ui..");
        rule.check(PRODUCTION);
    }
}
