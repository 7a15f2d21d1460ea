package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.document.DocumentException;

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
    void renameMovesTheFileAndUpdatesOnlyTheDerivedLines() throws Exception {
        Path from = Files.writeString(temp.resolve("old-name.md"), ARTICLE);
        ArticleMoves.rename(temp, from, Path.of("sub/new-name.md"));
        assertThat(from).doesNotExist();
        assertThat(Files.readString(temp.resolve("sub/new-name.md"))).isEqualTo(ARTICLE
                .replace("file_name: old-name.md", "file_name: new-name.md")
                .replace("questions/old-name", "questions/new-name"));
    }

    @Test
    void fieldsTheAuthorSetOtherwiseAreLeftAlone() throws Exception {
        String own = ARTICLE.replace("file_name: old-name.md", "file_name: chosen.md")
                .replace("questions/old-name", "questions/something-else");
        Path from = Files.writeString(temp.resolve("old-name.md"), own);
        ArticleMoves.rename(temp, from, Path.of("new-name.md"));
        assertThat(Files.readString(temp.resolve("new-name.md"))).isEqualTo(own);
    }

    @Test
    void renameNeverReplacesAFileNorLeavesTheFolder() throws Exception {
        Path from = Files.writeString(temp.resolve("old-name.md"), ARTICLE);
        Files.writeString(temp.resolve("taken.md"), "other");
        assertThatThrownBy(() -> ArticleMoves.rename(temp, from, Path.of("taken.md")))
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
        assertThatThrownBy(() -> ArticleMoves.rename(temp, from, Path.of("../outside.md")))
                .isInstanceOf(DocumentException.class).hasMessageContaining("outside the content folder");
        assertThat(Files.readString(from)).isEqualTo(ARTICLE);
        assertThat(Files.readString(temp.resolve("taken.md"))).isEqualTo("other");
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
