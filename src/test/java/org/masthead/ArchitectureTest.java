package org.masthead;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The model, the checks and the command line must run without JavaFX: only {@code ui} may use it. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.masthead");

    @Test
    void onlyTheUiPackageUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.masthead.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..")
                .because("only org.masthead.ui may use JavaFX; the core must run headless")
                .check(MAIN);
    }

    @Test
    void theCoreDoesNotReachIntoTheUi() {
        noClasses().that().resideOutsideOfPackage("org.masthead.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.masthead.ui..")
                .check(MAIN);
    }
}
