package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.masthead.document.DocumentException;

class ArticleMergeDriverTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static byte[] bytes(String text, boolean bom) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return utf8;
        }
        byte[] out = new byte[utf8.length + 3];
        System.arraycopy(BOM, 0, out, 0, 3);
        System.arraycopy(utf8, 0, out, 3, utf8.length);
        return out;
    }

    @Test
    void aBodyAfterTheFrontMatterMergesByLinesAndKeepsCrlfAndTheBom() throws Exception {
        String base = "---\r\ntitle: Hi\r\ndraft: true\r\n---\r\nOne.\r\n\r\nTwo.\r\n\r\nThree.\r\n";
        String mine = base.replace("One.", "First.").replace("draft: true", "draft: false");
        String theirs = base.replace("Three.", "Third.").replace("title: Hi", "title: Hello");
        ArticleMergeDriver.Outcome o = ArticleMergeDriver.merge("a.md", bytes(base, true), bytes(mine, true),
                bytes(theirs, true));
        assertThat(o.clean()).isTrue();
        assertThat(o.bytes()).isEqualTo(bytes(mine.replace("Three.", "Third.").replace("title: Hi", "title: Hello"), true));
    }

    @Test
    void conflictsInTheFrontMatterAndTheBodyAreBothMarkedWithTheFilesLineBreaks() throws Exception {
        String base = "---\r\ntitle: Hi\r\n---\r\nOne.\r\n";
        String mine = "---\r\ntitle: Mine\r\n---\r\nUno.\r\n";
        String theirs = "---\r\ntitle: Theirs\r\n---\r\nEins.\r\n";
        ArticleMergeDriver.Outcome o = ArticleMergeDriver.merge("a.md", bytes(base, true), bytes(mine, true),
                bytes(theirs, true));
        assertThat(o.conflicts()).containsExactly("title", "body (1 region)");
        assertThat(o.bytes()).isEqualTo(bytes("""
                ---\r
                <<<<<<< ours\r
                title: Mine\r
                =======\r
                title: Theirs\r
                >>>>>>> theirs\r
                ---\r
                <<<<<<< ours\r
                Uno.\r
                =======\r
                Eins.\r
                >>>>>>> theirs\r
                """, true));
    }

    @Test
    void aKeyAddedOnTheirSideIsAddedToMine() throws Exception {
        String base = "---\nid: 1\ntags:\n  - a\n---\nText\n";
        String mine = base.replace("id: 1", "id: 2");
        String theirs = base.replace("  - a\n", "  - a\n  - b\n").replace("---\nText", "weight: 3\n---\nText");
        ArticleMergeDriver.Outcome o = ArticleMergeDriver.merge("a.md", bytes(base, false), bytes(mine, false),
                bytes(theirs, false));
        assertThat(o.clean()).isTrue();
        assertThat(new String(o.bytes(), StandardCharsets.UTF_8))
                .isEqualTo("---\nid: 2\ntags:\n  - a\n  - b\nweight: 3\n---\nText\n");
    }

    @Test
    void aVersionThatDoesNotParseIsNamed() {
        byte[] good = bytes("---\nid: 1\n---\n", false);
        byte[] bad = bytes("---\nid: 1\nid: 2\n---\n", false);
        assertThatThrownBy(() -> ArticleMergeDriver.merge("a.md", good, good, bad))
                .isInstanceOf(DocumentException.class).hasMessageContaining("a.md (theirs)");
    }
}
