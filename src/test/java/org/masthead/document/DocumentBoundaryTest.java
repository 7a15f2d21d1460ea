package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/**
 * Edges of the document model a user meets: which text counts as an empty body beside an
 * {@code answer} field, where refusals are reported, and how keys are added to and removed from
 * the ends of maps in each layout.
 */
class DocumentBoundaryTest {

    @Test
    void theAnswerHoldsTheMarkdownOnlyWhenTheBodyIsBlankOrNonBreakingSpaces() throws Exception {
        String head = "---\nanswer: \"Hi\"\n---\n";
        assertThat(TestFiles.doc(head + " \n&nbsp;\n\u00A0\t\n").bodyField().isFrontMatterField()).isTrue();
        assertThat(TestFiles.doc(head + "&nbsp;&nbsp;").bodyField().isFrontMatterField()).isTrue();
        assertThat(TestFiles.doc(head).bodyField().isFrontMatterField()).isTrue();
        assertThat(TestFiles.doc(head + "&nbsp").bodyField().isFrontMatterField()).isFalse();
        assertThat(TestFiles.doc(head + "&nbsp;x").bodyField().isFrontMatterField()).isFalse();
        assertThat(TestFiles.doc(head + "x&nbsp;").bodyField().isFrontMatterField()).isFalse();
        assertThat(TestFiles.doc("---\nanswer: [a]\n---\n").bodyField().isFrontMatterField()).isFalse();
        assertThat(TestFiles.doc("---\nanswer: 5\n---\n").bodyField().isFrontMatterField()).isFalse();
        assertThat(TestFiles.doc("---\nanswer:\n---\n").bodyField().isFrontMatterField()).isTrue();
    }

    @Test
    void aNullAnswerReadsAsNoMarkdownAndTypingFillsIt() throws Exception {
        Document doc = TestFiles.doc("---\nanswer:\n---\n");
        assertThat(doc.markdown()).isEmpty();
        Document typed = doc.withMarkdown("Hello");
        assertThat(typed.markdown()).isEqualTo("Hello");
        assertThat(typed.text()).startsWith("---\nanswer: ").endsWith("\n---\n");
    }

    @Test
    void markdownAfterTheFrontMatterReplacesOnlyTheBody() throws Exception {
        Document doc = TestFiles.doc("---\ntitle: t\n---\nold body\n");
        Document edited = doc.withMarkdown("new\nbody");
        assertThat(edited.text()).isEqualTo("---\ntitle: t\n---\nnew\nbody");
        assertThat(edited.markdown()).isEqualTo("new\nbody");
        assertThat(doc.withBodyField(null).bodyField()).isEqualTo(BodyField.AFTER_FRONT_MATTER);
    }

    @Test
    void settingTheSameTextKeepsTheDocumentEvenWithAnotherPreferredStyle() throws Exception {
        Document doc = TestFiles.doc("---\na: \"x\"\nb: 5\n---\n");
        assertThat(doc.set(KeyPath.of("a"), "x", ScalarStyle.PLAIN)).isSameAs(doc);
        assertThat(doc.set(KeyPath.of("b"), "5")).isSameAs(doc);
        assertThat(doc.set(KeyPath.of("b"), "6").text()).isEqualTo("---\na: \"x\"\nb: 6\n---\n");
    }

    @Test
    void refusalsAreReportedInsideTheFrontMatter() {
        DocumentException missing = catchThrowableOfType(
                () -> TestFiles.doc("---\na: 1\n---\nbody\n").remove(KeyPath.of("nope")), DocumentException.class);
        assertThat(missing.line()).isEqualTo(2);
        assertThat(missing.column()).isEqualTo(1);
        DocumentException map = catchThrowableOfType(
                () -> TestFiles.doc("---\na: 1\nseo:\n  t: x\n---\n").set(KeyPath.of("seo"), "v"), DocumentException.class);
        assertThat(map.problem()).contains("holds a map");
        assertThat(map.line()).isEqualTo(4);
        assertThat(map.column()).isEqualTo(3);
        DocumentException list = catchThrowableOfType(
                () -> TestFiles.doc("---\na: 1\ntags: [x]\n---\n").set(KeyPath.of("tags"), "v"), DocumentException.class);
        assertThat(list.problem()).contains("holds a list");
        DocumentException empty = catchThrowableOfType(
                () -> TestFiles.doc("---\n---\nbody\n").remove(KeyPath.of("x")), DocumentException.class);
        assertThat(empty.line()).isEqualTo(2);
    }

