package org.masthead.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.masthead.document.DocumentException;
import org.masthead.seo.ExternalLinkChecker;
import org.masthead.seo.ExternalLinks;
import org.masthead.seo.Finding;
import org.masthead.seo.FolderReport;
import org.masthead.seo.SeoConfig;
import org.masthead.seo.SeoRules;

/**
 * Folder SEO's "Check external links…": the one place the window goes online, and only after the
 * user says so in the question it asks first. The web links of the analysed folder's articles are
 * asked off the FX thread, as {@code masthead check --online} asks them, and the answers listed.
 */
final class ExternalLinksCheck {
    private final Background.Lane lane;
    private final Supplier<FolderReport> report;
    private final Supplier<Path> folder;
    private final Button start = new Button("Check external links…");
    private final Label question = new Label();
    private final Button go = new Button("Go online");
    // not "Cancel": dialogs are found by that word, and this button stays in the pane, hidden
    private final Button cancel = new Button("Stay offline");
    private final HBox confirm = new HBox(8, question, go, cancel);
    private final Label status = new Label();
    private final ListView<String> results = new ListView<>();
    private final VBox root = new VBox(6, start, confirm, status, results);

    ExternalLinksCheck(Background background, Supplier<FolderReport> report, Supplier<Path> folder) {
        this.lane = background.lane("masthead-web-links");
        this.report = report;
        this.folder = folder;
        start.setId("dashboard-check-links");
        start.setMinWidth(Region.USE_PREF_SIZE);
        go.setId("links-go");
        cancel.setId("links-cancel");
        status.setId("links-status");
        results.setId("links-results");
        results.setAccessibleText("Answers of the web links");
        results.setPrefHeight(120);
        for (Label label : new Label[] {question, status}) {
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            label.getStyleClass().add("dashboard-message");
        }
        shown(confirm, false);
        shown(results, false);
        // an empty message would show as an empty red box under the button
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        start.setOnAction(e -> ask());
        cancel.setOnAction(e -> {
            shown(confirm, false);
            status.setText("Not checked: nothing was sent.");
        });
        go.setOnAction(e -> run());
    }

    Node node() {
        return root;
    }

    private static void shown(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private void ask() {
        if (report.get() == null || folder.get() == null) {
            status.setText("Analyse the folder first: its articles' links are read from it.");
            return;
        }
        question.setText("This sends a request to the web server of every web link in the folder's articles "
                + "(one a second per server). Go online?");
        shown(confirm, true);
        go.requestFocus();
    }

    private void run() {
        shown(confirm, false);
        FolderReport analysed = report.get();
        Path root = folder.get();
        status.setText("Asking the web links' servers…");
        start.setDisable(true);
        lane.run(() -> check(root, analysed), this::show);
    }

    /** The findings, or the reason there are none. */
    private static Object check(Path root, FolderReport analysed) {
        try {
            SeoRules rules = SeoConfig.load(root);
            return ExternalLinks.check(root, analysed, rules, ExternalLinkChecker.forUser(rules.links().online()));
        } catch (IOException | DocumentException e) {
            return "The links were not checked: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "The links were not checked: stopped.";
        }
    }

    @SuppressWarnings("unchecked")
    private void show(Object result) {
        start.setDisable(false);
        if (result instanceof String problem) {
            status.setText(problem);
            return;
        }
        List<String> rows = new ArrayList<>();
        ((Map<String, List<Finding>>) result).forEach((path, list) -> list.forEach(f -> rows.add(path + ":"
                + f.line() + ": " + f.severity().label() + " " + f.check() + ": " + f.message())));
        results.getItems().setAll(rows);
        shown(results, !rows.isEmpty());
        status.setText(rows.isEmpty() ? "Every web link answered." : rows.size()
                + (rows.size() == 1 ? " web link needs" : " web links need") + " attention.");
    }
}
