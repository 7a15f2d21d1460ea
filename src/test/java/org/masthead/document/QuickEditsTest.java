package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A quick edit ({@link QuickEdits#set}) changes exactly the bytes of the value it sets: the file it
 * writes is the one {@link Document#set} writes, and the one worked out by hand; and where it
 * cannot prove that, it answers false and records nothing, so the caller goes through Document.
 */
class QuickEditsTest {
    private static final String FILE = """
            ---
            title: Old title
            seo:
              title: QuickTakes | Physics
              page_description: >-
                  One line of description.
            tags:
              - alpha
              - beta
            author: Ann
            ---
            Body text.
            """;

    static QuickEdits quick(String text) {
        return QuickEdits.read(text.getBytes(StandardCharsets.UTF_8));
    }

    static String written(QuickEdits quick) {
        return new String(quick.toBytes(), StandardCharsets.UTF_8);
    }

    /** Sets {@code path} both ways and checks both give {@code expected}. */
    private static void setsTo(String text, String path, String value, String expected) throws Exception {
        QuickEdits quick = quick(text);
        assertThat(quick).as("read quickly").isNotNull();
        assertThat(quick.set(KeyPath.parse(path), value)).as("set " + path + " quickly").isTrue();
        assertThat(quick.changed()).isTrue();
        assertThat(written(quick)).isEqualTo(expected);
        assertThat(TestFiles.doc(text).set(KeyPath.parse(path), value).text()).as("Document writes the same").isEqualTo(expected);
    }

    private static void refused(String text, String path, String value) {
        QuickEdits quick = quick(text);
        assertThat(quick).as("read quickly").isNotNull();
        assertThat(quick.set(KeyPath.parse(path), value)).as("left to Document: " + path + " = " + value).isFalse();
        assertThat(quick.changed()).isFalse();
        assertThat(written(quick)).isEqualTo(text);
    }

    @Test
    void aPlainValueOnTheFirstLineOfTheFrontMatterIsReplacedAndNothingElse() throws Exception {
        setsTo(FILE, "title", "New and longer title", FILE.replace("title: Old title\n", "title: New and longer title\n"));
    }

    @Test
    void aPlainValueOnTheLastLineBeforeTheClosingFenceIsReplacedAndNothingElse() throws Exception {
        setsTo(FILE, "author", "Bo", FILE.replace("author: Ann\n---", "author: Bo\n---"));
    }

    @Test
    void aNestedValueAndAListItemAreReplacedInPlace() throws Exception {
        setsTo(FILE, "seo.title", "QT | Maths", FILE.replace("  title: QuickTakes | Physics", "  title: QT | Maths"));
        setsTo(FILE, "tags[1]", "gamma", FILE.replace("  - beta", "  - gamma"));
        setsTo(FILE, "tags[0]", "a", FILE.replace("  - alpha", "  - a"));
    }

    @Test
    void aOneLineStrippedBlockValueKeepsItsHeaderAndIndentation() throws Exception {
        setsTo(FILE, "seo.page_description", "Another description, longer than the first.",
                FILE.replace("    One line of description.", "    Another description, longer than the first."));
        String literal = "---\nnote: |-\n  keep this\nn: 1\n---\n";
        setsTo(literal, "note", "kept that", "---\nnote: |-\n  kept that\nn: 1\n---\n");
    }

    @Test
    void aFileWithoutAFinalLineBreakKeepsItsLastByte() throws Exception {
        String text = "---\nt: a\n---\nno newline at the end";
        setsTo(text, "t", "b", "---\nt: b\n---\nno newline at the end");
        String bodyless = "---\nt: a\n---";
        setsTo(bodyless, "t", "b", "---\nt: b\n---");
    }

    @Test
    void aCommentAfterTheValueStays() throws Exception {
        setsTo("---\nt: a   # why\nu: x\n---\n", "t", "bcd", "---\nt: bcd   # why\nu: x\n---\n");
    }

    @Test
    void nonAsciiTextIsWrittenAsUtf8AndEveryOtherByteStays() throws Exception {
        String text = "---\nname: Zoë\ncity: Kraków\n---\nÉté\n";
        setsTo(text, "name", "Chloé 🌍", "---\nname: Chloé 🌍\ncity: Kraków\n---\nÉté\n");
        QuickEdits quick = quick(text);
        quick.set(KeyPath.of("city"), "Łódź");
        assertThat(quick.toBytes()).isEqualTo("---\nname: Zoë\ncity: Łódź\n---\nÉté\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void severalValuesSetInAnyOrderAreAllWritten() throws Exception {
        QuickEdits quick = quick(FILE);
        assertThat(quick.set(KeyPath.of("author"), "Zed")).isTrue();
        assertThat(quick.set(KeyPath.parse("tags[0]"), "first")).isTrue();
        assertThat(quick.set(KeyPath.of("title"), "T")).isTrue();
        Document doc = TestFiles.doc(FILE).set(KeyPath.of("title"), "T").set(KeyPath.parse("tags[0]"), "first")
                .set(KeyPath.of("author"), "Zed");
        assertThat(written(quick)).isEqualTo(doc.text())
                .isEqualTo(FILE.replace("Old title", "T").replace("alpha", "first").replace("Ann", "Zed"));
    }

    @Test
    void aValueIsSetOnceAndASecondSetOfItIsRefused() {
        QuickEdits quick = quick(FILE);
        assertThat(quick.set(KeyPath.of("author"), "One")).isTrue();
        assertThat(quick.set(KeyPath.of("author"), "Two")).as("the splices would overlap").isFalse();
        assertThat(written(quick)).isEqualTo(FILE.replace("Ann", "One"));
    }

    @Test
    void aBlockValueIsSetOnceToo() {
        QuickEdits quick = quick(FILE);
        assertThat(quick.set(KeyPath.parse("seo.page_description"), "First.")).isTrue();
        assertThat(quick.set(KeyPath.parse("seo.page_description"), "Second.")).isFalse();
        assertThat(written(quick)).isEqualTo(FILE.replace("One line of description.", "First."));
    }

    @Test
    void settingTheValueItHasChangesNothing() {
        QuickEdits quick = quick(FILE);
        assertThat(quick.set(KeyPath.of("author"), "Ann")).isTrue();
        assertThat(quick.set(KeyPath.parse("seo.page_description"), "One line of description.")).isTrue();
        assertThat(quick.changed()).isFalse();
        assertThat(quick.changedLine()).isNull();
        assertThat(written(quick)).isEqualTo(FILE);
    }

    @Test
    void valuesThatWouldNotReadBackAsTheSamePlainStringAreLeftToDocument() {
        for (String value : new String[] {"", "needs: quotes", "true", "12", "# not a comment", "two\nlines", " lead", "trail "}) {
            refused(FILE, "author", value);
        }
    }

    @Test
    void valuesThatAreNotOneLineStringsAsWrittenAreLeftToDocument() {
        String text = """
                ---
                quoted: "Q"
                single: 'S'
                folded: >
                  kept newline
                number: 3
                empty:
                twoLines: >-
                  one
                  two
                list:
                  - x
                map:
                  k: v
                ---
                """;
        for (String path : new String[] {"quoted", "single", "folded", "number", "empty", "twoLines", "list", "map",
                "missing", "list[1]", "list[0].k", "map.k.deeper", "number.x", "map[0]"}) {
            refused(text, path, "new");
        }
    }

    @Test
    void filesWithValuesTheFastReaderDoesNotReadAreLeftWhole() {
        for (String value : new String[] {"|+\n  kept", "a plain\n  value on two lines", ">-2\n   indented", ">-\n\nz: 1",
                "\"two\n  lines\""}) {
            assertThat(quick("---\nk: " + value + "\nz: 1\n---\n")).as(value).isNull();
        }
    }

    @Test
    void aBlockValueTakesOnlyTextThatStaysItsOneLine() {
        String text = "---\nd: >-\n  line\n---\n";
        for (String value : new String[] {"", " lead", "\tlead", "trail ", "trail\t", "two\nlines", "tab\tinside", "c\u0001",
                "del\u007F", "nel\u0085", "ls\u2028", "ps\u2029", "bom\uFEFF", "nc\uFFFE"}) {
            refused(text, "d", value);
        }
        QuickEdits quick = quick(text);
        assertThat(quick.set(KeyPath.of("d"), "a b: c # d 'e' \"f\" é 🌍")).as("colons and quotes are text").isTrue();
        assertThat(written(quick)).isEqualTo("---\nd: >-\n  a b: c # d 'e' \"f\" é 🌍\n---\n");
    }

    @Test
    void halfACharacterIsNeverWritten() throws Exception {
        for (String value : new String[] {"a\uD83C", "\uDF0Db", "a\uDF0D\uD83Cb", "\uD83C"}) {
            refused(FILE, "author", value);
            refused(FILE, "seo.page_description", value);
        }
        setsTo(FILE, "author", "\uD83C\uDF0D", FILE.replace("Ann", "\uD83C\uDF0D"));
    }

    @Test
    void theChangedLineNamesTheLineItsTextBeforeAndAfter() {
        QuickEdits quick = quick(FILE);
        quick.set(KeyPath.parse("seo.title"), "QT | Maths");
        QuickEdits.LineChange line = quick.changedLine();
        assertThat(line).isEqualTo(new QuickEdits.LineChange(3, "  title: QuickTakes | Physics", "  title: QT | Maths"));
        assertThat(written(quick).split("\n")[3]).isEqualTo(line.after());
        assertThat(FILE.split("\n")[3]).isEqualTo(line.before());

        QuickEdits first = quick(FILE);
        first.set(KeyPath.of("title"), "X");
        assertThat(first.changedLine()).isEqualTo(new QuickEdits.LineChange(1, "title: Old title", "title: X"));
        QuickEdits block = quick(FILE);
        block.set(KeyPath.parse("seo.page_description"), "Two.");
        assertThat(block.changedLine()).isEqualTo(new QuickEdits.LineChange(5, "      One line of description.", "      Two."));
        QuickEdits oneChar = quick("---\nt: a\nu: b\n---\n");
        oneChar.set(KeyPath.of("u"), "c");
        assertThat(oneChar.changedLine()).isEqualTo(new QuickEdits.LineChange(2, "u: b", "u: c"));
        QuickEdits last = quick(FILE);
        last.set(KeyPath.of("author"), "Bo");
        assertThat(last.changedLine()).isEqualTo(new QuickEdits.LineChange(9, "author: Ann", "author: Bo"));
    }

    @Test
    void thereIsNoOneChangedLineForNoneForTwoOrForTheMarkdown() {
        QuickEdits none = quick(FILE);
        assertThat(none.changedLine()).isNull();
        QuickEdits two = quick(FILE);
        two.set(KeyPath.of("title"), "X");
        two.set(KeyPath.of("author"), "Y");
        assertThat(two.changedLine()).isNull();
        QuickEdits body = quick(FILE);
        assertThat(body.setMarkdown("Other text.\n")).isTrue();
        assertThat(body.changedLine()).isNull();
    }

    @Test
    void aLongerValueMayGrowTheFrontMatterToItsLimitAndNotPast() throws Exception {
        // content = "big: " + n chars + "\n" + "t: x\n"
        int n = YamlTree.MAX_CHARS - 20;
        String text = "---\nbig: " + "a".repeat(n) + "\nt: x\n---\n";
        int content = 5 + n + 1 + 5;
        String fits = "y".repeat(YamlTree.MAX_CHARS - content + 1);
        setsTo(text, "t", fits, text.replace("\nt: x\n", "\nt: " + fits + "\n"));
        refused(text, "t", fits + "z");
        assertThatThrownBy(() -> TestFiles.doc(text).set(KeyPath.of("t"), fits + "z")).isInstanceOf(DocumentException.class);
    }

    @Test
    void theLimitCountsEveryValueSetBefore() throws Exception {
        int n = YamlTree.MAX_CHARS - 20;
        String text = "---\nbig: " + "a".repeat(n) + "\nt: x\nu: x\n---\n";
        int room = YamlTree.MAX_CHARS - (5 + n + 1 + 5 + 5);
        QuickEdits quick = quick(text);
        assertThat(quick.set(KeyPath.of("t"), "x".repeat(1 + room / 2 + 1))).isTrue();
        assertThat(quick.set(KeyPath.of("u"), "x".repeat(1 + room / 2 + 1))).as("together past the limit").isFalse();
        assertThat(quick.set(KeyPath.of("u"), "x".repeat(1 + room - room / 2 - 1))).as("together at the limit").isTrue();
        Document doc = TestFiles.doc(text).set(KeyPath.of("t"), "x".repeat(1 + room / 2 + 1))
                .set(KeyPath.of("u"), "x".repeat(1 + room - room / 2 - 1));
        assertThat(written(quick)).isEqualTo(doc.text());
    }

    @Test
    void shorterValuesMakeRoomForLongerOnes() throws Exception {
        int n = YamlTree.MAX_CHARS - 20;
        String text = "---\nbig: " + "a".repeat(n) + "\nt: x\nu: x\n---\n";
        int room = YamlTree.MAX_CHARS - (5 + n + 1 + 5 + 5);
        QuickEdits quick = quick(text);
        assertThat(quick.set(KeyPath.of("big"), "short")).isTrue();
        assertThat(quick.set(KeyPath.of("t"), "x".repeat(room + 100))).as("room the shorter value made").isTrue();
        assertThat(written(quick)).isEqualTo("---\nbig: short\nt: " + "x".repeat(room + 100) + "\nu: x\n---\n");
    }

    @Test
    void theMarkdownHasNoLimitAndTakesNoneOfTheFrontMattersRoom() {
        int n = YamlTree.MAX_CHARS - 20;
        String text = "---\nbig: " + "a".repeat(n) + "\nt: x\n---\nbody\n";
        int room = YamlTree.MAX_CHARS - (5 + n + 1 + 5);
        QuickEdits quick = quick(text);
        String markdown = "m".repeat(2 * YamlTree.MAX_CHARS);
        assertThat(quick.setMarkdown(markdown)).isTrue();
        assertThat(quick.set(KeyPath.of("t"), "x".repeat(1 + room))).isTrue();
        assertThat(written(quick)).endsWith("\nt: " + "x".repeat(1 + room) + "\n---\n" + markdown);
    }
}
