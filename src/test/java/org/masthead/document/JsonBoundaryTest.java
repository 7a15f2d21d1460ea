package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/**
 * Where JSON front-matter values and keys start and end: strings ending in escapes, numbers and
 * literals, objects and arrays (braces included), nesting right at the limit, and the lines values
 * are reported on.
 */
class JsonBoundaryTest {

    private static String at(Document doc, String path) {
        Field f = doc.get(KeyPath.parse(path)).orElseThrow();
        return doc.text().substring(f.span().start(), f.span().end());
    }

    @Test
    void stringsEndAtTheirClosingQuoteEvenAfterEscapes() throws Exception {
        String json = "{\"a\": \"x\\\\\", \"b\": \"q\\\"q\", \"c\": \"\\u00e9\"}\nBody\n";
        Document doc = TestFiles.doc(json);
        assertThat(at(doc, "a")).isEqualTo("\"x\\\\\"");
        assertThat(doc.getString(KeyPath.of("a"))).contains("x\\");
        assertThat(at(doc, "b")).isEqualTo("\"q\\\"q\"");
        assertThat(at(doc, "c")).isEqualTo("\"\\u00e9\"");
        assertThat(doc.getString(KeyPath.of("c"))).contains("\u00e9");
        assertThat(doc.set(KeyPath.of("b"), "r").text()).isEqualTo(json.replace("\"q\\\"q\"", "\"r\""));
        assertThat(doc.body()).isEqualTo("Body\n");
    }

    @Test
    void numbersAndLiteralsEndWhereTheyEnd() throws Exception {
        String json = "{\"n\": -1.5e+3, \"t\": true, \"f\": false, \"z\": null, \"last\": 7}";
        Document doc = TestFiles.doc(json);
        assertThat(at(doc, "n")).isEqualTo("-1.5e+3");
        assertThat(at(doc, "t")).isEqualTo("true");
        assertThat(at(doc, "f")).isEqualTo("false");
        assertThat(at(doc, "z")).isEqualTo("null");
        assertThat(at(doc, "last")).isEqualTo("7");
        assertThat(((ScalarField) doc.get(KeyPath.of("n")).orElseThrow()).type()).isEqualTo(ScalarType.NUMBER);
        assertThat(((ScalarField) doc.get(KeyPath.of("f")).orElseThrow()).type()).isEqualTo(ScalarType.BOOLEAN);
        assertThat(doc.set(KeyPath.of("last"), "8").text()).isEqualTo(json.replace("7}", "8}"));
        assertThat(doc.set(KeyPath.of("n"), "2").text()).isEqualTo(json.replace("-1.5e+3", "2"));
        assertThat(doc.set(KeyPath.of("t"), "false").text()).isEqualTo(json.replace("\"t\": true", "\"t\": false"));
        assertThat(doc.set(KeyPath.of("n"), "1.").text()).isEqualTo(json.replace("-1.5e+3", "\"1.\""));
    }

    @Test
    void objectsAndArraysSpanFromTheirOpeningToTheirClosingBracket() throws Exception {
        String json = "{\n  \"p\": {\"x\": [1, [2]], \"y\": {}},\n  \"q\": []\n}\n";
        Document doc = TestFiles.doc(json);
        assertThat(at(doc, "p")).isEqualTo("{\"x\": [1, [2]], \"y\": {}}");
        assertThat(at(doc, "p.x")).isEqualTo("[1, [2]]");
        assertThat(at(doc, "p.x[1]")).isEqualTo("[2]");
        assertThat(at(doc, "p.y")).isEqualTo("{}");
        assertThat(at(doc, "q")).isEqualTo("[]");
        assertThat(doc.root().span()).isEqualTo(new Span(0, json.indexOf("}\n", json.length() - 3) + 1));
        assertThat(doc.get(KeyPath.of("q")).orElseThrow().line()).isEqualTo(3);
        assertThat(doc.get(KeyPath.parse("p.x[1]")).orElseThrow().line()).isEqualTo(2);
    }