    @Test
    void anItemAddedPastTheEndOfAListIsRefusedButTheNextIndexAppends() throws Exception {
        Document doc = TestFiles.doc("---\ntags:\n  - a\n---\n");
        assertThat(doc.set(KeyPath.parse("tags[1]"), "b").text()).isEqualTo("---\ntags:\n  - a\n  - b\n---\n");
        DocumentException e = catchThrowableOfType(() -> doc.set(KeyPath.parse("tags[2]"), "c"), DocumentException.class);
        assertThat(e.problem()).contains("does not exist");
        DocumentException deep = catchThrowableOfType(() -> doc.set(KeyPath.parse("tags[1].x"), "c"),
                DocumentException.class);
        assertThat(deep.problem()).contains("does not exist");
    }

    @Test
    void aKeyWithATildeBecomesAMapWithNoSpaceLeftAfterItsColon() throws Exception {
        Document doc = TestFiles.doc("---\nseo: ~\nz: 1\n---\n");
        assertThat(doc.set(KeyPath.of("seo", "title"), "T").text()).isEqualTo("---\nseo:\n  title: T\nz: 1\n---\n");
        Document json = TestFiles.doc("{\"seo\": null, \"z\": 1}\n");
        assertThat(json.set(KeyPath.of("seo", "title"), "T").text()).isEqualTo("{\"seo\": {\"title\": \"T\"}, \"z\": 1}\n");
        Document flow = TestFiles.doc("---\nm: {seo: ~, z: 1}\n---\n");
        assertThat(flow.set(KeyPath.of("m", "seo", "t"), "T").text()).isEqualTo("---\nm: {seo: {t: T}, z: 1}\n---\n");
    }

    @Test
    void keysOfAMapInAListItemAreRemovedWithoutTheDash() throws Exception {
        Document doc = TestFiles.doc("---\nitems:\n  - a: 1\n    b: 2\n  - c: 3\n---\n");
        assertThat(doc.remove(KeyPath.parse("items[0].a")).text()).isEqualTo("---\nitems:\n  - b: 2\n  - c: 3\n---\n");
        assertThat(doc.remove(KeyPath.parse("items[0].b")).text()).isEqualTo("---\nitems:\n  - a: 1\n  - c: 3\n---\n");
        DocumentException only = catchThrowableOfType(() -> doc.remove(KeyPath.parse("items[1].c")),
                DocumentException.class);
        assertThat(only.line()).isEqualTo(5);
        assertThat(only.problem()).contains("'items[1]' cannot be emptied here");
    }

    @Test
    void explicitKeysAreRemovedFromTheirQuestionMarkAndNewKeysAlignWithIt() throws Exception {
        Document doc = TestFiles.doc("---\nm:\n  ? a\n  : 1\n  b: 2\n---\n");
        assertThat(doc.remove(KeyPath.of("m", "a")).text()).isEqualTo("---\nm:\n  b: 2\n---\n");
        assertThat(doc.set(KeyPath.of("m", "c"), "three").text())
                .isEqualTo("---\nm:\n  ? a\n  : 1\n  b: 2\n  c: three\n---\n");
    }

    @Test
    void theOnlyKeyOfANestedMapLeavesAnEmptyMap() throws Exception {
        Document doc = TestFiles.doc("---\nseo:\n  title: t\nz: 1\n---\n");
        Document removed = doc.remove(KeyPath.of("seo", "title"));
        assertThat(removed.get(KeyPath.of("seo")).orElseThrow()).isInstanceOf(MapField.class);
        assertThat(removed.getString(KeyPath.of("z"))).contains("1");
        assertThat(removed.text()).startsWith("---\nseo: {}\n");
    }

    @Test
    void aNewNestedKeyUsesTheIndentStepOfTheFile() throws Exception {
        Document doc = TestFiles.doc("---\na:\n    b: 1\n---\n");
        assertThat(doc.set(KeyPath.of("c", "d"), "two").text()).isEqualTo("---\na:\n    b: 1\nc:\n    d: two\n---\n");
        Document nested = TestFiles.doc("---\nx:\n   y: 1\n---\n");
        assertThat(nested.set(KeyPath.of("x", "z", "w"), "two").text())
                .isEqualTo("---\nx:\n   y: 1\n   z:\n      w: two\n---\n");
    }

    @Test
    void aKeyIsAddedToTheRootOfTomlAfterItsPlainKeysAndBeforeItsTables() throws Exception {
        Document doc = TestFiles.doc("+++\na = 1\n[t]\nb = 2\n+++\n");
        assertThat(doc.set(KeyPath.of("n"), "x").text()).isEqualTo("+++\na = 1\nn = \"x\"\n[t]\nb = 2\n+++\n");
        Document onlyTables = TestFiles.doc("+++\n[t]\nb = 2\n+++\n");
        assertThat(onlyTables.set(KeyPath.of("n"), "x").text()).isEqualTo("+++\nn = \"x\"\n[t]\nb = 2\n+++\n");
        Document emptyTable = TestFiles.doc("+++\n[t]\n[u]\nb = 2\n+++\n");
        assertThat(emptyTable.set(KeyPath.of("t", "n"), "x").text()).isEqualTo("+++\n[t]\nn = \"x\"\n[u]\nb = 2\n+++\n");
    }

