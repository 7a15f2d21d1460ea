package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/**
 * Where YAML values start and end at the edges a splice can get wrong: after anchors and tags,
 * at the end of kept ({@code |+}) and indented block scalars with LF and CRLF, after characters
 * outside the basic plane, and at the size limit; and where a refusal is reported.
 */
class YamlBoundaryTest {

    private static String at(Document doc, String path) {
        Field f = doc.get(KeyPath.parse(path)).orElseThrow();
        return doc.text().substring(f.span().start(), f.span().end());
    }

    @Test
    void aValueStartsAfterItsAnchorAndTag() throws Exception {
        String yaml = "---\na: &x !!str 5\nb: *x\nc: !!int 7\nd: &y  two\n---\n";
        Document doc = TestFiles.doc(yaml);
        assertThat(at(doc, "a")).isEqualTo("5");
        assertThat(at(doc, "b")).isEqualTo("*x");
        assertThat(at(doc, "c")).isEqualTo("7");
        assertThat(at(doc, "d")).isEqualTo("two");
        assertThat(doc.set(KeyPath.of("d"), "three").text()).isEqualTo(yaml.replace("&y  two", "&y  three"));
    }

    @Test
    void aKeptBlockScalarEndsBeforeTheLineBreakThatEndsItsLastLine() throws Exception {
        String yaml = "---\nk: |+\n  one\n\nnext: 1\n---\n";
        Document doc = TestFiles.doc(yaml);
        assertThat(doc.getString(KeyPath.of("k"))).contains("one\n\n");
        assertThat(at(doc, "k")).isEqualTo("|+\n  one\n");
        assertThat(doc.set(KeyPath.of("next"), "2").text()).isEqualTo(yaml.replace("next: 1", "next: 2"));
        String crlf = yaml.replace("\n", "\r\n");
        Document crlfDoc = TestFiles.doc(crlf);
        assertThat(at(crlfDoc, "k")).isEqualTo("|+\r\n  one\r\n");
        assertThat(crlfDoc.set(KeyPath.of("next"), "2").text()).isEqualTo(crlf.replace("next: 1", "next: 2"));
    }

    @Test
    void anEmptyKeptBlockScalarIsJustItsHeader() throws Exception {
        String yaml = "---\nk: |+\nnext: 1\n---\n";
        Document doc = TestFiles.doc(yaml);
        assertThat(at(doc, "k")).isEqualTo("|+");
        assertThat(doc.set(KeyPath.of("next"), "2").text()).isEqualTo(yaml.replace("next: 1", "next: 2"));
    }

    @Test
    void aBlockScalarEndsWithItsLastLineThatHoldsText() throws Exception {
        String yaml = "---\nk: |\n  line one\n    indented\n\n\nnext: 1\n---\n";
        Document doc = TestFiles.doc(yaml);
        assertThat(at(doc, "k")).isEqualTo("|\n  line one\n    indented");
        Document added = doc.set(KeyPath.of("after"), "x");
        assertThat(added.getString(KeyPath.of("k"))).isEqualTo(doc.getString(KeyPath.of("k")));
    }

    @Test
    void trailingSpacesMoreIndentedThanABlockScalarAreItsText() throws Exception {
        String yaml = "---\nk: |\n  text\n    \nnext: 1\n---\n";
        Document doc = TestFiles.doc(yaml);
        assertThat(doc.getString(KeyPath.of("k"))).contains("text\n  \n");
        assertThat(at(doc, "k")).isEqualTo("|\n  text\n    ");
    }

    @Test
    void spansAfterAstralCharactersInKeysAndFlowCollectionsStayOnTheirChars() throws Exception {
        String yaml = "---\n\uD83D\uDE00key: [\uD83D\uDE00, b]\nz: {\uD83C\uDF89: c}\nlast: end\n---\n";
        Document doc = TestFiles.doc(yaml);
        assertThat(at(doc, "\uD83D\uDE00key")).isEqualTo("[\uD83D\uDE00, b]");
        assertThat(at(doc, "\uD83D\uDE00key[1]")).isEqualTo("b");
        assertThat(at(doc, "z")).isEqualTo("{\uD83C\uDF89: c}");
        assertThat(at(doc, "last")).isEqualTo("end");
        assertThat(doc.set(KeyPath.of("last"), "fin").text()).isEqualTo(yaml.replace("end", "fin"));
    }

