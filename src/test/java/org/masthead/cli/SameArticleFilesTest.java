package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.ArticleFiles;
import org.masthead.content.ContentIndex;
import org.masthead.content.FolderWatcher;
import org.masthead.content.IndexEntry;
import org.masthead.seo.SeoChecker;
import org.masthead.seo.SeoRules;
import org.testfx.util.WaitForAsyncUtils;

/** {@code list}, {@code check}, the window's index and the watcher see one and the same set of article files. */
class SameArticleFilesTest {
    private static final Set<String> ARTICLES = Set.of("a.md", "UPPER.MD", "b.markdown", "Mixed.Markdown",
            "sub/c.md", "linked/inside.md");

    @TempDir
    Path dir;

    private void write(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: " + name + "\n---\nBody\n", StandardCharsets.UTF_8);
    }

    private void layOut() throws IOException {
        for (String name : List.of("a.md", "UPPER.MD", "b.markdown", "Mixed.Markdown", "sub/c.md", "notes.txt",
                ".hidden.md", ".git/x.md", "sub/.drafts/d.md", "elsewhere/inside.md")) {
            write(name);
        }
        Files.move(dir.resolve("elsewhere"), dir.resolve(".store"));
        Files.createSymbolicLink(dir.resolve("linked"), dir.resolve(".store"));
    }

    private Set<String> relative(List<Path> files) {
        return files.stream().map(f -> dir.relativize(f).toString().replace('\\', '/'))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void listCheckTheIndexAndTheWatcherAgreeOnWhichFilesAreArticles() throws Exception {
        layOut();
        assertThat(relative(ArticleFiles.under(dir))).isEqualTo(new TreeSet<>(ARTICLES));

        StringWriter out = new StringWriter();
        int code = MastheadCommand.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "list", dir.toString(), "--format", "csv");
        assertThat(code).isZero();
        Set<String> listed = out.toString().lines().skip(1).map(line -> line.substring(0, line.indexOf(',')))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(listed).as("list").isEqualTo(new TreeSet<>(ARTICLES));

        assertThat(SeoChecker.checkFolder(dir, SeoRules.DEFAULTS, Clock.systemUTC()).files()).as("check")
                .isEqualTo(ARTICLES.size());
        assertThat(relative(SeoChecker.articleFiles(dir))).as("check's files").isEqualTo(new TreeSet<>(ARTICLES));

        ContentIndex index = new ContentIndex(dir);
        index.loadAndWait();
        Set<String> indexed = index.entries().stream().map(IndexEntry::path).collect(Collectors.toCollection(TreeSet::new));
        assertThat(indexed).as("the window's index").isEqualTo(new TreeSet<>(ARTICLES));

        try (FolderWatcher watcher = FolderWatcher.start(index)) {
            write("later/NEW.MD");
            write("later/.hidden/no.md");
            write("later/no.txt");
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> index.get("later/NEW.MD").isPresent());
            Set<String> expected = new TreeSet<>(ARTICLES);
            expected.add("later/NEW.MD");
            assertThat(relative(ArticleFiles.under(dir))).isEqualTo(expected);
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> index.entries().size() == expected.size());
            Set<String> watched = index.entries().stream().map(IndexEntry::path)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(watched).as("the watcher").isEqualTo(expected);
        }
    }
}
