package org.masthead.content.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.ArticleFiles;
import org.masthead.document.Document;
import org.masthead.document.KeyPath;
import org.masthead.testing.TestCorpus;

class FolderCsvTest {
    @TempDir
    Path root;

    private Path file(String name, String text) throws Exception {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static List<KeyPath> columns(String... paths) {
        return List.of(paths).stream().map(KeyPath::parse).toList();
    }

    private String export(List<Path> files, List<KeyPath> columns) throws Exception {
        StringBuilder out = new StringBuilder();
        FolderCsv.write(out, root, files, columns);
        return out.toString();
    }

    @Test
    void exportQuotesWhatNeedsItJoinsListsAndLeavesMapsAndMissingFieldsEmpty() throws Exception {
        Path a = file("posts/a.md", """
                ---
                title: 'Say "hi", then go'
                tags: [go, java]
                seo: {title: x}
                ---
                body
                """);
        Path b = file("b.md", "+++\ntitle = \"two\\nlines\"\n+++\n");
        Path broken = file("c.md", "---\ntitle: [\n---\n");
        assertThat(export(List.of(a, b, broken), columns("title", "tags", "seo", "missing"))).isEqualTo(
                "path,title,tags,seo,missing\r\n"
                        + "posts/a.md,\"Say \"\"hi\"\", then go\",go; java,,\r\n"
                        + "b.md,\"two\nlines\",,,\r\n");
    }

    @Test
    void anUnchangedExportOfTheCorpusImportsAsNoChangeAndOneEditedCellAsOneLine() throws Exception {
        copyCorpus();
        List<Path> files = ArticleFiles.under(root);
        List<KeyPath> columns = columns("title", "seo.title", "seo.page_keywords", "answer", "subject",
                "related_article1.url", "tags", "categories", "score");
        String csv = export(files, columns);
        assertThat(csv.split("\r\n", -1).length).isGreaterThan(files.size() / 2);
        assertThat(FolderCsv.importPlan(root, new StringReader(csv)).isEmpty()).isTrue();

        String row = csv.lines().filter(l -> l.startsWith("quicktakes/how-are-the-normal")).findFirst().orElseThrow();
        String edited = csv.replace(row, row.replace("QuickTakes | Economics", "QuickTakes | Econometrics"));
        Batch batch = FolderCsv.importPlan(root, new StringReader(edited));
        assertThat(batch.changes()).singleElement().satisfies(change -> {
            assertThat(change.file()).isEqualTo(root.resolve("quicktakes/how-are-the-normal-equations-used-in-ols.md"));
            assertThat(changedLines(change)).containsExactly("  title: QuickTakes | Econometrics");
        });
        assertThat(batch.title()).isEqualTo("Import 1 cell from CSV");
    }

    @Test
    void aChangedListCellRemovesAndInsertsOnlyTheItemsThatDiffer() throws Exception {
        String text = "---\ntags:\n  - go # lang\n  - java\n  - rust\n---\n";
        Path a = file("a.md", text);
        Batch batch = FolderCsv.importPlan(root, new StringReader("path,tags\na.md,go; kotlin;rust ; \n"));
        assertThat(new String(batch.changes().get(0).after(), StandardCharsets.UTF_8))
                .isEqualTo(text.replace("  - java\n", "  - kotlin\n"));
        assertThat(Files.readString(a)).isEqualTo(text);
    }

    @Test
    void aByteOrderMarkLfLineEndsAndColumnsInAnyOrderAreAccepted() throws Exception {
        file("a.md", "---\ntitle: A\nid: 1\n---\n");
        Batch batch = FolderCsv.importPlan(root, new StringReader("\uFEFFpath,id,title\na.md,2,A\n"));
        assertThat(new String(batch.changes().get(0).after(), StandardCharsets.UTF_8)).isEqualTo("---\ntitle: A\nid: 2\n---\n");
    }

    @Test
    void everyProblemNamesItsLineAndColumnAndPlansNothing() throws Exception {
        file("a.md", "---\ntitle: A\nseo:\n  title: x\ntags: ['a;b']\n---\n");
        file(".hidden/h.md", "---\ntitle: A\n---\n");
        assertProblem("name,title\na.md,B\n", 1, 1, "the first column must be 'path'");
        assertProblem("path,title,se[o\na.md,B,x\n", 1, 3, "'se[o' is not a key path");
        assertProblem("path,title,title\na.md,B,B\n", 1, 3, "appears twice");
        assertProblem("path,title\r\na.md,B\r\nb.md,B\r\n", 3, 1, "'b.md' is not an article of");
        assertProblem("path,title\na.md,B\n../a.md,B\n", 3, 1, "not a path inside the folder");
        assertProblem("path,title\n.hidden/h.md,B\n", 2, 1, "not an article");
        assertProblem("path,title\na.md,B,C\n", 2, 3, "the row has 3 fields where the header has 2");
        assertProblem("path,title\na.md,\"B\nC\n", 2, 2, "a quoted field is not closed");
        assertProblem("path,title\na.md,\"B\"x\n", 2, 2, "text follows the closing quote");
        assertProblem("path,title\na.md,B\na.md,C\n", 3, 1, "listed twice (first on line 2)");
        assertProblem("path,title\na.md,\"B\nC\"\na.md,C,D\n", 4, 3, "the row has 3 fields");
        assertProblem("path,seo\na.md,B\n", 2, 2, "'seo' holds a map");
        assertProblem("path,tags\na.md,c\n", 2, 2, "holds an item with ';'");
        assertProblem("path,title.sub\na.md,c\n", 2, 2, "(title.sub) a.md:2:");
    }

    private void assertProblem(String csv, int line, int column, String message) {
        assertThatThrownBy(() -> FolderCsv.importPlan(root, new StringReader(csv)))
                .isInstanceOf(CsvException.class)
                .hasMessageStartingWith("line " + line + ", column " + column + ": ")
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((CsvException) e).line()).isEqualTo(line));
    }

    private void copyCorpus() throws Exception {
        Path from = TestCorpus.vendored();
        for (String folder : List.of("quicktakes", "hugo-docs")) {
            try (var files = Files.walk(from.resolve(folder))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Path to = root.resolve(from.relativize(f).toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(f, to);
                }
            }
        }
    }

    /** The lines of the new text that are not at the same place in the old one (same line count expected). */
    static List<String> changedLines(FileChange change) {
        String[] before = new String(change.before(), StandardCharsets.UTF_8).split("\n", -1);
        String[] after = new String(change.after(), StandardCharsets.UTF_8).split("\n", -1);
        assertThat(after).hasSameSizeAs(before);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < before.length; i++) {
            if (!before[i].equals(after[i])) {
                out.add(after[i]);
            }
        }
        return out;
    }

    @Test
    void theMarkdownFieldIsExportedDecodedAndImportedBack() throws Exception {
        Path seed = root.resolve("seed.md");
        Files.copy(TestCorpus.referenceArticle(), seed);
        String csv = export(List.of(seed), columns("answer"));
        assertThat(csv).contains("\n\n").doesNotContain("\\n\\n");
        String edited = csv.replaceFirst("\r\nseed.md,\"", "\r\nseed.md,\"Intro.\n\n");
        Batch batch = FolderCsv.importPlan(root, new StringReader(edited));
        Document doc = Document.parse("seed.md", batch.changes().get(0).after());
        assertThat(doc.markdown()).startsWith("Intro.\n\n");
        assertThat(changedLines(batch.changes().get(0))).hasSize(1);
    }
}
