package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.content.LineDiff.Kind;
import org.masthead.content.LineDiff.Row;
import org.masthead.document.Document;

class LineDiffTest {
    private static List<String> kinds(List<Row> rows) {
        return rows.stream().map(r -> r.kind().name().charAt(0) + (r.left() == null ? "" : r.left()) + "|"
                + (r.right() == null ? "" : r.right())).toList();
    }

    @Test
    void anInsertedLineLeavesEveryOtherLineUnmarked() {
        List<String> left = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q");
        List<String> right = new java.util.ArrayList<>(left);
        right.add(1, "new");
        List<Row> rows = LineDiff.rows(left, right);
        assertThat(rows).hasSize(18);
        assertThat(rows.stream().filter(r -> r.kind() != Kind.SAME)).containsExactly(new Row(Kind.ADDED, 0, null, 2, "new"));
        assertThat(rows.get(17)).isEqualTo(new Row(Kind.SAME, 17, "q", 18, "q"));
    }

    @Test
    void aChangedRunPairsItsLinesAndShowsTheRestAsRemovedOrAdded() {
        List<Row> rows = LineDiff.rows(List.of("keep", "old 1", "old 2", "tail"), List.of("keep", "new 1", "tail", "more"));
        assertThat(kinds(rows)).containsExactly("Skeep|keep", "Cold 1|new 1", "Rold 2|", "Stail|tail", "A|more");
        assertThat(rows.get(2).leftLine()).isEqualTo(3);
        assertThat(rows.get(4).rightLine()).isEqualTo(4);
    }

    @Test
    void aBodyInAFrontMatterFieldIsComparedAsDecodedMarkdownAndFieldsAsLines() throws Exception {
        String before = """
                ---
                title: Ohm
                answer: >-
                    First paragraph.\\n\\nSecond paragraph.\\n\\nThird paragraph.
                subject: Physics
                ---

                &nbsp;""";
        String after = before.replace("Second paragraph.", "Second, edited.").replace("subject: Physics", "subject: physics");
        List<String> left = LineDiff.linesOf(Document.parse("a.md", before.getBytes(StandardCharsets.UTF_8)));
        List<String> right = LineDiff.linesOf(Document.parse("a.md", after.getBytes(StandardCharsets.UTF_8)));
        assertThat(left).containsExactly("title: Ohm", "subject: Physics", "answer (Markdown):",
                "First paragraph.", "", "Second paragraph.", "", "Third paragraph.");
        List<Row> changed = LineDiff.rows(left, right).stream().filter(r -> r.kind() != Kind.SAME).toList();
        assertThat(kinds(changed)).containsExactly("Csubject: Physics|subject: physics",
                "CSecond paragraph.|Second, edited.");
    }

    @Test
    void aFileThatDoesNotParseIsComparedAsText() {
        List<String> lines = LineDiff.linesOf("bad.md", "---\ntitle: [unclosed\n---\nbody\n".getBytes(StandardCharsets.UTF_8));
        assertThat(lines).containsExactly("---", "title: [unclosed", "---", "body");
    }
}
