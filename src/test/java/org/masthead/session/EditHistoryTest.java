package org.masthead.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.masthead.document.KeyPath;

class EditHistoryTest {
    private static void type(EditHistory history, String text, int at) {
        for (int i = 0; i < text.length(); i++) {
            history.recordText(at + i, "", String.valueOf(text.charAt(i)));
        }
    }

    @Test
    void typingIsUndoneAWordAtATime() {
        EditHistory history = new EditHistory();
        type(history, "hello world", 0);
        assertThat(history.undo()).contains(new EditHistory.TextStep(6, "", "world"));
        assertThat(history.undo()).contains(new EditHistory.TextStep(0, "", "hello "));
        assertThat(history.undo()).isEmpty();
    }

    @Test
    void spacesTypedBeforeAWordBelongToIt() {
        EditHistory history = new EditHistory();
        type(history, " and more", 5);
        assertThat(history.undo()).contains(new EditHistory.TextStep(10, "", "more"));
        assertThat(history.undo()).contains(new EditHistory.TextStep(5, "", " and "));
    }

    @Test
    void typingElsewhereOrOnANewLineStartsANewStep() {
        EditHistory history = new EditHistory();
        type(history, "ab", 0);
        type(history, "cd", 10);
        history.recordText(12, "", "\n");
        assertThat(history.undo()).contains(new EditHistory.TextStep(12, "", "\n"));
        assertThat(history.undo()).contains(new EditHistory.TextStep(10, "", "cd"));
    }

    @Test
    void backspacesInARowAreOneStep() {
        EditHistory history = new EditHistory();
        history.recordText(4, "d", "");
        history.recordText(3, "c", "");
        history.recordText(2, "b", "");
        assertThat(history.undo()).contains(new EditHistory.TextStep(2, "bcd", ""));
    }

    @Test
    void aFieldsTypingMergesUpToAWordAndItsDeletionIsAStepOfItsOwn() {
        EditHistory history = new EditHistory();
        KeyPath title = KeyPath.parse("seo.title");
        history.recordField(title, "A", "A ");
        history.recordField(title, "A ", "A b");
        history.recordField(title, "A b", "A bc");
        history.recordField(title, "A bc", "A bc ");
        history.recordField(title, "A bc ", "A bc d");
        assertThat(history.nextUndo()).contains(new EditHistory.FieldStep(title, "A bc ", "A bc d"));
        assertThat(history.nextUndo().orElseThrow().label()).isEqualTo("edit of seo.title");
        history.recordField(title, "A bc d", "A bc ");
        history.recordField(title, "A bc ", "A bc");
        assertThat(history.undo()).contains(new EditHistory.FieldStep(title, "A bc d", "A bc"));
        assertThat(history.undo()).contains(new EditHistory.FieldStep(title, "A bc ", "A bc d"));
        assertThat(history.undo()).contains(new EditHistory.FieldStep(title, "A", "A bc "));
        assertThat(history.undo()).isEmpty();
    }

    @Test
    void stepsOfEveryKindComeBackInTheOrderTheyWereMade() {
        EditHistory history = new EditHistory();
        KeyPath title = KeyPath.parse("title");
        type(history, "x", 0);
        history.recordField(title, "T", "Tz");
        type(history, "y", 1);
        assertThat(history.undo()).contains(new EditHistory.TextStep(1, "", "y"));
        assertThat(history.undo()).contains(new EditHistory.FieldStep(title, "T", "Tz"));
        assertThat(history.redo()).contains(new EditHistory.FieldStep(title, "T", "Tz"));
        type(history, "q", 5);
        assertThat(history.nextRedo()).as("a new edit ends what could be redone").isEmpty();
    }

    @Test
    void theEditBetweenTwoTextsIsTheirDifferingMiddle() {
        assertThat(EditHistory.edit("abcdef", "abXYef")).isEqualTo(new EditHistory.TextStep(2, "cd", "XY"));
        assertThat(EditHistory.edit("aaa", "aaaa")).isEqualTo(new EditHistory.TextStep(3, "", "a"));
        assertThat(EditHistory.edit("same", "same")).isEqualTo(new EditHistory.TextStep(4, "", ""));
    }
}
