package org.masthead.session;

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
        EditHistory.DocumentStep step = (EditHistory.DocumentStep) session.history().undo().orElseThrow();
        session.revertDocument(step.before());
        assertThat(session.snapshot().text()).isEqualTo(original);
        assertThat(session.settle()).isFalse();
        session.revertDocument(((EditHistory.DocumentStep) session.history().redo().orElseThrow()).after());
        assertThat(session.snapshot().text()).contains("n: 2\n");
    }

    @Test
    void theEditorsTextIsMadeOnceAndOnlyWhenAsked() throws Exception {
        Path file = temp.resolve("a.md");
        Files.writeString(file, "---\ntitle: T\n---\nBody\n", StandardCharsets.UTF_8);
        ArticleSession session = ArticleSession.open(file);
        int[] made = new int[1];
        session.setMarkdown(() -> {
            made[0]++;
            return "Body typed\n";
        }, "Body typed\n".length());
        // a length unlike the saved text's is dirty without making the text (the FX thread asks this)
        assertThat(session.isDirty()).isTrue();
        assertThat(made[0]).isZero();
        assertThat(session.markdown()).isEqualTo("Body typed\n");
        assertThat(session.snapshot().text()).endsWith("---\nBody typed\n");
        assertThat(made[0]).isEqualTo(1);
        session.setMarkdown(() -> "Body\n", "Body\n".length());
        assertThat(session.isDirty()).as("marked at once, until a check finds it clean").isTrue();
        assertThat(session.settle()).isFalse();
        assertThat(session.isDirty()).isFalse();
    }

    /** An article whose body is a short front-matter {@code answer}, with "Short typed" in the editor. */
    private ArticleSession shortAnswerTypedIn() throws Exception {
        Path file = temp.resolve("a.md");
        Files.writeString(file, "---\ntitle: T\nanswer: \"Short\"\n---\n", StandardCharsets.UTF_8);
        ArticleSession session = ArticleSession.open(file);
        session.setMarkdown(() -> "Short typed", "Short typed".length());
        return session;
    }

    @Test
    void theChecksGetALongFrontMatterBodyAsLastEncodedAndAShortOneEncodedNow() throws Exception {
        ArticleSession session = shortAnswerTypedIn();
        assertThat(session.forChecks().markdown()).isEqualTo("Short typed");

        String big = "x".repeat(300_000);
        session.setMarkdown(() -> big, big.length());
        session.setField(KeyPath.parse("title"), "New title");
        org.masthead.document.Document checked = session.forChecks();
        assertThat(checked.getString(KeyPath.parse("title"))).contains("New title");
        assertThat(checked.markdown()).isEqualTo("Short typed");
        // saving still encodes the editor's text
        assertThat(session.snapshot().markdown()).isEqualTo(big);
    }

    @Test
    void theJournalGetsALongFrontMatterBodyAsTypedBesideTheDocument() throws Exception {
        ArticleSession session = shortAnswerTypedIn();
        ArticleSession.JournalState small = session.forJournal();
        assertThat(small.typedBody()).isNull();
        assertThat(small.document().markdown()).isEqualTo("Short typed");

        String big = "y".repeat(300_000);
        session.setMarkdown(() -> big, big.length());
        session.setField(KeyPath.parse("title"), "New title");
        ArticleSession.JournalState state = session.forJournal();
        assertThat(state.typedBody()).isEqualTo(big);
        assertThat(state.document().getString(KeyPath.parse("title"))).contains("New title");
        assertThat(state.document().markdown()).as("not encoded for the journal").isEqualTo("Short typed");
        // once the text is encoded (a save), the document holds it and the journal needs nothing beside it
        session.snapshot();
        assertThat(session.forJournal().typedBody()).isNull();
        assertThat(session.forJournal().document().markdown()).isEqualTo(big);

        Path plain = temp.resolve("b.md");
        Files.writeString(plain, "---\ntitle: T\n---\nBody\n", StandardCharsets.UTF_8);
        ArticleSession body = ArticleSession.open(plain);
        body.setMarkdown(() -> big, big.length());
        assertThat(body.forJournal().typedBody()).as("a body after the front matter is cheap to encode").isNull();
        assertThat(body.forJournal().document().markdown()).isEqualTo(big);
    }
}
