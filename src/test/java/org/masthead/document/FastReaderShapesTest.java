package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Shapes of values, keys and lists that front matter has in practice, at every length around
 * the reader's eight-byte steps: what the fast reader reads itself (and reads as the editor's
 * model does), and what it must leave to the parser because the parser reads it otherwise or
 * refuses it.
 */
class FastReaderShapesTest {

    private static String value(MapField root, String key) {
        return ((ScalarField) root.entries().get(key)).value();
    }

    @Test
    void plainTitlesWithCapitalsSignsAndHashesInsideAreReadWhole() throws DocumentException {
        String[] titles = {"Dear Editor", "A Day At Sea", "Hello World", "Ask @Dave Later", "Paths\\And Tabs X",
            "Learn C# And F# Today", "Pay 5$ Or 10%", "EXIT EARLY PLEASE"};
        for (String title : titles) {
            for (int pad = 0; pad < 9; pad++) {
                String written = pad == 0 ? title : "w".repeat(pad) + " " + title;
                MapField root = FastReaderVerdicts.answersAsTheModel("---\ntitle: " + written + "\nn: 1\n---\n");
                assertThat(value(root, "title")).isEqualTo(written);
            }
        }
    }

    @Test
    void aHashAfterASpaceStartsACommentWhereverItFalls() throws DocumentException {
        for (int pad = 0; pad < 17; pad++) {
            String written = "v" + "w".repeat(pad);
            MapField root = FastReaderVerdicts.answersAsTheModel("---\ntitle: " + written + " # said " + "x".repeat(pad)
                    + "\nn: 1\n---\n");
            assertThat(value(root, "title")).isEqualTo(written);
        }
    }

    @Test
    void aColonInsideAPlainValueIsTextButAColonThenASpaceOrTheLineEndIsLeftToTheParser() throws DocumentException {
        for (int pad = 0; pad < 17; pad++) {
            String w = "w".repeat(pad);
            assertThat(value(FastReaderVerdicts.answersAsTheModel("---\nurl: https://x" + w + ".org/a:b\n---\n"), "url"))
                    .isEqualTo("https://x" + w + ".org/a:b");
            assertThat(FastReaderVerdicts.neverDisagrees("---\ntitle: Note" + w + ": the rest\n---\n")).isNull();
            assertThat(FastReaderVerdicts.neverDisagrees("---\ntitle: Note" + w + ":\n---\n")).isNull();
        }
    }

    @Test
    void valuesStartingWithADashQuestionMarkOrColonAreTextUnlessASpaceFollows() throws DocumentException {
        MapField root = FastReaderVerdicts.answersAsTheModel("---\nweight: -1\nq: ?maybe\nc: :x\nd: -x\n---\n");
        assertThat(value(root, "weight")).isEqualTo("-1");
        assertThat(((ScalarField) root.entries().get("weight")).type()).isEqualTo(ScalarType.NUMBER);
        assertThat(value(root, "q")).isEqualTo("?maybe");
        assertThat(value(root, "c")).isEqualTo(":x");
        for (String refused : new String[] {"- x", "-", "? x", "?", ": x"}) {
            assertThat(FastReaderVerdicts.neverDisagrees("---\na: " + refused + "\n---\n")).as(refused).isNull();
        }
    }

    @Test
    void valuesThatOnlyLookLikeDatesAreStrings() {
        for (String v : new String[] {"2024-x1-02", "2024-0x-02", "2024-01-x2", "2024-01-0x", "2024-1x-02", "2024-01-1x",
            "2024-01x02", "2024x01-02", "12x4-01-02", "2024-01-023"}) {
            assertThat(FastScalars.plainType(v)).as(v).isEqualTo(ScalarType.STRING);
        }
        assertThat(FastScalars.plainType("2024-01-02")).isEqualTo(ScalarType.DATE);
    }

    @Test
    void keysAndFlowListWordsOfAnyLettersAndDigitsAreRead() throws DocumentException {
        MapField root = FastReaderVerdicts.answersAsTheModel("""
                ---
                zeta: 1
                Zed: 2
                k9: 3
                A_0-z: 4
                keywords: [zebra, Zulu, 9lives, a0, Z9, x.y/z_9]
                ---
                """);
        assertThat(root.entries()).containsOnlyKeys("zeta", "Zed", "k9", "A_0-z", "keywords");
        assertThat(((ListField) root.entries().get("keywords")).items()).extracting(f -> ((ScalarField) f).value())
                .containsExactly("zebra", "Zulu", "9lives", "a0", "Z9", "x.y/z_9");
    }

    @Test
    void listItemsWithSpacesAfterTheDashOrQuotedColonsAreRead() throws DocumentException {
        MapField root = FastReaderVerdicts.answersAsTheModel("""
                ---
                notes:
                  -   spaced
                  - 'Note: single'
                  - "Note: double"
                ---
                """);
        assertThat(((ListField) root.entries().get("notes")).items()).extracting(f -> ((ScalarField) f).value())
                .containsExactly("spaced", "Note: single", "Note: double");
    }

    @Test
    void aListOrMapBelowABlankLineOrCommentUnderItsKeyBelongsToTheKey() throws DocumentException {
        MapField root = FastReaderVerdicts.answersAsTheModel("---\ntags:\n\n  - a\nalso:\n  # why\n  - b\nseo:\n\n  title: T\n---\n");
        assertThat(((ListField) root.entries().get("tags")).items()).hasSize(1);
        assertThat(((ListField) root.entries().get("also")).items()).hasSize(1);
        assertThat(value((MapField) root.entries().get("seo"), "title")).isEqualTo("T");
    }

    @Test
    void blockScalarsTheParserReadsOtherwiseAreLeftToIt() {
        // an empty block scalar, then the next key: the key is not the scalar's text
        FastReaderVerdicts.neverDisagrees("---\na: >\nb: 1\n---\n");
        FastReaderVerdicts.neverDisagrees("---\nm:\n  a: |\n  b: 1\n---\n");
        // a line of spaces deeper than the text is text of a literal or folded scalar
        FastReaderVerdicts.neverDisagrees("---\na: |\n  x\n   \nb: 1\n---\n");
        FastReaderVerdicts.neverDisagrees("---\na: >-\n  x\n     \nb: 1\n---\n");
        FastReaderVerdicts.neverDisagrees("---\na: |\n  x\n   \n\n    \nb: 1\n---\n");
    }
}
