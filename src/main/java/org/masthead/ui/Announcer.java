package org.masthead.ui;

import javafx.animation.PauseTransition;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Labeled;
import javafx.util.Duration;

/**
 * Tells a screen reader that a label which changes as the user types (a counter, a summary of
 * findings) has new text, once the typing pauses: the label's accessible text is set to the
 * settled text and the change is notified, which the platform readers announce without moving
 * the focus. Announcing every keystroke would talk over the typing.
 */
final class Announcer {
    static final Duration SETTLE = Duration.millis(800);

    private Announcer() {
    }

    /** Announces {@code label}'s text, named by {@code name}, each time it settles after a change. */
    static void watch(Labeled label, String name) {
        label.setAccessibleRole(AccessibleRole.TEXT);
        label.setAccessibleHelp(name + "; updated as you type");
        PauseTransition settle = new PauseTransition(SETTLE);
        settle.setOnFinished(e -> {
            String text = label.getText() == null || label.getText().isEmpty() ? name : name + ": " + label.getText();
            if (!text.equals(label.getAccessibleText())) {
                label.setAccessibleText(text);
                label.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
            }
        });
        label.textProperty().addListener((obs, was, now) -> settle.playFromStart());
        label.setAccessibleText(name);
    }
}
