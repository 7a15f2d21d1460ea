package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/**
 * Where TOML values, keys and tables start and end, at the edges a splice can get wrong: the last
 * quotes of multi-line strings, escapes before a closing quote, dates with a space, comments and
 * trailing commas in arrays, dotted and quoted keys, and the lines each value is reported on.
 */
class TomlBoundaryTest {

    private static String at(Document doc, String path) {
        Field f = doc.get(KeyPath.parse(path)).orElseThrow();
        return doc.text().substring(f.span().start(), f.span().end());
    }

    private static int line(Document doc, String path) {
        return doc.get(KeyPath.parse(path)).orElseThrow().line();
    }

    @Test
    void aMultiLineStringEndsAfterUpToTwoQuotesThatBelongToItsValue() throws Exception {
        String toml = "+++\na = \"\"\"one\"\"\"\"\"\nb = \"\"\"two\"\"\"\"\nc = \"\"\"three\"\"\"\nd = 1\n+++\n";
        Document doc = TestFiles.doc(toml);
        assertThat(doc.getString(KeyPath.of("a"))).contains("one\"\"");
        assertThat(at(doc, "a")).isEqualTo("\"\"\"one\"\"\"\"\"");
        assertThat(doc.getString(KeyPath.of("b"))).contains("two\"");
        assertThat(at(doc, "b")).isEqualTo("\"\"\"two\"\"\"\"");
        assertThat(at(doc, "c")).isEqualTo("\"\"\"three\"\"\"");
        assertThat(doc.set(KeyPath.of("d"), "2").text()).isEqualTo(toml.replace("d = 1", "d = 2"));
        assertThat(doc.set(KeyPath.of("b"), "x").text()).isEqualTo(toml.replace("\"\"\"two\"\"\"\"", "\"x\""));
    }

    @Test
    void anEscapedQuoteInsideAMultiLineBasicStringDoesNotCloseIt() throws Exception {
        String toml = "+++\na = \"\"\"say \\\"\"\" twice\"\"\"\nb = \"\"\"ends in \\\\\"\"\"\nc = '''raw \\'''\nd = 1\n+++\n";
        Document doc = TestFiles.doc(toml);
        assertThat(doc.getString(KeyPath.of("a"))).contains("say \"\"\" twice");
        assertThat(at(doc, "a")).isEqualTo("\"\"\"say \\\"\"\" twice\"\"\"");
        assertThat(doc.getString(KeyPath.of("b"))).contains("ends in \\");
        assertThat(at(doc, "b")).isEqualTo("\"\"\"ends in \\\\\"\"\"");
        assertThat(doc.getString(KeyPath.of("c"))).contains("raw \\");
        assertThat(at(doc, "c")).isEqualTo("'''raw \\'''");
        assertThat(doc.set(KeyPath.of("d"), "5").text()).isEqualTo(toml.replace("d = 1", "d = 5"));
    }

    @Test
    void aBasicStringEndsAtTheFirstUnescapedQuote() throws Exception {
        String toml = "+++\na = \"x\\\\\"\nb = \"q\\\"q\"\nc = 'back\\'\n+++\n";
        Document doc = TestFiles.doc(toml);
        assertThat(at(doc, "a")).isEqualTo("\"x\\\\\"");
        assertThat(doc.getString(KeyPath.of("a"))).contains("x\\");
        assertThat(at(doc, "b")).isEqualTo("\"q\\\"q\"");
        assertThat(at(doc, "c")).isEqualTo("'back\\'");
        assertThat(doc.set(KeyPath.of("a"), "y").text()).isEqualTo(toml.replace("\"x\\\\\"", "\"y\""));
    }

    @Test
    void aDateWithASpaceBeforeItsTimeIsOneValue() throws Exception {
        String toml = "+++\nwhen = 2024-01-02 03:04:05\nday = 2024-05-06 # a comment\nlast = 2024-07-08\n+++\n";
        Document doc = TestFiles.doc(toml);
        assertThat(at(doc, "when")).isEqualTo("2024-01-02 03:04:05");
        assertThat(at(doc, "day")).isEqualTo("2024-05-06");
        assertThat(at(doc, "last")).isEqualTo("2024-07-08");
        assertThat(doc.set(KeyPath.of("when"), "2025-01-01").text())
                .isEqualTo(toml.replace("2024-01-02 03:04:05", "2025-01-01"));
        assertThat(doc.set(KeyPath.of("day"), "2025-02-02").text())
                .isEqualTo(toml.replace("2024-05-06 # a comment", "2025-02-02 # a comment"));
    }

