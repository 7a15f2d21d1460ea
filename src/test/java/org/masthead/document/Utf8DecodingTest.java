package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * How a file's bytes become its text: a byte-order mark is kept aside and written back, bytes that
 * are not UTF-8 are refused at the line and column a user finds them, with the byte and its offset
 * in the file as a hex editor shows them. Each place below is counted by hand.
 */
class Utf8DecodingTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static byte[] bytes(Object... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Object p : parts) {
            byte[] b = p instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : p instanceof byte[] a ? a
                    : new byte[] {(byte) (int) (Integer) p};
            out.write(b, 0, b.length);
        }
        return out.toByteArray();
    }

    private static DocumentException refusal(byte[] bytes) {
        try {
            Document.parse("bad.md", bytes);
        } catch (DocumentException e) {
            return e;
        }
        throw new AssertionError("read without complaint");
    }

    @Test
    void aBadByteOnTheFirstLineIsNamedWithItsColumnAndOffset() {
        // "ab" then 0xE9 (Latin-1 é): column 3, offset 2
        DocumentException e = refusal(bytes("ab", 0xE9, "c\n"));
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.getMessage()).contains("byte 0xE9 at offset 2 is not valid UTF-8").contains("bad.md:1:3");
    }

    @Test
    void columnsCountCharactersAndOffsetsCountBytes() {
        // line 3 is "b: éé" then 0xFF: four chars and two two-byte ones before it, column 6;
        // the offset is 4 + 5 + 3 + 2 * 2 = 16
        DocumentException e = refusal(bytes("---\na: 1\nb: éé", 0xFF, "\n---\n"));
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(6);
        assertThat(e.getMessage()).contains("byte 0xFF at offset 16");
    }

    @Test
    void aBadByteRightAfterALineBreakIsInColumnOne() {
        DocumentException e = refusal(bytes("---\na: 1\n", 0x80, "\n---\n"));
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.getMessage()).contains("byte 0x80 at offset 9");
    }

    @Test
    void afterAByteOrderMarkTheOffsetIsTheFilesAndTheColumnTheTexts() {
        // the mark is three bytes of the file but no character of the text
        DocumentException e = refusal(bytes(BOM, "ab", 0xC0, 0x80));
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.getMessage()).contains("byte 0xC0 at offset 5");
    }

    @Test
    void aCharacterCutShortAtTheEndOfTheFileIsRefused() {
        // é is C3 A9; a file ending in C3 alone, after a real U+FFFD so that the strict pass runs
        DocumentException e = refusal(bytes("x\uFFFDy\nz", 0xC3));
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(2);
        assertThat(e.getMessage()).contains("byte 0xC3 at offset 7");
    }

    @Test
    void realReplacementCharactersAnywhereAreText() throws Exception {
        for (String text : new String[] {"\uFFFD", "a\uFFFD", "\uFFFD\uFFFD\uFFFD", "---\nt: \uFFFD\n---\n\uFFFD\n"}) {
            Document doc = Document.parse("ok.md", text.getBytes(StandardCharsets.UTF_8));
            assertThat(doc.text()).isEqualTo(text);
            assertThat(doc.toBytes()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
            Document marked = Document.parse("ok.md", bytes(BOM, text));
            assertThat(marked.text()).isEqualTo(text);
            assertThat(marked.toBytes()).isEqualTo(bytes(BOM, text));
        }
    }

    @Test
    void aFileOfOnlyAByteOrderMarkIsEmptyAndKeepsItsMark() throws Exception {
        Document doc = Document.parse("bom.md", BOM);
        assertThat(doc.text()).isEmpty();
        assertThat(doc.markdown()).isEmpty();
        assertThat(doc.toBytes()).isEqualTo(BOM);
        assertThat(doc.withMarkdown("Text").toBytes()).isEqualTo(bytes(BOM, "Text"));
    }

    @Test
    void aByteOrderMarkIsKeptOutOfTheTextAndWrittenBack() throws Exception {
        Document doc = Document.parse("bom.md", bytes(BOM, "---\nt: a\n---\nBody\n"));
        assertThat(doc.text()).isEqualTo("---\nt: a\n---\nBody\n");
        assertThat(doc.getString(KeyPath.of("t"))).contains("a");
        assertThat(doc.set(KeyPath.of("t"), "b").toBytes()).isEqualTo(bytes(BOM, "---\nt: b\n---\nBody\n"));
    }

    @Test
    void charactersThatShareTheMarksFirstBytesAreText() throws Exception {
        // U+FEF7 is EF BB B7, U+FE8D is EF BA 8D, U+FF48 is EF BD 88: Arabic and full-width letters
        for (String text : new String[] {"\uFEF7 text", "\uFE8D text", "\uFF48ello", "ab", "a"}) {
            Document doc = Document.parse("t.md", text.getBytes(StandardCharsets.UTF_8));
            assertThat(doc.text()).isEqualTo(text);
            assertThat(doc.markdown()).isEqualTo(text);
            assertThat(doc.toBytes()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void anEmptyFileIsAnEmptyDocument() throws Exception {
        Document doc = Document.parse("empty.md", new byte[0]);
        assertThat(doc.text()).isEmpty();
        assertThat(doc.toBytes()).isEmpty();
    }

    @Test
    void aBadByteIsRefusedBeforeAnythingIsRead() {
        assertThatThrownBy(() -> Document.parse("bad.md", bytes("---\nt: a\n---\n", 0xFE)))
                .isInstanceOf(DocumentException.class).hasMessageContaining("Re-save the file as UTF-8");
    }
}
