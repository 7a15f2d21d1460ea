package org.masthead.content.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.document.DocumentException;

class ArticleRenameTest {
    private static final String ESTIMATOR = "how-is-the-consistency-of-an-estimator-evaluated";
    private static final String OLS = "how-are-the-normal-equations-used-in-ols.md";

    @TempDir
    Path temp;

    private Path write(Path root, String name, String text) throws Exception {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file.toAbsolutePath().normalize();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static FileChange changeOf(Batch batch, Path file) {
        return batch.changes().stream().filter(c -> c.file().equals(file)).findFirst().orElseThrow();
    }

    @Test
    void onTheReferenceFormatTheDerivedFieldsAndTheReferringRelatedUrlFollow() throws Exception {
        Path root = BatchFixtures.copy("quicktakes", temp);
        Path file = root.resolve(ESTIMATOR + ".md");
        Batch batch = ArticleRename.plan(root, file, Path.of("estimator-consistency.md"), true);

        assertThat(batch.changes()).hasSize(2);
        FileChange move = changeOf(batch, file);
        assertThat(move.target()).isEqualTo(root.resolve("estimator-consistency.md"));
        assertThat(move.before()).isEqualTo(Files.readAllBytes(file));
        assertThat(BatchFixtures.changedLines(move.before(), move.after())).containsExactly(
                "file_name: " + ESTIMATOR + ".md -> file_name: estimator-consistency.md",
                "url: /learn/economics/questions/" + ESTIMATOR + " -> url: /learn/economics/questions/estimator-consistency");
        FileChange referrer = changeOf(batch, root.resolve(OLS));
        assertThat(referrer.isMove()).isFalse();
        assertThat(BatchFixtures.changedLines(referrer.before(), referrer.after())).containsExactly(
                "url: /learn/economics/questions/" + ESTIMATOR + " -> url: /learn/economics/questions/estimator-consistency");
        assertThat(batch.title()).isEqualTo("Rename " + ESTIMATOR + ".md to estimator-consistency.md");
    }

    @Test
    void aStaleRelatedTitleIsBroughtUpToTheArticlesTitle() throws Exception {
        Path root = temp.resolve("site");
        Path target = write(root, "a.md", "---\ntitle: Fresh title\nfile_name: a.md\nurl: /q/a\n---\nA\n");
        Path referrer = write(root, "b.md", """
                ---
                title: B
                related_article1:
                    title: >-
                        Stale title
                    url: /q/a
                ---
                B
                """);
        Batch batch = ArticleRename.plan(root, target, Path.of("c.md"), false);
        assertThat(text(changeOf(batch, referrer).after())).isEqualTo("""
                ---
                title: B
                related_article1:
                    title: >-
                        Fresh title
                    url: /q/c
                ---
                B
                """);
    }

    @Test
    void onAHugoSiteRefsFollowAndTheOldAddressBecomesAnAlias() throws Exception {
        Path root = BatchFixtures.copy("hugo", temp);
        Path file = root.resolve("functions/transform/CanHighlight.md");
        Path guide = write(root, "guide.md", """
                ---
                title: Guide
                ---
                Use [it]({{< ref "functions/transform/CanHighlight" >}}) or [this](functions/transform/CanHighlight.md).
                """);
        Batch batch = ArticleRename.plan(root, file, Path.of("functions/transform/Supported.md"), true);

        FileChange move = changeOf(batch, file);
        assertThat(move.target()).isEqualTo(root.resolve("functions/transform/Supported.md"));
        String moved = text(move.after());
        assertThat(moved).isEqualTo(text(move.before()).replace("signatures: [transform.CanHighlight LANGUAGE]\n",
                "signatures: [transform.CanHighlight LANGUAGE]\naliases: [/functions/transform/canhighlight/]\n"));
        assertThat(text(changeOf(batch, guide).after())).contains(
                "Use [it]({{< ref \"functions/transform/Supported\" >}}) or [this](functions/transform/Supported.md).");

        Batch without = ArticleRename.plan(root, file, Path.of("functions/transform/Supported.md"), false);
        assertThat(text(changeOf(without, file).after())).isEqualTo(text(move.before()));
    }

    @Test
    void anExistingAliasListGetsTheOldAddressAtItsEnd() throws Exception {
        Path root = BatchFixtures.copy("hugo", temp);
        Path index = write(root, "functions/css/_index.md", "---\ntitle: CSS\n---\n");
        Path file = write(root, "functions/css/old.md", "---\ntitle: Old\naliases:\n  - /x/\n---\nOld\n");
        Batch batch = ArticleRename.plan(root, file, root.resolve("functions/css/new.md"), true);
        assertThat(text(changeOf(batch, file).after()))
                .isEqualTo("---\ntitle: Old\naliases:\n  - /x/\n  - /functions/css/old/\n---\nOld\n");
        assertThat(batch.changes()).extracting(FileChange::file).doesNotContain(index);
    }

    @Test
    void aSiteWithoutRedirectsGetsNoAlias() throws Exception {
        Path root = BatchFixtures.copy("quicktakes", temp);
        Path file = root.resolve(ESTIMATOR + ".md");
        Batch batch = ArticleRename.plan(root, file, Path.of("estimator-consistency.md"), true);
        assertThat(text(changeOf(batch, file).after())).doesNotContain("aliases").doesNotContain("redirect_from");

        Path jekyll = temp.resolve("jekyll");
        write(jekyll, "_config.yml", "title: Blog\n");
        Path post = write(jekyll, "_posts/2024-01-02-hello.md", "---\ntitle: Hello\n---\nHi\n");
        Batch plain = ArticleRename.plan(jekyll, post, Path.of("_posts/2024-01-02-hi.md"), true);
        assertThat(text(changeOf(plain, post).after())).isEqualTo("---\ntitle: Hello\n---\nHi\n");

        write(jekyll, "_config.yml", "title: Blog\nplugins:\n  - jekyll-redirect-from\n");
        Batch redirected = ArticleRename.plan(jekyll, post, Path.of("_posts/2024-01-02-hi.md"), true);
        assertThat(text(changeOf(redirected, post).after()))
                .isEqualTo("---\ntitle: Hello\nredirect_from: [/2024/01/02/hello.html]\n---\nHi\n");
    }

    @Test
    void aTakenNameAPlaceOutsideTheFolderOrANameThatIsNoArticleIsRefused() throws Exception {
        Path root = BatchFixtures.copy("quicktakes", temp);
        Path file = root.resolve(ESTIMATOR + ".md");
        assertThatThrownBy(() -> ArticleRename.plan(root, file, Path.of(OLS), false))
                .isInstanceOf(DocumentException.class).hasMessageContaining("already there");
        assertThatThrownBy(() -> ArticleRename.plan(root, file, Path.of("../out.md"), false))
                .isInstanceOf(DocumentException.class).hasMessageContaining("outside the content folder");
        assertThatThrownBy(() -> ArticleRename.plan(root, file, Path.of("x.txt"), false))
                .isInstanceOf(DocumentException.class).hasMessageContaining(".md");
    }
}