    @Test
    void aValueRightBeforeTheClosingFenceEndsThere() throws Exception {
        String toml = "+++\nn = 42\n+++";
        Document doc = TestFiles.doc(toml);
        assertThat(at(doc, "n")).isEqualTo("42");
        assertThat(doc.set(KeyPath.of("n"), "43").text()).isEqualTo("+++\nn = 43\n+++");
    }

    @Test
    void arraysWithCommentsNewlinesAndATrailingCommaKeepEveryItemInPlace() throws Exception {
        String toml = "+++\ntags = [\n  \"a\", # first\n  'b' ,\n  3,\n]\nnext = true\n+++\n";
        Document doc = TestFiles.doc(toml);
        assertThat(at(doc, "tags[0]")).isEqualTo("\"a\"");
        assertThat(at(doc, "tags[1]")).isEqualTo("'b'");
        assertThat(at(doc, "tags[2]")).isEqualTo("3");
        assertThat(at(doc, "tags")).isEqualTo("[\n  \"a\", # first\n  'b' ,\n  3,\n]");
        assertThat(line(doc, "tags[1]")).isEqualTo(4);
        assertThat(line(doc, "next")).isEqualTo(7);
        assertThat(doc.set(KeyPath.parse("tags[1]"), "c").text()).isEqualTo(toml.replace("'b'", "'c'"));
        assertThat(doc.set(KeyPath.of("next"), "false").text()).isEqualTo(toml.replace("true", "false"));
    }

    @Test
    void inlineTablesAndEmptyCollectionsHaveTheirOwnSpans() throws Exception {
        String toml = "+++\np = { a = 1, 'b c' = \"x\", d.e = 2 }\nq = []\nr = {}\n+++\n";
        Document doc = TestFiles.doc(toml);
        assertThat(at(doc, "p")).isEqualTo("{ a = 1, 'b c' = \"x\", d.e = 2 }");
        assertThat(at(doc, "p.b c")).isEqualTo("\"x\"");
        assertThat(at(doc, "p.d.e")).isEqualTo("2");
        assertThat(at(doc, "q")).isEqualTo("[]");
        assertThat(at(doc, "r")).isEqualTo("{}");
        assertThat(doc.set(KeyPath.of("p", "b c"), "y").text()).isEqualTo(toml.replace("\"x\"", "\"y\""));
        assertThat(doc.set(KeyPath.of("p", "d", "e"), "3").text()).isEqualTo(toml.replace("e = 2", "e = 3"));
    }

    @Test
    void dottedAndQuotedKeysAreFoundWithTheSpacesAroundTheirDots() throws Exception {
        String toml = "+++\nsite . name = \"s\"\n\"a.b\" = 1\nkey-with_dash9 = 2\n+++\n";
        Document doc = TestFiles.doc(toml);
        assertThat(at(doc, "site.name")).isEqualTo("\"s\"");
        assertThat(doc.get(KeyPath.of("a.b"))).isPresent();
        assertThat(at(doc, "key-with_dash9")).isEqualTo("2");
        assertThat(doc.root().entries().keySet()).containsExactly("site", "a.b", "key-with_dash9");
        assertThat(doc.set(KeyPath.of("site", "name"), "t").text()).isEqualTo(toml.replace("\"s\"", "\"t\""));
        assertThat(doc.set(KeyPath.of("a.b"), "5").text()).isEqualTo(toml.replace("\"a.b\" = 1", "\"a.b\" = 5"));
    }

    @Test
    void aTableRunsFromItsHeaderToItsLastEntryAndArraysOfTablesCountFromZero() throws Exception {
        String toml = "+++\ntitle = \"t\"\n\n[ params ]\n  x = 1\n  y = 2\n\n[[ links ]]\nu = \"1\"\n[[links]]\nu = \"2\"\n"
                + "[[links]]\nu = \"3\"\n+++\n";
        Document doc = TestFiles.doc(toml);
        assertThat(at(doc, "params")).isEqualTo("[ params ]\n  x = 1\n  y = 2");
        assertThat(line(doc, "params")).isEqualTo(4);
        assertThat(at(doc, "links[2].u")).isEqualTo("\"3\"");
        assertThat(line(doc, "links[2].u")).isEqualTo(13);
        assertThat(doc.get(KeyPath.parse("links[3]"))).isEmpty();
        assertThat(doc.set(KeyPath.parse("links[0].u"), "one").text()).isEqualTo(toml.replace("\"1\"", "\"one\""));
    }

