package org.masthead.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.ArticleReader;
import org.masthead.content.IndexEntry;
import org.masthead.document.KeyPath;

class FolderTableModelTest {
    private static final Executor NOW = Runnable::run;

    @TempDir
    Path temp;

    private final AtomicReference<FolderTableModel.View> last = new AtomicReference<>();
    private final FolderTableModel model = new FolderTableModel(NOW, NOW, last::set);

    @Test
    void aHundredThousandRowsSortAndFilterFromTheIndexWithoutReadingAFile() {
        Path root = temp.resolve("absent");
        List<IndexEntry> entries = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            entries.add(new IndexEntry("a/" + i + ".md", String.valueOf(i), "Title " + i, i % 2 == 0 ? "Even" : "Odd",
                    "", "", "", "", "", List.of(), null));
        }
        model.setColumns(root, List.of(KeyPath.of("id"), KeyPath.of("subject")));
        model.update(root, entries, List.of());
        model.setSort(0, false);
        FolderTableModel.View view = last.get();
        assertThat(view.total()).isEqualTo(100_000);
        assertThat(view.unread()).isZero();
        assertThat(view.rows().get(0).value(0)).isEqualTo("99999");
        assertThat(view.rows().get(99_999).value(0)).as("numbers sort as numbers").isEqualTo("0");
        model.setFilter(1, "odd");
        assertThat(last.get().rows()).hasSize(50_000).allMatch(r -> r.value(1).equals("Odd"));
        model.setFilter(FolderTableModel.ANY, "99999");
        assertThat(last.get().rows()).extracting(FolderTableModel.Row::relative).containsExactly("a/99999.md");
    }

    @Test
    void fieldsTheIndexLacksAreReadFromTheFilesAndReadAgainOnRequest() throws Exception {
        Path file = temp.resolve("one.md");
        Files.writeString(file, """
                ---
                title: One
                tags:
                  - go
                  - rust
                seo:
                  noindex: true
                ---
                Body
                """);
        IndexEntry entry = ArticleReader.read(file, "one.md");
        model.setColumns(temp, List.of(KeyPath.of("title"), KeyPath.of("tags"), KeyPath.parse("seo.noindex"),
                KeyPath.of("missing")));
        model.update(temp, List.of(entry), List.of());
        assertThat(last.get().unread()).isZero();
        assertThat(last.get().rows().get(0).values()).containsExactly("One", "go, rust", "true", "");

        Files.writeString(file, Files.readString(file).replace("noindex: true", "noindex: false"));
        model.reread(List.of(file));
        assertThat(last.get().rows().get(0).value(2)).isEqualTo("false");
        model.update(temp, List.of(), List.of("one.md"));
        assertThat(last.get().rows()).isEmpty();
    }

    /**
     * The score columns come from a check of the folder, not from fields, and sort by their number:
     * a.md has only an empty title (title-empty, an error: SEO 75, a problem); b.md is clean but for
     * its one-sentence body of five long words (Flesch 206.835 − 1.015 × 5 − 84.6 × 24/5 = −204, a
     * warning: readability 90); c.md, "The cat sat on the mat.", has no finding. keyphrase-missing
     * and content-length are switched off; three plain pages are judged by their own fields.
     */
    @Test
    void scoreColumnsShowEachArticlesScoresAndSortByTheirNumber() throws Exception {
        Files.writeString(temp.resolve(".masthead.yml"), "seo:\n  disabled: [keyphrase-missing, content-length]\n");
        Files.writeString(temp.resolve("a.md"), "---\ntitle: ''\n---\nThe cat sat on the mat.\n");
        Files.writeString(temp.resolve("b.md"), "---\ntitle: Hard reading\n---\n"
                + "Organisational considerations necessitate comprehensive documentation.\n");
        Files.writeString(temp.resolve("c.md"), "---\ntitle: A clean page\n---\nThe cat sat on the mat.\n");
        List<IndexEntry> entries = List.of(ArticleReader.read(temp.resolve("a.md"), "a.md"),
                ArticleReader.read(temp.resolve("b.md"), "b.md"), ArticleReader.read(temp.resolve("c.md"), "c.md"));
        model.setColumns(temp, List.of(KeyPath.of("title"), FolderTableModel.SEO_SCORE,
                FolderTableModel.READABILITY_SCORE));
        model.update(temp, entries, List.of());
        assertThat(last.get().unread()).isZero();
        assertThat(last.get().rows()).extracting(r -> r.value(1) + " / " + r.value(2))
                .containsExactly("75 problem / 100 good", "100 good / 90 needs work", "100 good / 100 good");

        // ties go by path
        model.setSort(1, true);
        assertThat(last.get().rows()).extracting(FolderTableModel.Row::relative).containsExactly("a.md", "b.md", "c.md");
        model.setSort(1, false);
        assertThat(last.get().rows()).as("100 before 75, by number").extracting(FolderTableModel.Row::relative)
                .containsExactly("b.md", "c.md", "a.md");
        model.setSort(2, true);
        assertThat(last.get().rows()).extracting(FolderTableModel.Row::relative).containsExactly("b.md", "a.md", "c.md");
    }
}
