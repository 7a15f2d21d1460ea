package org.masthead.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The folder's articles on the left. It owns its nodes and publishes the selection as a property. */
public final class ArticleListPane {
    private final ObservableList<ArticleItem> items = FXCollections.observableArrayList();
    private final ListView<ArticleItem> list = new ListView<>(items);
    private final Label status = new Label();
    private final VBox root = new VBox(list, status);

    public ArticleListPane() {
        list.setId("article-list");
        status.setId("article-status");
        status.getStyleClass().add("status");
        root.getStyleClass().add("article-list-pane");
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setCellFactory(view -> new ItemCell());
    }

    public Node node() {
        return root;
    }

    // 'selected' property
    public ReadOnlyObjectProperty<ArticleItem> selectedProperty() {
        return list.getSelectionModel().selectedItemProperty();
    }

    public void clear() {
        items.clear();
    }

    public void add(List<ArticleItem> batch) {
        items.addAll(batch);
        int problems = (int) items.stream().filter(ArticleItem::hasProblem).count();
        status.setText(items.size() + " articles" + (problems > 0 ? ", " + problems + " with problems" : ""));
    }

    public void showMessage(String message) {
        status.setText(message);
    }

    public void select(int index) {
        list.getSelectionModel().select(index);
    }

    public void select(ArticleItem item) {
        list.getSelectionModel().select(item);
    }

    private static final class ItemCell extends ListCell<ArticleItem> {
        @Override
        protected void updateItem(ArticleItem item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("problem");
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(item.label());
            if (item.hasProblem()) {
                getStyleClass().add("problem");
                setTooltip(new Tooltip(item.problem()));
            } else {
                setTooltip(new Tooltip(item.path().toString()));
            }
        }
    }
}
