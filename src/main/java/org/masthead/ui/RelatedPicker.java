package org.masthead.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.masthead.document.KeyPath;
import org.masthead.session.ArticleItem;

/**
 * Searches the folder for an article and fills a {@code related_articleN} block with its id,
 * title, subject and url in one change.
 */
final class RelatedPicker {
    private static final int SHOWN = 8;

    private final TextField query = new TextField();
    private final ListView<ArticleItem> results = new ListView<>();
    private final VBox root;

    RelatedPicker(KeyPath block, Function<String, List<ArticleItem>> search, Consumer<Map<KeyPath, String>> fill) {
        query.setPromptText("Search the folder to link another article");
        query.setId("pick-" + block);
        query.setAccessibleText("Find a related article for " + block);
        results.setAccessibleText("Articles to link as " + block);
        results.setId("pick-results-" + block);
        results.setPrefHeight(0);
        results.setVisible(false);
        results.setManaged(false);
        results.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ArticleItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label() + (item.id() == null ? "" : "  (" + item.id() + ")"));
            }
        });
        query.textProperty().addListener((obs, old, text) -> {
            List<ArticleItem> found = text.isBlank() ? List.of()
                    : search.apply(text.strip()).stream().limit(SHOWN).toList();
            results.getItems().setAll(found);
            boolean any = !found.isEmpty();
            results.setVisible(any);
            results.setManaged(any);
            results.setPrefHeight(any ? Math.min(SHOWN, found.size()) * 26 + 4 : 0);
        });
        Runnable choose = () -> {
            ArticleItem chosen = results.getSelectionModel().getSelectedItem();
            if (chosen == null && !results.getItems().isEmpty()) {
                chosen = results.getItems().get(0);
            }
            if (chosen != null) {
                Map<KeyPath, String> values = new LinkedHashMap<>();
                values.put(block.child("id"), nz(chosen.id()));
                values.put(block.child("title"), nz(chosen.title()));
                values.put(block.child("subject"), nz(chosen.subject()));
                values.put(block.child("url"), nz(chosen.url()));
                fill.accept(values);
            }
        };
        query.setOnAction(e -> choose.run());
        results.setOnMouseClicked(e -> choose.run());
        Label hint = new Label("Pick a related article");
        hint.getStyleClass().add("field-hint");
        root = new VBox(2, hint, query, results);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    Node node() {
        return root;
    }
}
