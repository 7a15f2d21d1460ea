package org.masthead.seo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.ArticleFiles;
import org.masthead.content.batch.Batch;
import org.masthead.content.batch.BatchFixtures;
import org.masthead.content.batch.FileChange;
import org.masthead.document.Document;

class FolderFixesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final String OLS = "how-are-the-normal-equations-used-in-ols.md";

    @TempDir
    Path temp;

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String article(String title, String fileName) {
        return "---\ntitle: " + title + "\ndate: 2024-05-01\nseo:\n  title: Title\nfile_name: " + fileName
                + "\n---\nBody.\n";
    }

    private static SeoRules rules(Path root, boolean withIgnores) throws Exception {
        SeoRules rules = SeoConfig.load(root);
        return withIgnores ? rules : rules.withIgnored(java.util.Map.of());
    }

    @Test
    void aRepeatedRelatedArticleIsRemovedAndNothingElseChanges() throws Exception {
        Path root = BatchFixtures.copy("quicktakes", temp);
        Batch batch = FolderFixes.plan(root, ArticleFiles.under(root), Checks.RELATED_DUPLICATE,
                SeoConfig.load(root), CLOCK, e -> { });

        assertThat(batch.changes()).extracting(FileChange::file).containsExactly(root.resolve(OLS));
        FileChange change = batch.changes().get(0);
        List<String> before = new ArrayList<>(List.of(text(change.before()).split("\n", -1)));
        int at = before.indexOf("related_article4:");
        List<String> removed = new ArrayList<>(before.subList(at, at + 6));
        before.subList(at, at + 6).clear();
        assertThat(text(change.after()).split("\n", -1)).containsExactlyElementsOf(before);
        assertThat(removed.get(1)).isEqualTo("    id: 135356");
        assertThat(batch.title()).isEqualTo("Fix related-duplicate");
    }

    @Test
    void everyArticleGetsItsFixAndAnIgnoredFindingIsLeftAlone() throws Exception {
        Path root = temp.resolve("f");
        Files.createDirectories(root);
        Files.writeString(root.resolve("a.md"), article("Alpha beta", "wrong.md"));
        Files.writeString(root.resolve("b.md"), article("Gamma delta", "also-wrong.md"));
        Files.writeString(root.resolve("c.md"), article("Epsilon", "epsilon.md"));
        Files.writeString(root.resolve("d.md"), article("Zeta eta", "zeta.md"));
        SeoIgnores.add(root, "d.md", Checks.FILE_NAME_SLUG);
        Batch batch = FolderFixes.plan(root, ArticleFiles.under(root), Checks.FILE_NAME_SLUG,
                SeoConfig.load(root), CLOCK, e -> { });

        assertThat(batch.changes()).extracting(c -> c.file().getFileName().toString()).containsExactly("a.md", "b.md");
        assertThat(text(batch.changes().get(0).after())).isEqualTo(article("Alpha beta", "alpha-beta.md"));
        assertThat(text(batch.changes().get(1).after())).isEqualTo(article("Gamma delta", "gamma-delta.md"));
    }

    @Test
    void anArticleWithSeveralFindingsOfTheCheckGetsEveryFixCheckedAfreshEachTime() throws Exception {
        Path root = temp.resolve("r");
        Files.createDirectories(root);
        String related = "related_article%d:\n    id: 2\n    url: /q/b\n";
        Files.writeString(root.resolve("a.md"), "---\nid: 1\ntitle: A\nurl: /q/a\n" + related.formatted(1)
                + related.formatted(2) + related.formatted(3) + "---\nA\n");
        Files.writeString(root.resolve("b.md"), "---\nid: 2\ntitle: B\nurl: /q/b\n---\nB\n");
        Batch batch = FolderFixes.plan(root, ArticleFiles.under(root), Checks.RELATED_DUPLICATE,
                SeoConfig.load(root), CLOCK, e -> { });
        assertThat(text(batch.changes().get(0).after()))
                .isEqualTo("---\nid: 1\ntitle: A\nurl: /q/a\n" + related.formatted(1) + "---\nA\n");
    }

    @Test
    void onlyTheFilesGivenAreFixedButTheWholeFolderIsTheContext() throws Exception {
        Path root = temp.resolve("g");
        Files.createDirectories(root);
        Files.writeString(root.resolve("a.md"), article("Alpha beta", "wrong.md"));
        Files.writeString(root.resolve("b.md"), article("Gamma delta", "also-wrong.md"));
        Batch batch = FolderFixes.plan(root, List.of(root.resolve("b.md")), Checks.FILE_NAME_SLUG,
                SeoConfig.load(root), CLOCK, e -> { });
        assertThat(batch.changes()).extracting(c -> c.file().getFileName().toString()).containsExactly("b.md");
    }

    @Test
    void anIgnoreHidesTheFindingInTheFolderReportAndInTheArticlesOwnCheck() throws Exception {
        Path root = temp.resolve("h");
        Files.createDirectories(root);
        Files.writeString(root.resolve("a.md"), article("Alpha beta", "wrong.md"));
        Files.writeString(root.resolve("b.md"), article("Gamma delta", "also-wrong.md"));
        assertThat(SeoChecker.checkFolder(root, CLOCK).findingsFor("a.md"))
                .anySatisfy(f -> assertThat(f.check()).isEqualTo(Checks.FILE_NAME_SLUG));

        SeoIgnores.add(root, "a.md", Checks.FILE_NAME_SLUG);
        FolderReport report = SeoChecker.checkFolder(root, CLOCK);
        assertThat(report.findingsFor("a.md")).noneSatisfy(f -> assertThat(f.check()).isEqualTo(Checks.FILE_NAME_SLUG));
        assertThat(report.findingsFor("a.md")).anySatisfy(f -> assertThat(f.check()).isEqualTo(Checks.SEO_TITLE_LENGTH));
        assertThat(report.findingsFor("b.md")).anySatisfy(f -> assertThat(f.check()).isEqualTo(Checks.FILE_NAME_SLUG));

        FolderCheckCache cache = new FolderCheckCache(root);
        assertThat(cache.check(rules(root, false), CLOCK, FolderCheckCache.Progress.NONE).findingsFor("a.md"))
                .anySatisfy(f -> assertThat(f.check()).isEqualTo(Checks.FILE_NAME_SLUG));
        assertThat(cache.check(SeoConfig.load(root), CLOCK, FolderCheckCache.Progress.NONE).findingsFor("a.md"))
                .as("Folder SEO's cache, once the rules hold the ignore")
                .noneSatisfy(f -> assertThat(f.check()).isEqualTo(Checks.FILE_NAME_SLUG));

        SeoRules rules = SeoConfig.load(root);
        FolderContext ctx = FolderContext.of(rules, CLOCK, report.articles());
        Document a = Document.parse(root.resolve("a.md"));
        assertThat(SeoChecker.check("a.md", a, ctx)).noneSatisfy(f -> assertThat(f.check()).isEqualTo(Checks.FILE_NAME_SLUG));
        assertThat(SeoChecker.check("b.md", a, ctx)).anySatisfy(f -> assertThat(f.check()).isEqualTo(Checks.FILE_NAME_SLUG));
    }
}
