package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.document.KeyPath;

class ArticleSessionTest {
    @TempDir
    Path temp;

    @Test
    void aValueThatNeededQuotesForAMomentGoesBackToItsOwnStyle() throws Exception {
        Path file = temp.resolve("a.md");
        Files.writeString(file, "---\ntitle: Plain title\nn: 1\n---\nBody\n", StandardCharsets.UTF_8);
        ArticleSession session = ArticleSession.open(file);
        session.setField(KeyPath.parse("title"), "Plain title ");
        assertThat(session.current().text()).containsPattern("title: (['\"])Plain title \\1\n");
        session.setField(KeyPath.parse("title"), "Plainer title");
        assertThat(session.current().text()).isEqualTo("---\ntitle: Plainer title\nn: 1\n---\nBody\n");
        assertThat(session.isDirty()).isTrue();
    }

    @Test
    void undoAndRedoOfFieldEditsRestoreTheExactText() throws Exception {
        Path file = temp.resolve("a.md");
        String original = "---\ntitle: T\nn: 1\n---\nBody\n";
        Files.writeString(file, original, StandardCharsets.UTF_8);
        ArticleSession session = ArticleSession.open(file);
        session.setField(KeyPath.parse("n"), "2");
        session.undoFieldEdit();
        assertThat(session.current().text()).isEqualTo(original);
        assertThat(session.isDirty()).isFalse();
        session.redoFieldEdit();
        assertThat(session.current().text()).contains("n: 2\n");
    }
}
