package org.masthead.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.masthead.seo.Scores;

/**
 * Folder SEO's to-do list: one row per article with its errors, warnings, misspellings, SEO and
 * readability scores and the checks it fails, sortable by each, so the worst articles can be taken first. Picking an article
 * narrows the findings table to it. Misspellings come from the list's spelling count, which is
 * worked out on its own lane and may arrive before or after the checks.
 */
final class DashboardArticles {
    private final ObservableList<DashboardModel.Todo> rows = FXCollections.observableArrayList();
    private final TableView<DashboardModel.Todo> table = new TableView<>();
    private Map<Path, Integer> spelling = Map.of();
    private Path folder;

    DashboardArticles(Consumer<DashboardModel.Todo> picked) {
        table.setId("dashboard-articles");
        table.setAccessibleText("Articles and what is left to do in each");
        table.setPrefHeight(220);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No articles checked yet."));
        table.getColumns().add(text("File", DashboardModel.Todo::path, 200));
        table.getColumns().add(number("Errors", DashboardModel.Todo::errors));
        table.getColumns().add(number("Warnings", DashboardModel.Todo::warnings));
        table.getColumns().add(number("Spelling", this::misspellings));
        table.getColumns().add(score("SEO", todo -> todo.scores().seo(), todo -> todo.scores().seoBand()));
        table.getColumns().add(score("Readability", todo -> todo.scores().readability(),
                todo -> todo.scores().readabilityBand()));
        table.getColumns().add(text("To do", todo -> String.join(", ", todo.checks()), 300));
        SortedList<DashboardModel.Todo> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, todo) -> picked.accept(todo));
    }

    TableView<DashboardModel.Todo> table() {
        return table;
    }

    void show(Path folder, List<DashboardModel.Todo> todos) {
        this.folder = folder;
        table.getSelectionModel().clearSelection();
        rows.setAll(todos);
    }

    /** Each article's count of misspellings, by absolute path; an article not counted shows nothing. */
    void setSpelling(Map<Path, Integer> counts) {
        spelling = Map.copyOf(counts);
        // setting the rows again sorts them again, by the new counts where the user sorted by spelling
        DashboardModel.Todo picked = table.getSelectionModel().getSelectedItem();
        rows.setAll(List.copyOf(rows));
        if (picked != null) {
            table.getSelectionModel().select(picked);
        }
    }

    void clearPick() {
        table.getSelectionModel().clearSelection();
    }

    /** Null when not counted, so that such rows sort together rather than as zero. */
    private Integer misspellings(DashboardModel.Todo todo) {
        return folder == null ? null : spelling.get(folder.resolve(todo.path()).toAbsolutePath().normalize());
    }

    private static TableColumn<DashboardModel.Todo, String> text(String title,
            Function<DashboardModel.Todo, String> value, double prefWidth) {
        TableColumn<DashboardModel.Todo, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> WrappingColumns.cell());
        column.setPrefWidth(prefWidth);
        return column;
    }

    /** A score, sorted as a number and shown with its band ("45, problem"), like Yoast's bullets in words. */
    private static TableColumn<DashboardModel.Todo, Integer> score(String title,
            Function<DashboardModel.Todo, Integer> value, Function<DashboardModel.Todo, Scores.Band> band) {
        TableColumn<DashboardModel.Todo, Integer> column = number(title, value);
        column.setId("dashboard-score-" + title.toLowerCase(java.util.Locale.ROOT));
        column.setCellFactory(c -> WrappingColumns.<DashboardModel.Todo, Integer>cell(
                (todo, n) -> todo == null ? n.toString() : n + ", " + band.apply(todo).label(),
                (todo, n) -> todo == null ? null : "score-" + band.apply(todo).label().replace(' ', '-')));
        column.setPrefWidth(110);
        column.setMaxWidth(150);
        return column;
    }

    private static TableColumn<DashboardModel.Todo, Integer> number(String title,
            Function<DashboardModel.Todo, Integer> value) {
        TableColumn<DashboardModel.Todo, Integer> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> WrappingColumns.cell());
        column.setPrefWidth(80);
        column.setMaxWidth(110);
        return column;
    }
}
