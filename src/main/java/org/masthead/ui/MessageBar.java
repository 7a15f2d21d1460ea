package org.masthead.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The line over the form that tells the user what went wrong and what to do. It shows the latest
 * message; with none, a standing problem of the folder's own settings, which stays until fixed;
 * with neither, it takes no room.
 */
final class MessageBar {
    private final Label label = new Label();
    private final StringProperty message = new SimpleStringProperty(this, "message");
    private final StringProperty folderProblem = new SimpleStringProperty(this, "folderProblem");

    MessageBar() {
        label.setId("message");
        label.getStyleClass().add("message");
        label.setWrapText(true);
        // the whole message, however long: the editing panes below give way
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(Bindings.createStringBinding(
                () -> message.get() != null ? message.get() : folderProblem.get(), message, folderProblem));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    Node node() {
        return label;
    }

    // 'message' property: the latest message, or null when there is none
    StringProperty messageProperty() {
        return message;
    }

    // 'folderProblem' property: what is wrong with the folder's settings, or null
    StringProperty folderProblemProperty() {
        return folderProblem;
    }

    void show(String text) {
        message.set(text);
    }

    /** Clears the latest message; a problem of the folder's settings stays. */
    void clear() {
        message.set(null);
    }
}
