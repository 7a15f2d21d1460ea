package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/**
 * TOML front matter is read up to the same limits as YAML's, counted the same way: its length
 * between the fences, and how deep arrays and inline tables nest. An error tomlj finds is reported
 * on its own line of the file, whatever the front matter's first line holds. A table is listed
 * where its own header stands, as a form shows it.
 */
class TomlLimitsTest {

    @Test
    void frontMatterOfExactlyTheLimitReadsAndOneCharMoreIsRefused() throws Exception {
        String before = "a = \"";
        String after = "\"\n";
        String filler = "x".repeat(YamlTree.MAX_CHARS - before.length() - after.length());
        String fits = "+++\n" + before + filler + after + "+++\nbody\n";
        assertThat(TestFiles.doc(fits).getString(KeyPath.of("a"))).contains(filler);
        String over = "+++\n" + before + filler + "y" + after + "+++\nbody\n";
        DocumentException e = catchThrowableOfType(() -> TestFiles.doc(over), DocumentException.class);
        assertThat(e.problem()).contains("longer than " + YamlTree.MAX_CHARS + " characters");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void arraysNestedUpToTheLimitReadAndOneLevelMoreIsRefused() throws Exception {
        int limit = YamlTree.MAX_DEPTH;
        String deepest = "+++\nx = " + "[".repeat(limit) + "1" + "]".repeat(limit) + "\n+++\n";
        assertThat(TestFiles.doc(deepest).getString(KeyPath.parse("x" + "[0]".repeat(limit)))).contains("1");
        String tooDeep = "+++\nx = " + "[".repeat(limit + 1) + "1" + "]".repeat(limit + 1) + "\n+++\n";
        DocumentException e = catchThrowableOfType(() -> TestFiles.doc(tooDeep), DocumentException.class);
        assertThat(e.problem()).contains("nests deeper than " + limit);
    }

    @Test
    void inlineTablesNestedUpToTheLimitReadAndOneLevelMoreIsRefused() throws Exception {
        int limit = YamlTree.MAX_DEPTH;
        String deepest = "+++\nx = " + "{a = ".repeat(limit - 1) + "{a = 1}" + "}".repeat(limit - 1) + "\n+++\n";
        assertThat(TestFiles.doc(deepest).getString(KeyPath.parse("x" + ".a".repeat(limit)))).contains("1");
        String tooDeep = "+++\nx = " + "{a = ".repeat(limit) + "{a = 1}" + "}".repeat(limit) + "\n+++\n";
        DocumentException e = catchThrowableOfType(() -> TestFiles.doc(tooDeep), DocumentException.class);
        assertThat(e.problem()).contains("nests deeper than " + limit);
    }

    @Test
    void anErrorAfterABlankFirstLineIsReportedOnItsLineOfTheFile() {
        DocumentException e = catchThrowableOfType(() -> TestFiles.doc("+++\n\na = \nb = 2\n+++\n"),
                DocumentException.class);
        assertThat(e.problem()).startsWith("invalid TOML front matter");
        assertThat(e.line()).isEqualTo(3);
        DocumentException first = catchThrowableOfType(() -> TestFiles.doc("+++\na = \nb = 2\n+++\n"),
                DocumentException.class);
        assertThat(first.line()).isEqualTo(2);
    }

    @Test
    void aTableIsListedWhereItsOwnHeaderStandsNotWhereItsFirstSubTableDoes() throws Exception {
        String toml = "+++\n[a.b]\nx = 1\n[c]\ny = 1\n[a]\nz = 1\n+++\n";
        Document doc = TestFiles.doc(toml);
        assertThat(doc.root().entries().keySet()).containsExactly("c", "a");
        assertThat(((MapField) doc.get(KeyPath.of("a")).orElseThrow()).entries().keySet()).containsExactly("b", "z");
        assertThat(doc.set(KeyPath.of("a", "w"), "v").text()).isEqualTo(toml.replace("z = 1\n", "z = 1\nw = \"v\"\n"));
    }
}