    @Test
    void removingTheFirstOrLastKeyOfAnObjectLeavesValidJsonAndTheOtherKeysAsTheyWere() throws Exception {
        String json = "{\"a\": \"1\", \"b\": \"2\", \"c\": \"3\"}\n";
        Document doc = TestFiles.doc(json);
        assertThat(doc.remove(KeyPath.of("a")).text()).isEqualTo("{\"b\": \"2\", \"c\": \"3\"}\n");
        assertThat(doc.remove(KeyPath.of("c")).text()).isEqualTo("{\"a\": \"1\", \"b\": \"2\"}\n");
        assertThat(doc.remove(KeyPath.of("b")).text()).isEqualTo("{\"a\": \"1\", \"c\": \"3\"}\n");
    }

    @Test
    void nestingUpToTheLimitReadsAndOneLevelMoreIsRefused() throws Exception {
        int limit = YamlTree.MAX_DEPTH;
        String deepest = "{\"x\": " + "[".repeat(limit - 1) + "]".repeat(limit - 1) + "}\n";
        assertThat(TestFiles.doc(deepest).get(KeyPath.of("x"))).isPresent();
        String tooDeep = "{\"x\": " + "[".repeat(limit) + "]".repeat(limit) + "}\n";
        DocumentException e = catchThrowableOfType(() -> TestFiles.doc(tooDeep), DocumentException.class);
        assertThat(e.problem()).contains("nests deeper than " + limit);
    }

    @Test
    void manySiblingListsAreNotMistakenForDeepNesting() throws Exception {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < YamlTree.MAX_DEPTH + 10; i++) {
            json.append(i == 0 ? "" : ", ").append("\"k").append(i).append("\": [[").append(i).append("]]");
        }
        Document doc = TestFiles.doc(json.append("}\n").toString());
        assertThat(doc.root().entries()).hasSize(YamlTree.MAX_DEPTH + 10);
    }

    @Test
    void aDuplicateKeyIsRefusedAtItsSecondPlaceNamingTheFirstLine() {
        DocumentException e = catchThrowableOfType(
                () -> TestFiles.doc("{\n\"a\": 1,\n\"b\": 2,\n\"a\": 3\n}\n"), DocumentException.class);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.problem()).contains("'a' appears twice").contains("line 2");
    }

    @Test
    void invalidJsonIsReportedAtItsLineAndColumn() {
        DocumentException e = catchThrowableOfType(
                () -> TestFiles.doc("{\n  \"a\": 1,\n  \"b\" 2\n}\n"), DocumentException.class);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isGreaterThan(1);
        assertThat(e.problem()).startsWith("invalid JSON front matter: ");
    }

    @Test
    void theTypeOfANewValueFollowsJsonsOwnGrammar() {
        assertThat(JsonTree.plainType("true")).isEqualTo(ScalarType.BOOLEAN);
        assertThat(JsonTree.plainType("false")).isEqualTo(ScalarType.BOOLEAN);
        assertThat(JsonTree.plainType("null")).isEqualTo(ScalarType.NULL);
        assertThat(JsonTree.plainType("-0.5E+2")).isEqualTo(ScalarType.NUMBER);
        assertThat(JsonTree.plainType("01")).isEqualTo(ScalarType.STRING);
        assertThat(JsonTree.plainType("+1")).isEqualTo(ScalarType.STRING);
        assertThat(JsonTree.plainType("yes")).isEqualTo(ScalarType.STRING);
    }

    @Test
    void aBodyOverAMegabyteAfterSmallJsonFrontMatterStillReads() throws Exception {
        String body = "x".repeat(YamlTree.MAX_CHARS + 100) + "\n";
        Document doc = TestFiles.doc("{\"title\": \"t\"}\n" + body);
        assertThat(doc.getString(KeyPath.of("title"))).contains("t");
        assertThat(doc.body()).isEqualTo(body);
    }

    @Test
    void jsonFrontMatterOverAMegabyteIsRefused() {
        String json = "{\"title\": \"" + "x".repeat(YamlTree.MAX_CHARS) + "\"}\n";
        DocumentException e = catchThrowableOfType(() -> TestFiles.doc(json), DocumentException.class);
        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(1);
    }
}
