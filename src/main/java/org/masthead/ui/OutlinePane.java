package org.masthead.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.fxmisc.richtext.CodeArea;
import org.masthead.document.BodyStats;

/**
 * The headings of the body as a list: a click puts the editor's caret on the heading, and the
 * heading of the section the caret is in stays selected as the caret moves.
 */
final class OutlinePane {
    private final ListView<BodyStats.Heading> list = new ListView<>();
    private final EditorPane editor;
    private boolean following;

    OutlinePane(EditorPane editor) {
        this.editor = editor;
        list.setId("outline");
        list.setAccessibleText("Outline of the headings");
        list.setPlaceholder(new Label("No headings"));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(BodyStats.Heading heading, boolean empty) {
                super.updateItem(heading, empty);
                setText(empty || heading == null ? null : heading.text().isEmpty() ? "(empty heading)" : heading.text());
                setStyle(empty || heading == null ? "" : "-fx-padding: 3 4 3 " + (4 + 14 * (heading.level() - 1)) + ";");
                getStyleClass().removeIf(c -> c.startsWith("outline-level-"));
                if (!empty && heading != null) {
                    getStyleClass().add("outline-level-" + heading.level());
                }
            }

            {
                // a click on the heading already selected jumps too
                setOnMouseClicked(e -> {
                    if (getItem() != null) {
                        editor.goToLine(getItem().line());
                    }
                });
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, heading) -> {
            if (!following && heading != null) {
                editor.goToLine(heading.line());
            }
        });
        CodeArea area = editor.area();
        area.currentParagraphProperty().addListener((obs, was, now) -> follow(now + 1));
    }

    Node node() {
        return list;
    }

    void show(List<BodyStats.Heading> headings) {
        if (!headings.equals(list.getItems())) {
            following = true;
            try {
                list.getItems().setAll(headings);
            } finally {
                following = false;
            }
        }
        follow(editor.area().getCurrentParagraph() + 1);
    }

    /** Selects the last heading at or above {@code line}, without moving the caret. */
    private void follow(int line) {
        List<BodyStats.Heading> items = list.getItems();
        int index = -1;
        for (int lo = 0, hi = items.size() - 1; lo <= hi; ) {
            int mid = (lo + hi) >>> 1;
            if (items.get(mid).line() <= line) {
                index = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        following = true;
        try {
            if (index < 0) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedIndex() != index) {
                list.getSelectionModel().select(index);
                list.scrollTo(Math.max(0, index - 3));
            }
        } finally {
            following = false;
        }
    }
}