    @Test
    void aKeyAddedToATableGoesAfterItsOwnKeysWithTheirIndentNotAfterItsSubTables() throws Exception {
        String toml = "+++\n[params]\n  a = 1\n  b = 2\n[params.sub]\n  c = 3\n+++\n";
        Document doc = TestFiles.doc(toml).set(KeyPath.of("params", "z"), "new");
        assertThat(doc.text()).isEqualTo("+++\n[params]\n  a = 1\n  b = 2\n  z = \"new\"\n[params.sub]\n  c = 3\n+++\n");
    }

    @Test
    void removingATableKeyTakesItsWholeLineAndNothingElse() throws Exception {
        String toml = "+++\n[params]\n  a = 1 # one\n  b = \"\"\"x\ny\"\"\"\n  c = 3\n+++\n";
        Document doc = TestFiles.doc(toml);
        assertThat(doc.remove(KeyPath.of("params", "a")).text()).isEqualTo("+++\n[params]\n  b = \"\"\"x\ny\"\"\"\n  c = 3\n+++\n");
        assertThat(doc.remove(KeyPath.of("params", "b")).text()).isEqualTo("+++\n[params]\n  a = 1 # one\n  c = 3\n+++\n");
    }

    @Test
    void anErrorInTomlIsReportedOnItsLineOfTheFile() {
        DocumentException e = catchThrowableOfType(() -> TestFiles.doc("+++\na = 1\n\nb = 2\nc = [\n+++\n"),
                DocumentException.class);
        assertThat(e.line()).isGreaterThanOrEqualTo(6);
        assertThat(e.column()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void numbersBooleansAndDatesKeepTheirTypeWhenTheNewValueIsOneToo() throws Exception {
        String toml = "+++\nn = 1_000\nf = -0.5e3\nb = true\nd = 2024-01-01\nx = inf\n+++\n";
        Document doc = TestFiles.doc(toml);
        assertThat(doc.set(KeyPath.of("n"), "+2_000").text()).contains("n = +2_000\n");
        assertThat(doc.set(KeyPath.of("f"), "1.5E-2").text()).contains("f = 1.5E-2\n");
        assertThat(doc.set(KeyPath.of("b"), "false").text()).contains("b = false\n");
        assertThat(doc.set(KeyPath.of("d"), "2024-02-03T04:05:06Z").text()).contains("d = 2024-02-03T04:05:06Z\n");
        assertThat(doc.set(KeyPath.of("x"), "-nan").text()).contains("x = -nan\n");
        assertThat(doc.set(KeyPath.of("n"), "01").text()).contains("n = \"01\"\n");
        assertThat(doc.set(KeyPath.of("b"), "yes").text()).contains("b = \"yes\"\n");
        assertThat(doc.set(KeyPath.of("d"), "2024-1-1").text()).contains("d = \"2024-1-1\"\n");
    }

    @Test
    void aSingleQuotedStringStaysSingleQuotedOnlyWhenTheValueFitsThere() throws Exception {
        String toml = "+++\ns = 'plain'\n+++\n";
        Document doc = TestFiles.doc(toml);
        assertThat(doc.set(KeyPath.of("s"), "still plain").text()).contains("s = 'still plain'\n");
        assertThat(doc.set(KeyPath.of("s"), "it's").text()).contains("s = \"it's\"\n");
        assertThat(doc.set(KeyPath.of("s"), "tab\there").text()).contains("s = \"tab\\there\"\n");
        assertThat(doc.set(KeyPath.of("s"), "del\u007F").text()).doesNotContain("'del");
        assertThat(doc.set(KeyPath.of("s"), " ").text()).contains("s = ' '\n");
    }

    @Test
    void spacesBeforeTheCommasOfAnInlineTableAreLayoutNotKeys() throws Exception {
        String toml = "+++\np = { a = 1 , b = \"x\" , c = [ 2 , 3 ] }\nq = 4\n+++\n";
        Document doc = TestFiles.doc(toml);
        assertThat(at(doc, "p.b")).isEqualTo("\"x\"");
        assertThat(at(doc, "p.c[1]")).isEqualTo("3");
        assertThat(doc.get(KeyPath.of("p")).map(f -> ((MapField) f).entries().keySet()).orElseThrow())
                .containsExactly("a", "b", "c");
        assertThat(doc.set(KeyPath.of("p", "b"), "y").text()).isEqualTo(toml.replace("\"x\"", "\"y\""));
    }
}