    @Test
    void aValueAtTheVeryEndOfAFrontMatterWithAnAstralCharacterIsWhole() throws Exception {
        String yaml = "---\na: \uD83D\uDE00\nb: x\uD83D\uDE00\n---\n";
        Document doc = TestFiles.doc(yaml);
        assertThat(at(doc, "b")).isEqualTo("x\uD83D\uDE00");
        assertThat(doc.set(KeyPath.of("b"), "y").text()).isEqualTo("---\na: \uD83D\uDE00\nb: y\n---\n");
    }

    @Test
    void aPercentLineInTheBodyIsNotADirective() throws Exception {
        Document doc = TestFiles.doc("---\na: 1\n---\n%d per cent\n");
        assertThat(doc.body()).isEqualTo("%d per cent\n");
    }

    @Test
    void aPercentLineInsideTheFrontMatterIsRefusedOnItsLine() {
        DocumentException first = catchThrowableOfType(() -> TestFiles.doc("---\n%YAML 1.2\na: 1\n---\n"),
                DocumentException.class);
        assertThat(first.line()).isEqualTo(2);
        DocumentException later = catchThrowableOfType(() -> TestFiles.doc("---\na: 1\n%TAG ! x\n---\n"),
                DocumentException.class);
        assertThat(later.line()).isEqualTo(3);
        assertThat(later.problem()).contains("'%'");
    }

    @Test
    void frontMatterOfExactlyTheLimitReadsAndOneCharMoreIsRefused() throws Exception {
        String head = "---\na: ";
        String filler = "x".repeat(YamlTree.MAX_CHARS - "a: ".length() - 1);
        String fits = head + filler + "\n---\n";
        assertThat(TestFiles.doc(fits).getString(KeyPath.of("a"))).contains(filler);
        String over = head + filler + "y\n---\n";
        DocumentException e = catchThrowableOfType(() -> TestFiles.doc(over), DocumentException.class);
        assertThat(e.problem()).contains("the front matter is " + (YamlTree.MAX_CHARS + 1) + " characters long, "
                + "more than the limit of " + YamlTree.MAX_CHARS);
    }

    @Test
    void aQuotedValueMustBeSeparatedFromAFollowingComment() {
        DocumentException e = catchThrowableOfType(() -> TestFiles.doc("---\na: 1\nb: \"x\"# c\n---\n"),
                DocumentException.class);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(7);
    }

