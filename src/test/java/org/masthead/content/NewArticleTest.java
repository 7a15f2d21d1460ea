package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.document.Document;
import org.masthead.document.KeyPath;

class NewArticleTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 4);

    @TempDir
    Path dir;

    private ContentIndex index;

    @BeforeEach
    void folder() throws Exception {
        Files.writeString(dir.resolve("a.md"), """
                ---
                id: 41
                ---
                """);
        Files.writeString(dir.resolve("b.md"), """
                ---
                id: 1200
                ---
                """);
        Files.writeString(dir.resolve("c.md"), """
                ---
                id: not-a-number
                ---
                """);
        index = new ContentIndex(dir);
        index.loadAndWait();
    }

    private Path create(String title, String subject, String schema, String fileName) throws NewArticleException {
        return NewArticle.create(index, new NewArticle.Request(title, subject, schema, fileName), TODAY);
    }

    @Test
    void writesTheReferenceTemplateWithSlugIdDateAndUrl() throws Exception {
        Path file = create("What is the exclusive-OR of “Ω” and 3?", "Computer Science", null, null);
        // Ω is transliterated, and a Greek letter adds the tag of docs/config.md ("slugs:")
        assertThat(file).isEqualTo(dir.resolve("what-is-the-exclusiveor-of-o-and-3-qw7ng5nq.md"));
        IndexEntry e = ArticleReader.read(file, "x.md");
        assertThat(e.ok()).isTrue();
        assertThat(e.id()).isEqualTo("1201");
        assertThat(e.date()).isEqualTo("2026-03-04");
        assertThat(e.title()).isEqualTo("What is the exclusive-OR of “Ω” and 3?");
        assertThat(e.subject()).isEqualTo("Computer Science");
        assertThat(e.seoTitle()).isEqualTo("QuickTakes | Computer Science");
        assertThat(e.url()).isEqualTo("/learn/computer-science/questions/what-is-the-exclusiveor-of-o-and-3-qw7ng5nq");
        String text = Files.readString(file);
        assertThat(text).startsWith("""
                ---
                _schema: default
                """).contains("\nfile_name: what-is-the-exclusiveor-of-o-and-3-qw7ng5nq.md\n")
                .endsWith("""
                        ---

                        &nbsp;""");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }

    @Test
    void quotesASubjectThatPlainYamlWouldMisread() throws Exception {
        Path file = create("Odd subject", "Maths: #1", null, null);
        IndexEntry e = ArticleReader.read(file, "x.md");
        assertThat(Files.readString(file)).contains("subject: \"Maths: #1\"\n");
        assertThat(e.seoTitle()).isEqualTo("QuickTakes | Maths: #1");
        assertThat(e.url()).isEqualTo("/learn/maths-1/questions/odd-subject");
    }

    @Test
    void refusesToOverwrite() throws Exception {
        Files.writeString(dir.resolve("taken.md"), "mine");
        assertThatThrownBy(() -> create("Taken", "X", null, null))
                .isInstanceOf(NewArticleException.class).hasMessageContaining("already exists");
        assertThat(Files.readString(dir.resolve("taken.md"))).isEqualTo("mine");
    }

    @Test
    void refusesNamesThatEscapeTheFolder() throws Exception {
        assertThatThrownBy(() -> create("T", "X", null, "../out.md")).hasMessageContaining("out of the folder");
        assertThatThrownBy(() -> create("T", "X", null, "sub/../../out.md")).hasMessageContaining("out of the folder");
        assertThatThrownBy(() -> create("T", "X", null, "/tmp/out.md")).hasMessageContaining("absolute");
        assertThatThrownBy(() -> create("T", "X", null, ".hidden.md")).hasMessageContaining("hidden");
        assertThatThrownBy(() -> create("T", "X", null, "notes.txt")).hasMessageContaining(".md");
        assertThatThrownBy(() -> create("T", "X", "../../etc/passwd", null)).hasMessageContaining("bad schema name");
        assertThat(dir.resolveSibling("out.md")).doesNotExist();
    }

    @Test
    void refusesALinkOutOfTheFolder(@TempDir Path outside) throws Exception {
        Files.createSymbolicLink(dir.resolve("linked"), outside);
        assertThatThrownBy(() -> create("T", "X", null, "linked/t.md")).hasMessageContaining("link");
        Files.createSymbolicLink(dir.resolve("t.md"), outside.resolve("t.md"));
        assertThatThrownBy(() -> create("T", "X", null, null)).hasMessageContaining("already exists");
        try (Stream<Path> files = Files.list(outside)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void createsInASubfolderInside() throws Exception {
        Path file = create("Deep one", "X", null, "new/deep/one.md");
        assertThat(file).isEqualTo(dir.resolve("new/deep/one.md")).exists();
        assertThat(ArticleReader.read(file, "x").url()).isEqualTo("/learn/x/questions/one");
    }

    @Test
    void refusesTitlesWithoutLettersAndMissingSchemasAndSubjects() {
        assertThatThrownBy(() -> create("?!", "X", null, null)).hasMessageContaining("no letter or digit");
        assertThatThrownBy(() -> create("  ", "X", null, null)).hasMessageContaining("title is empty");
        assertThatThrownBy(() -> create("T", "X", "howto", null)).hasMessageContaining(".cloudcannon/schemas/howto.md");
        assertThatThrownBy(() -> create("T", null, null, null)).hasMessageContaining("subject");
    }

    @Test
    void fillsACloudCannonSchemaKeepingTheRestOfIt() throws Exception {
        Path schemas = Files.createDirectories(dir.resolve(".cloudcannon/schemas"));
        Files.writeString(schemas.resolve("howto.md"), """
                ---
                # a how-to
                title:
                id:
                draft: true
                tags: [how-to]
                ---

                ## Steps
                """,
                StandardCharsets.UTF_8);
        Path file = create("Bake bread", null, "howto", null);
        IndexEntry e = ArticleReader.read(file, "bake-bread.md");
        assertThat(e.title()).isEqualTo("Bake bread");
        assertThat(e.id()).isEqualTo("1201");
        String text = Files.readString(file);
        assertThat(text).contains("# a how-to\n").contains("draft: true\ntags: [how-to]\n").endsWith("""
                ---

                ## Steps
                """)
                .doesNotContain("url:");
    }

    @Test
    void aNewArticleGetsTheModeTouchWouldGiveIt() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
        Path probe = Files.createFile(dir.resolve("probe.txt"));
        Set<PosixFilePermission> touched = Files.getPosixFilePermissions(probe);
        Path file = create("Mode of a new article", "X", null, null);
        Path deep = create("Mode deeper down", "X", null, "sub/deeper.md");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(touched);
        assertThat(Files.getPosixFilePermissions(deep)).isEqualTo(touched);
        // under the usual umask 022 that is rw-r--r--, which an owner-only temp file would not be
        assertThat(touched).contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void theAnswerOfANewArticleIsIndentedLikeItsOtherFoldedValues() throws Exception {
        Path file = create("Indent of the answer", "X", null, null);
        Document doc = Document.parse(file).withMarkdown("First paragraph.\n\nSecond.");
        doc = doc.set(KeyPath.parse("seo.page_description"), "A description.");
        assertThat(doc.text()).contains("\nanswer: >-\n    First paragraph.\\n\\nSecond.\n")
                .contains("\n  page_description: >-\n    A description.\n")
                .contains("\nquestion: >-\n    Indent of the answer\n");
    }

    @Test
    void aFolderThatKeepsUnicodeLettersNamesFilesAndUrlsWithThem() throws Exception {
        Files.writeString(dir.resolve(".masthead.yml"), "slugs: unicode\n");
        Path file = create("Что такое фотосинтез?", "Биология", null, null);
        assertThat(file).isEqualTo(dir.resolve("что-такое-фотосинтез.md"));
        assertThat(ArticleReader.read(file, "x").url()).isEqualTo("/learn/биология/questions/что-такое-фотосинтез");
    }

    @Test
    void aWrongSlugStyleIsNamedAndNothingIsWritten() throws Exception {
        Files.writeString(dir.resolve(".masthead.yml"), "slugs: [ascii]\n");
        assertThatThrownBy(() -> create("Что такое фотосинтез?", "X", null, null))
                .isInstanceOf(NewArticleException.class)
                .hasMessageStartingWith(dir.resolve(".masthead.yml") + ":1:8: slugs must be a single value.");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).hasSize(4);
        }
    }
}
