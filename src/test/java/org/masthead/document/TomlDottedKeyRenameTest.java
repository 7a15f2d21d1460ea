package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Renaming a TOML key rewrites only the last part of its dotted key or table header, however the
 * parts are quoted, escaped or spaced; the new name is written bare when TOML allows it and quoted
 * otherwise. Each expected file is written out by hand.
 */
class TomlDottedKeyRenameTest {

    private static String renamed(String frontMatter, KeyPath path, String name) throws DocumentException {
        return TestFiles.doc("+++\n" + frontMatter + "+++\nBody\n").renameKey(path, name).text();
    }

    private static String file(String frontMatter) {
        return "+++\n" + frontMatter + "+++\nBody\n";
    }

    @Test
    void theLastPartOfADottedKeyIsRenamedWithItsSpacing() throws DocumentException {
        assertThat(renamed("a.b = 1\nc = 2\n", KeyPath.of("a", "b"), "z")).isEqualTo(file("a.z = 1\nc = 2\n"));
        assertThat(renamed("a . b = 1\n", KeyPath.of("a", "b"), "z")).isEqualTo(file("a . z = 1\n"));
        assertThat(renamed("a\t.\tb = 1\n", KeyPath.of("a", "b"), "z")).isEqualTo(file("a\t.\tz = 1\n"));
        assertThat(renamed("x.y.long_name = 1\n", KeyPath.of("x", "y", "long_name"), "s")).isEqualTo(file("x.y.s = 1\n"));
    }

    @Test
    void aQuotedPartHoldingADotIsOnePart() throws DocumentException {
        assertThat(renamed("a.\"b.c\" = 1\n", KeyPath.of("a", "b.c"), "z")).isEqualTo(file("a.\"z\" = 1\n"));
        assertThat(renamed("\"a.x\".b = 1\n", KeyPath.of("a.x", "b"), "z")).isEqualTo(file("\"a.x\".z = 1\n"));
        assertThat(renamed("'a.x'.'b.y' = 1\n", KeyPath.of("a.x", "b.y"), "z")).isEqualTo(file("'a.x'.'z' = 1\n"));
    }

    @Test
    void anEscapedQuoteDoesNotEndABasicPart() throws DocumentException {
        // "q\".x" is the one key q".x: the escaped quote neither ends it nor lets its dot split it
        assertThat(renamed("a.\"q\\\".x\" = 1\n", KeyPath.of("a", "q\".x"), "z")).isEqualTo(file("a.\"z\" = 1\n"));
        assertThat(renamed("\"p\\\\\".b = 1\n", KeyPath.of("p\\", "b"), "z")).isEqualTo(file("\"p\\\\\".z = 1\n"));
    }

    @Test
    void theLastPartOfATableHeaderIsRenamed() throws DocumentException {
        assertThat(renamed("[t]\nk = 1\n", KeyPath.of("t"), "u")).isEqualTo(file("[u]\nk = 1\n"));
        assertThat(renamed("[a.b]\nk = 1\n", KeyPath.of("a", "b"), "c")).isEqualTo(file("[a.c]\nk = 1\n"));
        assertThat(renamed("[a . \"b\"]\nk = 1\n", KeyPath.of("a", "b"), "c")).isEqualTo(file("[a . \"c\"]\nk = 1\n"));
    }

    @Test
    void aNameOfLettersDigitsDashesAndUnderscoresIsWrittenBare() throws DocumentException {
        // both ends of each range TOML allows in a bare key
        assertThat(renamed("k = 1\n", KeyPath.of("k"), "azAZ09_-")).isEqualTo(file("azAZ09_- = 1\n"));
        assertThat(renamed("[t]\nk = 1\n", KeyPath.of("t", "k"), "Z_9-a")).isEqualTo(file("[t]\nZ_9-a = 1\n"));
    }

    @Test
    void aNameWithAnyOtherCharacterIsQuoted() throws DocumentException {
        // the chars just outside each range: ` before a, { after z, @ before A, [ after Z, / before 0, : after 9
        for (String name : new String[] {"a`", "z{", "@A", "Z[", "/0", "9:", "x.y", "new name", "é"}) {
            assertThat(renamed("k = 1\n", KeyPath.of("k"), name)).as(name).isEqualTo(file("\"" + name + "\" = 1\n"));
        }
    }

    @Test
    void aQuotedOrLiteralKeyStaysQuoted() throws DocumentException {
        assertThat(renamed("\"k\" = 1\n", KeyPath.of("k"), "z")).isEqualTo(file("\"z\" = 1\n"));
        assertThat(renamed("a.'lit' = 1\n", KeyPath.of("a", "lit"), "new name")).isEqualTo(file("a.'new name' = 1\n"));
    }
}
