package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentSetTest {
    private static final String PLAIN_DOC = """
            ---
            first: one
            key: old value # note
            last: three
            ---
            body
            """;

    /** Line numbers (0-based) where the two texts differ; both must have the same line count. */
    static List<Integer> changedLines(String before, String after) {
        List<String> a = TestFiles.lines(before);
        List<String> b = TestFiles.lines(after);
        assertThat(b).hasSameSizeAs(a);
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                changed.add(i);
            }
        }
        return changed;
    }

    @Test
    void foldedTitleStaysFoldedAndOnlyItsLineChanges() throws Exception {
        Document doc = Document.parse(TestFiles.seed());
        Document edited = doc.set(KeyPath.parse("related_article3.title"), "A new: title # with marks");
        assertThat(edited.getString(KeyPath.parse("related_article3.title"))).contains("A new: title # with marks");
        List<Integer> changed = changedLines(doc.text(), edited.text());
        assertThat(changed).hasSize(1);
        assertThat(TestFiles.lines(edited.text()).get(changed.get(0))).isEqualTo("        A new: title # with marks");
    }

    @Test
    void newlineInAFoldedValueBecomesABlankLine() throws Exception {
        Document doc = TestFiles.doc("""
                ---
                q: >-
                    old text
                z: 1
                ---
                """);
        Document edited = doc.set(KeyPath.of("q"), "line one\nline two");
        assertThat(edited.text()).isEqualTo("""
                ---
                q: >-
                    line one

                    line two
                z: 1
                ---
                """);
        assertThat(edited.getString(KeyPath.of("q"))).contains("line one\nline two");
    }

    @ParameterizedTest
    @ValueSource(strings = {"simple words", "a: b", "ends with colon:", "x #tag", "x#tag", "- dash", "[x]", "'quoted'",
        "\"double\"", " lead", "trail ", "yes", "NO", "01234", "null", "~", "", "1.10", "2024-03-01", "it's",
        "tab\there", "line\nbreak", "back\\slash", "% percent", "@at", "`tick", "caf\u00e9 \uD83D\uDE00", "true"})
    void plainValueIsQuotedOnlyWhenItMustBe(String value) throws Exception {
        Document doc = TestFiles.doc(PLAIN_DOC);
        Document edited = doc.set(KeyPath.of("key"), value);
        assertThat(edited.getString(KeyPath.of("key"))).contains(value);
        assertThat(((ScalarField) edited.get(KeyPath.of("key")).orElseThrow()).type()).isEqualTo(ScalarType.STRING);
        List<Integer> changed = changedLines(doc.text(), edited.text());
        assertThat(changed).containsExactly(2);
        String line = TestFiles.lines(edited.text()).get(2);
        assertThat(line).endsWith(" # note");
        boolean quoted = line.startsWith("key: '") || line.startsWith("key: \"");
        boolean mustQuote = !value.equals("simple words") && !value.equals("it's") && !value.equals("x#tag")
                && !value.equals("back\\slash") && !value.equals("caf\u00e9 \uD83D\uDE00");
        assertThat(quoted).as(line).isEqualTo(mustQuote);
    }

    @Test
    void quotedValuesStayQuotedWithEscapes() throws Exception {
        Document doc = TestFiles.doc("""
                ---
                s: 'single'
                d: "double"
                ---
                """);
        Document edited = doc.set(KeyPath.of("s"), "it's").set(KeyPath.of("d"), "say \"hi\"\\");
        assertThat(edited.text()).isEqualTo("""
                ---
                s: 'it''s'
                d: "say \\"hi\\"\\\\"
                ---
                """);
    }

    @Test
    void numbersAndBooleansStayTypedWhenTheNewValueIsOne() throws Exception {
        Document doc = TestFiles.doc("""
                ---
                id: 12
                flag: true
                name: Bob
                score: -1.0
                ---
                """);
        Document edited = doc.set(KeyPath.of("id"), "13").set(KeyPath.of("flag"), "false")
                .set(KeyPath.of("name"), "42").set(KeyPath.of("score"), "high");
        assertThat(edited.text()).isEqualTo("""
                ---
                id: 13
                flag: false
                name: '42'
                score: high
                ---
                """);
    }

    @Test
    void valuesThatLookTypedStayExactlyAsWrittenWhenAnotherFieldChanges() throws Exception {
        String text = """
                ---
                a: NO
                b: yes
                c: 01234
                d: 1.10
                e: 2024-03-01 10:20:30 +02:00
                f: -1.0
                t: x
                ---
                """;
        Document edited = TestFiles.doc(text).set(KeyPath.of("t"), "y");
        assertThat(edited.text()).isEqualTo(text.replace("t: x", "t: y"));
    }

    @Test
    void aBlockScalarWhoseLastLineIsATabCanBeEditedAgain() throws Exception {
        Document doc = TestFiles.doc("""
                ---
                q: >-
                  old
                z: 1
                ---
                """).set(KeyPath.of("q"), "\t");
        assertThat(doc.getString(KeyPath.of("q"))).contains("\t");
        Document again = doc.set(KeyPath.of("q"), "");
        assertThat(again.getString(KeyPath.of("q"))).contains("");
        assertThat(again.getString(KeyPath.of("z"))).contains("1");
    }

    @Test
    void halfACharacterIsRefusedRatherThanWrittenAsAQuestionMark() throws Exception {
        Document doc = TestFiles.doc(PLAIN_DOC);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> doc.set(KeyPath.of("key"), "a\uD83Db"))
                .isInstanceOf(DocumentException.class).hasMessageContaining("half of a character");
        assertThat(doc.set(KeyPath.of("key"), "a\uD83D\uDE00b").getString(KeyPath.of("key"))).contains("a\uD83D\uDE00b");
    }

    @Test
    void aPreferredStyleUndoesQuotesThatAPassingValueNeeded() throws Exception {
        Document doc = TestFiles.doc("""
                ---
                title: Hello
                q: >-
                    text
                ---
                """);
        Document typed = doc;
        for (String value : List.of("Hello ", "Hello w", "Hello wo")) {
            typed = typed.set(KeyPath.of("title"), value, ScalarStyle.PLAIN);
        }
        assertThat(typed.text()).isEqualTo("""
                ---
                title: Hello wo
                q: >-
                    text
                ---
                """);
        Document drifted = doc.set(KeyPath.of("title"), "Hello ").set(KeyPath.of("title"), "Hello wo");
        assertThat(drifted.text()).startsWith("---\ntitle: 'Hello wo'");
        Document folded = doc.set(KeyPath.of("q"), "").set(KeyPath.of("q"), "back", ScalarStyle.FOLDED_STRIP);
        assertThat(folded.text()).isEqualTo("""
                ---
                title: Hello
                q: >-
                  back
                ---
                """);
    }

    @Test
    void settingTheValueAFieldAlreadyHoldsChangesNothing() throws Exception {
        Document doc = TestFiles.doc("""
                ---
                empty:
                none: ~
                q: "x"
                n: 01
                ---
                """);
        assertThat(doc.set(KeyPath.of("empty"), "")).isSameAs(doc);
        assertThat(doc.set(KeyPath.of("none"), "~")).isSameAs(doc);
        assertThat(doc.set(KeyPath.of("q"), "x", ScalarStyle.PLAIN)).isSameAs(doc);
        assertThat(doc.set(KeyPath.of("n"), "01")).isSameAs(doc);
    }

    @Test
    void setOnAnEmptyValueAddsTheSeparatingSpace() throws Exception {
        Document edited = TestFiles.doc("""
                ---
                a:
                b: 2
                ---
                """).set(KeyPath.of("a"), "now");
        assertThat(edited.text()).isEqualTo("""
                ---
                a: now
                b: 2
                ---
                """);
    }

    @Test
    void flowListItemsAreQuotedWhenTheyHoldFlowIndicators() throws Exception {
        Document edited = TestFiles.doc("""
                ---
                tags: [a, b]
                ---
                """).set(KeyPath.parse("tags[1]"), "c, d");
        assertThat(edited.getString(KeyPath.parse("tags[1]"))).contains("c, d");
        assertThat(edited.text()).isEqualTo("""
                ---
                tags: [a, 'c, d']
                ---
                """);
    }

    @Test
    void markdownRoundTripsThroughTheAnswerField() throws Exception {
        Document doc = Document.parse(TestFiles.seed());
        Document same = doc.withMarkdown(doc.markdown());
        assertThat(same.text()).isEqualTo(doc.text());
        Document edited = doc.withMarkdown("""
                # Hello

                World $\\neq$ x""");
        assertThat(edited.getString(KeyPath.of("answer"))).contains("# Hello\\n\\nWorld $\\neq$ x");
        assertThat(edited.markdown()).isEqualTo("""
                # Hello

                World $\\neq$ x""");
        assertThat(changedLines(doc.text(), edited.text())).hasSize(1);
    }
}
