package org.masthead;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layers, each using only those below it: document, then content, then the checks and the
 * rendering, then the two front ends, and the composition root ({@code App}) on top. The model,
 * the checks and the command line run without JavaFX: only {@code ui} may use it.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.masthead");

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("App").definedBy("org.masthead")
                .layer("Front ends").definedBy("org.masthead.cli..", "org.masthead.ui..")
                .layer("Window models").definedBy("org.masthead.session..")
                .layer("Checks and rendering").definedBy("org.masthead.seo..", "org.masthead.render..", "org.masthead.spell..")
                .layer("Content").definedBy("org.masthead.content..")
                .layer("Document").definedBy("org.masthead.document..")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("Front ends").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Window models").mayOnlyBeAccessedByLayers("Front ends", "App")
                .whereLayer("Checks and rendering").mayOnlyBeAccessedByLayers("Window models", "Front ends", "App")
                .whereLayer("Content").mayOnlyBeAccessedByLayers("Checks and rendering", "Window models", "Front ends",
                        "App")
                .whereLayer("Document").mayOnlyBeAccessedByLayers("Content", "Checks and rendering", "Window models",
                        "Front ends", "App")
                .check(MAIN);
    }

    @Test
    void theTwoFrontEndsDoNotUseEachOther() {
        noClasses().that().resideInAPackage("org.masthead.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.masthead.ui..")
                .because("App hands the command line what it needs of the window")
                .check(MAIN);
        noClasses().that().resideInAPackage("org.masthead.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.masthead.cli..")
                .check(MAIN);
    }

    @Test
    void everyClassOfTheUiUsesJavaFxAndTheModelsDoNot() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that().resideInAPackage("org.masthead.ui")
                .and().areTopLevelClasses().and().doNotHaveSimpleName("package-info")
                .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass>(
                        "use JavaFX, or a pane or controller that does") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaClass type,
                                      com.tngtech.archunit.lang.ConditionEvents events) {
                        boolean fx = type.getDirectDependenciesFromSelf().stream().anyMatch(d -> {
                            String target = d.getTargetClass().getPackageName();
                            return target.startsWith("javafx") || target.startsWith("org.fxmisc")
                                    || target.equals("org.masthead.ui");
                        });
                        if (!fx) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(type,
                                    type.getName() + " has no JavaFX: it belongs in org.masthead.session"));
                        }
                    }
                })
                .check(MAIN);
        noClasses().that().resideInAPackage("org.masthead.session..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.masthead.ui..")
                .check(MAIN);
    }

    @Test
    void onlyTheUiPackageUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.masthead.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..")
                .because("only org.masthead.ui may use JavaFX; the core must run headless")
                .check(MAIN);
    }
}