    @Test
    void aKeyBelowADottedTomlTableGoesIntoTheTableThatHasLines() throws Exception {
        Document doc = TestFiles.doc("+++\n[a]\nb.c = 1\n+++\n");
        assertThat(doc.set(KeyPath.of("a", "b", "d"), "2").text()).isEqualTo("+++\n[a]\nb.c = 1\nb.d = \"2\"\n+++\n");
        DocumentException e = catchThrowableOfType(() -> doc.remove(KeyPath.of("a", "b")), DocumentException.class);
        assertThat(e.problem()).contains("dotted keys");
    }

    @Test
    void removingAKeyBelowAKeptBlockScalarTakesItsBlankLinesSoTheScalarKeepsItsValue() throws Exception {
        String yaml = "---\na: |+\n  x\n\nb: 1\n\nc: 2\n---\n";
        Document doc = TestFiles.doc(yaml);
        Document removed = doc.remove(KeyPath.of("b"));
        assertThat(removed.getString(KeyPath.of("a"))).isEqualTo(doc.getString(KeyPath.of("a")));
        assertThat(removed.text()).isEqualTo("---\na: |+\n  x\n\nc: 2\n---\n");
    }

    @Test
    void anEmptyListItemBecomesAMapInBlockAndFlowLists() throws Exception {
        Document block = TestFiles.doc("---\nl:\n  - ~\n---\n");
        assertThat(block.set(KeyPath.parse("l[0].k"), "v").text()).isEqualTo("---\nl:\n  -\n    k: v\n---\n");
        Document flow = TestFiles.doc("---\nl: [~, b]\n---\n");
        assertThat(flow.set(KeyPath.parse("l[0].k"), "v").text()).isEqualTo("---\nl: [{k: v}, b]\n---\n");
    }

    @Test
    void nestedKeysAddedToEmptyFrontMatterAreIndented() throws Exception {
        Document doc = TestFiles.doc("---\n---\nbody\n");
        assertThat(doc.set(KeyPath.of("seo", "title"), "T").text()).isEqualTo("---\nseo:\n  title: T\n---\nbody\n");
    }

    @Test
    void removingATomlTableTakesItsHeaderAndEntriesOnly() throws Exception {
        String toml = "+++\na = 1\n[params]\n  x = 1\n  y = 2\n[other]\nz = 3\n+++\n";
        Document doc = TestFiles.doc(toml);
        assertThat(doc.remove(KeyPath.of("params")).text()).isEqualTo("+++\na = 1\n[other]\nz = 3\n+++\n");
        Document inline = TestFiles.doc("+++\np = { a = 1 }\nq = 2\n+++\n");
        assertThat(inline.remove(KeyPath.of("p")).text()).isEqualTo("+++\nq = 2\n+++\n");
    }

    @Test
    void textThatLooksTypedStaysTextInEveryFormat() throws Exception {
        String[] docs = {"---\na: x\n---\n", "+++\na = \"x\"\n+++\n", "{\"a\": \"x\"}\n"};
        for (String text : docs) {
            for (String value : new String[] {"true", "5", "null", "2024-01-01", "1.5"}) {
                Document edited = TestFiles.doc(text).set(KeyPath.of("a"), value);
                ScalarField a = (ScalarField) edited.get(KeyPath.of("a")).orElseThrow();
                assertThat(a.type()).as(text + " <- " + value).isEqualTo(ScalarType.STRING);
                assertThat(a.value()).isEqualTo(value);
            }
        }
    }

    @Test
    void removingAKeyKeepsTheBlankLineAfterItWhenNothingNeedsItGone() throws Exception {
        Document doc = TestFiles.doc("---\na: 1\nb: 2\n\nc: 3\n---\n");
        assertThat(doc.remove(KeyPath.of("b")).text()).isEqualTo("---\na: 1\n\nc: 3\n---\n");
    }

    @Test
    void aNewNestedMapTakesTheStepOfMapsAtItsOwnColumn() throws Exception {
        Document doc = TestFiles.doc("---\ntop:\n  a: 1\nother:\n  deep:\n       k: v\n---\n");
        assertThat(doc.set(KeyPath.of("top", "new", "k"), "w").text())
                .isEqualTo("---\ntop:\n  a: 1\n  new:\n       k: w\nother:\n  deep:\n       k: v\n---\n");
    }
}
