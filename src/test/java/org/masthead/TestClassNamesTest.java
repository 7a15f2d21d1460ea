package org.masthead;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Surefire picks the classes it runs by name (the includes in pom.xml), so a class of tests under any other name
 * compiles, never runs, and never fails. This keeps every class with tests named so that a runner finds it:
 * {@code *Test} or {@code *Tests} for surefire, {@code *IT} for failsafe, which runs in the installer profile.
 */
class TestClassNamesTest {
    private static final List<String> TEST_ANNOTATIONS = List.of(
            "org.junit.jupiter.api.Test",
            "org.junit.jupiter.api.RepeatedTest",
            "org.junit.jupiter.api.TestFactory",
            "org.junit.jupiter.api.TestTemplate",
            "org.junit.jupiter.params.ParameterizedTest",
            "net.jqwik.api.Property",
            "net.jqwik.api.Example");
    private static final Pattern RUN_BY_A_RUNNER = Pattern.compile(".*(Test|Tests|IT)");

    private static boolean isTest(JavaMethod method) {
        return TEST_ANNOTATIONS.stream().anyMatch(a -> method.isAnnotatedWith(a) || method.isMetaAnnotatedWith(a));
    }

    /** Nested classes run with the class they sit in; that one's name is what surefire matches. */
    private static JavaClass outermost(JavaClass type) {
        JavaClass at = type;
        while (at.getEnclosingClass().isPresent()) {
            at = at.getEnclosingClass().get();
        }
        return at;
    }

    static List<String> classesWithTests() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("org.masthead").stream()
                .filter(type -> type.getMethods().stream().anyMatch(TestClassNamesTest::isTest))
                .map(type -> outermost(type).getSimpleName())
                .distinct().sorted().toList();
    }

    @Test
    void everyClassWithTestsHasANameARunnerIncludes() {
        List<String> classes = classesWithTests();
        assertThat(classes).as("classes found with tests").contains("TestClassNamesTest", "CorpusEditPropertiesTest")
                .hasSizeGreaterThan(50);
        assertThat(classes).as("classes with tests that neither surefire nor failsafe would run")
                .filteredOn(name -> !RUN_BY_A_RUNNER.matcher(name).matches()).isEmpty();
    }
}
