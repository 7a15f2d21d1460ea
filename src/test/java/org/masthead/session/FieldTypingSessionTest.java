package org.masthead.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.document.KeyPath;

/** Typing in a form field as the session sees it, without a window. */
class FieldTypingSessionTest {
    private static final KeyPath TITLE = KeyPath.parse("title");

    @TempDir
    Path temp;

    private ArticleSession open(String text) throws Exception {
        Path file = temp.resolve("a.md");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return ArticleSession.open(file);
    }

    @Test
    void aKeystrokeIsAnUnsavedChangeAtOnceAndIsInWhatIsSaved() throws Exception {
        ArticleSession session = open("---\ntitle: Old\nn: 1\n---\nBody\n");
        session.typeField(TITLE, "Old!");
        assertThat(session.isDirty()).isTrue();
        assertThat(session.current().getString(TITLE)).as("not set yet: no parse per keystroke").contains("Old");
        assertThat(session.fieldText(TITLE)).isEqualTo("Old!");
        assertThat(session.capture().document().text()).isEqualTo("---\ntitle: Old!\nn: 1\n---\nBody\n");
        assertThat(session.forJournal().document().getString(TITLE)).contains("Old!");
        assertThat(session.forChecks().getString(TITLE)).contains("Old!");
    }

    @Test
    void typingBackTheSavedValueClearsTheMarkerOnceSettled() throws Exception {
        ArticleSession session = open("---\ntitle: Old\n---\nBody\n");
        session.typeField(TITLE, "Ol");
        assertThat(session.settle()).isTrue();
        session.typeField(TITLE, "Old");
        assertThat(session.isDirty()).isTrue();
        assertThat(session.settle()).isFalse();
    }

    @Test
    void aSaveDoesNotClearTheMarkerOfAnEditMadeWhileItWrote() throws Exception {
        ArticleSession session = open("---\ntitle: Old\n---\nBody\n");
        session.typeField(TITLE, "New");
        ArticleSession.Snapshot written = session.capture();
        session.typeField(TITLE, "Newer");
        session.markSaved(written);
        assertThat(session.isDirty()).isTrue();
        assertThat(session.capture().document().getString(TITLE)).contains("Newer");
        session.markSaved(session.capture());
        assertThat(session.isDirty()).isFalse();
    }

    @Test
    void undoingAWholeDocumentChangeDropsTheTypingItAlreadyHeld() throws Exception {
        ArticleSession session = open("---\ntitle: Old\nn: 1\n---\nBody\n");
        session.typeField(TITLE, "Typed");
        session.change("edit of n", doc -> doc.set(KeyPath.parse("n"), "2"));
        assertThat(session.typedFields()).isEmpty();
        EditHistory.DocumentStep step = (EditHistory.DocumentStep) session.history().undo().orElseThrow();
        session.revertDocument(step.before());
        assertThat(session.snapshot().text()).isEqualTo("---\ntitle: Typed\nn: 1\n---\nBody\n");
        EditHistory.FieldStep typing = (EditHistory.FieldStep) session.history().undo().orElseThrow();
        session.revertField(typing.path(), typing.before());
        assertThat(session.snapshot().text()).isEqualTo("---\ntitle: Old\nn: 1\n---\nBody\n");
        assertThat(session.settle()).isFalse();
    }

    @Test
    void aFoldedValueKeepsItsStyleWhileTyped() throws Exception {
        ArticleSession session = open("---\ndescription: >-\n  One line\n---\nBody\n");
        KeyPath description = KeyPath.parse("description");
        session.typeField(description, "One line, longer");
        assertThat(session.snapshot().text()).isEqualTo("---\ndescription: >-\n  One line, longer\n---\nBody\n");
    }
}