    @Test
    void aTabIndentingAQuotedContinuationLineIsRefusedThere() {
        DocumentException e = catchThrowableOfType(() -> TestFiles.doc("---\na: \"one\n\ttwo\"\n---\n"),
                DocumentException.class);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.problem()).contains("tab");
    }

    @Test
    void aTabAfterEnoughSpacesInAQuotedValueIsText() throws Exception {
        Document doc = TestFiles.doc("---\na:\n  b: \"one\n     \ttwo\"\n---\n");
        assertThat(doc.getString(KeyPath.of("a", "b"))).contains("one two");
    }

    @Test
    void anErrorInsideAQuotedValueNamesTheLineTheValueStartedOn() {
        DocumentException e = catchThrowableOfType(
                () -> TestFiles.doc("---\nok: 1\nbad: 'open\n\nmore\n---\n"), DocumentException.class);
        assertThat(e.problem()).contains("started on line 3");
    }

    @Test
    void anErrorOnTheLineItsContextStartedDoesNotRepeatThatLine() {
        DocumentException e = catchThrowableOfType(() -> TestFiles.doc("---\na: 'x' 'y'\n---\n"),
                DocumentException.class);
        assertThat(e.problem()).startsWith("invalid YAML front matter: while parsing").doesNotContain("started on line");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(8);
    }

    @Test
    void blockListsAndMapsEndWithTheirLastValue() throws Exception {
        String yaml = "---\nlist:\n  - a\n  - b   # trailing\nmap:\n  k: v\n  e:\n---\n";
        Document doc = TestFiles.doc(yaml);
        assertThat(at(doc, "list")).isEqualTo("- a\n  - b");
        assertThat(at(doc, "map")).isEqualTo("k: v\n  e:");
        assertThat(doc.get(KeyPath.of("map")).orElseThrow().line()).isEqualTo(6);
    }

    @Test
    void anAliasedKeyAndMoreAliasesThanWrittenAreHandled() throws Exception {
        String yaml = "---\nbase: &b {x: 1}\none: *b\ntwo: *b\n---\n";
        Document doc = TestFiles.doc(yaml);
        assertThat(at(doc, "one")).isEqualTo("*b");
        assertThat(at(doc, "two")).isEqualTo("*b");
        assertThat(doc.get(KeyPath.of("two")).orElseThrow().line()).isEqualTo(4);
        assertThat(doc.sharedWith(KeyPath.of("base"))).containsExactlyInAnyOrder(KeyPath.of("one"), KeyPath.of("two"));
    }

    @Test
    void anErrorColumnCountsCharactersAsAUserDoesAfterAWideOne() {
        DocumentException e = catchThrowableOfType(() -> TestFiles.doc("---\na: 1\n\uD83D\uDE00: \"x\"# c\n---\n"),
                DocumentException.class);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(7);
    }

    @Test
    void aTabRightAfterTheOwnersIndentIsRefusedAndOneSpaceFurtherIsText() throws Exception {
        DocumentException e = catchThrowableOfType(() -> TestFiles.doc("---\na:\n  b: \"one\n  \ttwo\"\n---\n"),
                DocumentException.class);
        assertThat(e.problem()).contains("a tab indents a line of a quoted value");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(3);
        Document doc = TestFiles.doc("---\na:\n  b: \"one\n   \ttwo\"\n---\n");
        assertThat(doc.getString(KeyPath.of("a", "b"))).contains("one two");
    }

    @Test
    void aListOrMapStartingAtTheStartOfALineIsReportedOnThatLine() throws Exception {
        Document doc = TestFiles.doc("---\nl:\n- a\n- b\nm:\n  k: v\n---\n");
        assertThat(doc.get(KeyPath.of("l")).orElseThrow().line()).isEqualTo(3);
        assertThat(doc.get(KeyPath.parse("l[1]")).orElseThrow().line()).isEqualTo(4);
        assertThat(doc.root().line()).isEqualTo(2);
        Document json = TestFiles.doc("{\"a\":\n1}\n");
        assertThat(json.root().line()).isEqualTo(1);
        assertThat(json.get(KeyPath.of("a")).orElseThrow().line()).isEqualTo(2);
    }

    @Test
    void aFileWithoutFrontMatterThatStartsWithABlankLineGetsFrontMatterWithItsLineBreaks() throws Exception {
        assertThat(TestFiles.doc("\nBody\n").set(KeyPath.of("title"), "T").text()).isEqualTo("---\ntitle: T\n---\n\nBody\n");
        assertThat(TestFiles.doc("\r\nBody\r\n").set(KeyPath.of("title"), "T").text())
                .isEqualTo("---\r\ntitle: T\r\n---\r\n\r\nBody\r\n");
    }

    @Test
    void aBlockScalarOfOnlyBlankLinesIsJustItsHeader() throws Exception {
        String yaml = "---\nk: |\n\n\nnext: 1\n---\n";
        Document doc = TestFiles.doc(yaml);
        assertThat(at(doc, "k")).isEqualTo("|");
        assertThat(doc.set(KeyPath.of("next"), "2").text()).isEqualTo(yaml.replace("next: 1", "next: 2"));
    }

    @Test
    void nestingUpToTheModelsOwnLimitReads() throws Exception {
        int levels = YamlTree.MAX_DEPTH - 4;
        String yaml = "---\na: " + "[".repeat(levels) + "x" + "]".repeat(levels) + "\n---\n";
        StringBuilder path = new StringBuilder("a");
        for (int i = 0; i < levels; i++) {
            path.append("[0]");
        }
        assertThat(TestFiles.doc(yaml).getString(KeyPath.parse(path.toString()))).contains("x");
    }

    @Test
    void aTagOnAKeyIsRefusedLikeATagOnAValue() {
        DocumentException e = catchThrowableOfType(() -> TestFiles.doc("---\na: 1\n!custom k: v\n---\n"),
                DocumentException.class);
        assertThat(e.problem()).contains("the YAML tag '!custom' is not allowed");
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void aFlowMapOrListFollowedByAHashWithoutASpaceIsRefused() {
        for (String value : new String[] {"{a: 1}", "[1, 2]"}) {
            DocumentException e = catchThrowableOfType(() -> TestFiles.doc("---\nm: " + value + "# c\n---\n"),
                    DocumentException.class);
            assertThat(e.problem()).as(value).contains("a comment must be separated");
            assertThat(e.column()).isEqualTo(4 + value.length());
        }
    }
}
