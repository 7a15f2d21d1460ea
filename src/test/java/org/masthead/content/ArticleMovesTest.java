package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.Map;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.KeyPath;

class ArticleMovesTest {
    @TempDir
    Path temp;

    private static final String ARTICLE = """
            ---
            id: 7
            title: Old
            file_name: old-name.md
            url: /learn/maths/questions/old-name
            ---
            body""";

    @Test
    void theFileNameAndTheUrlsLastPartFollowTheName() throws Exception {
        Document doc = Document.parse("old-name.md", ARTICLE.getBytes(StandardCharsets.UTF_8));
        assertThat(ArticleMoves.derivedFieldEdits(doc, "old-name.md", "new-name.md")).containsExactly(
                Map.entry(KeyPath.of("file_name"), "new-name.md"),
                Map.entry(KeyPath.of("url"), "/learn/maths/questions/new-name"));
        Document slash = Document.parse("old-name.md", ARTICLE.replace("old-name\n", "old-name/\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(ArticleMoves.derivedFieldEdits(slash, "old-name.md", "new-name.md"))
                .containsEntry(KeyPath.of("url"), "/learn/maths/questions/new-name/");
    }

    @Test
    void fieldsTheAuthorSetOtherwiseAreLeftAlone() throws Exception {
        String own = ARTICLE.replace("file_name: old-name.md", "file_name: chosen.md")
                .replace("questions/old-name", "questions/something-else");
        Document doc = Document.parse("old-name.md", own.getBytes(StandardCharsets.UTF_8));
        assertThat(ArticleMoves.derivedFieldEdits(doc, "old-name.md", "new-name.md")).isEmpty();
    }

    @Test
    void aPathOutsideTheFolderIsRefused() throws Exception {
        assertThat(ArticleMoves.inside(temp, Path.of("sub/new.md"))).isEqualTo(temp.toAbsolutePath().normalize()
                .resolve("sub/new.md"));
        assertThatThrownBy(() -> ArticleMoves.inside(temp, Path.of("../outside.md")))
                .isInstanceOf(DocumentException.class).hasMessageContaining("outside the content folder");
    }

    @Test
    void duplicateCopiesByteForByteUnderAFreeName() throws Exception {
        Path file = Files.writeString(temp.resolve("a.md"), ARTICLE);
        Path first = ArticleMoves.duplicate(file);
        Path second = ArticleMoves.duplicate(file);
        assertThat(first.getFileName().toString()).isEqualTo("a-copy.md");
        assertThat(second.getFileName().toString()).isEqualTo("a-copy-2.md");
        assertThat(Files.readString(second)).isEqualTo(ARTICLE);
    }
}
