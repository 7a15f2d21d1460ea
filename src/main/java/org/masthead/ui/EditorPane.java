package org.masthead.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/** The Markdown editor. Loading text is not an edit: only the user's typing marks it edited. */
public final class EditorPane {
    private final CodeArea area = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
    private final ReadOnlyBooleanWrapper edited = new ReadOnlyBooleanWrapper(this, "edited");
    private boolean loading;

    public EditorPane() {
        area.setId("editor");
        area.setWrapText(true);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.getStyleClass().add("markdown-editor");
        area.textProperty().addListener((obs, old, now) -> {
            if (!loading) {
                edited.set(true);
            }
        });
    }

    public Node node() {
        return scroll;
    }

    public CodeArea area() {
        return area;
    }

    // 'text' property
    public ObservableValue<String> textProperty() {
        return area.textProperty();
    }

    // 'edited' property: true once the user changed the text since the last load
    public ReadOnlyBooleanProperty editedProperty() {
        return edited.getReadOnlyProperty();
    }

    public void load(String text, boolean editable) {
        loading = true;
        try {
            area.replaceText(text);
            area.getUndoManager().forgetHistory();
            area.moveTo(0);
            area.setEditable(editable);
            area.requestFollowCaret();
        } finally {
            loading = false;
        }
        edited.set(false);
    }

    public void markSaved() {
        edited.set(false);
    }
}
