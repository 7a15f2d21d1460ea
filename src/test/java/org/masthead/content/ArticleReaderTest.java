package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.masthead.testing.TestCorpus;

/** What the index reads of a file, on the fast reader's path and off it. */
class ArticleReaderTest {

    @Test
    void readsTheReferenceArticle() throws IOException {
        IndexEntry e = ArticleReader.read(TestCorpus.referenceArticle(), "seed.md");
        assertThat(e.problem()).isNull();
        assertThat(e.id()).isEqualTo("172801");
        assertThat(e.date()).isEqualTo("2025-02-10");
        assertThat(e.title()).isEqualTo("How does cultural competence impact therapeutic relationships in clinical psychology?");
        assertThat(e.subject()).isEqualTo("Psychology");
        assertThat(e.url()).isEqualTo("/learn/psychology/questions/how-does-cultural-competence-impact-therapeutic-relationships-in-clinical-psychology");
        assertThat(e.seoTitle()).isEqualTo("QuickTakes | Psychology");
        assertThat(e.seoDescription()).startsWith("Cultural competence is critical for effective therapeutic relationships")
                .endsWith("and racial identity considerations.");
        assertThat(e.seoKeywords()).startsWith("cultural competence, therapeutic relationships,").endsWith("racial identity");
        assertThat(e.related()).extracting(IndexEntry.RelatedRef::number, IndexEntry.RelatedRef::id)
                .containsExactly(Tuple.tuple(1, "172802"), Tuple.tuple(2, "172806"),
                        Tuple.tuple(3, "172802"), Tuple.tuple(4, "172806"),
                        Tuple.tuple(5, "172802"));
        assertThat(e.related().get(1).url()).isEqualTo("/learn/psychology/questions/what-are-the-components-of-cultural-identity-and-how-do-they-contribute-to-personal-and-social-identity");
    }

    @Test
    void listKeepsOnlyItsColumns() throws IOException {
        byte[] bytes = Files.readAllBytes(TestCorpus.referenceArticle());
        IndexEntry e = ArticleReader.read("seed.md", bytes, bytes.length, EntryDetail.LIST);
        assertThat(e.title()).isEqualTo("How does cultural competence impact therapeutic relationships in clinical psychology?");
        assertThat(e.seoTitle()).isEmpty();
        assertThat(e.related()).isEmpty();
    }

    @Test
    void aFileOffTheFastPathReadsAsTheModelReadsIt() {
        byte[] bytes = """
                ---
                title: "Caf\\u00e9"
                tags: [a, b]
                ---
                """.getBytes(StandardCharsets.UTF_8);
        assertThat(ArticleReader.read("t.md", bytes).title()).isEqualTo("Café");
    }

    @Test
    void aBinaryFileIsNamedAsOne() {
        IndexEntry e = ArticleReader.read("b.md", new byte[] {'-', '-', '-', 0, '\n'});
        assertThat(e.problem().message()).startsWith("binary file (NUL byte at offset 3)");
    }
}
