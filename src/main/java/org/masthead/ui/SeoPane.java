package org.masthead.ui;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.masthead.document.Document;
import org.masthead.document.Graphemes;
import org.masthead.seo.Finding;
import org.masthead.seo.FolderContext;
import org.masthead.seo.Scores;
import org.masthead.seo.SeoChecker;
import org.masthead.seo.SeoRules;
import org.masthead.seo.Severity;
import org.masthead.seo.Snippet;
import org.masthead.seo.SnippetFields;
import org.masthead.seo.SnippetProfile;
import org.masthead.session.ArticleItem;

/**
 * The open article's SEO: a search-snippet preview at desktop and mobile widths, character and
 * pixel counters, and the findings with their quick fixes. Checks run off the FX thread; only
 * the newest result is shown.
 */
public final class SeoPane {
    /** What the checks produced for one version of the document. */
    record Result(List<Finding> findings, Snippets desktop, Snippets mobile, String counters) {
    }

    record Snippets(String url, Snippet title, Snippet description) {
    }

    private final Background.Lane checker;
    private final SnippetView desktop = new SnippetView("Desktop", "snippet-desktop", 600);
    private final SnippetView mobile = new SnippetView("Mobile", "snippet-mobile", 360);
    private final Label counters = new Label();
    private final Label summary = new Label();
    /** The article's SEO and readability scores, worked out from the findings shown (seo/Scores). */
    private final Label scores = new Label();
    private final ListView<Finding> findings = new ListView<>();
    private final ListView<ArticleItem> incoming = new ListView<>();
    private Consumer<ArticleItem> onOpenArticle = item -> { };
    private final VBox content = new VBox(10);
    private final ScrollPane root = new ScrollPane(content);
    private volatile FolderContext context = FolderContext.standalone(SeoRules.DEFAULTS, Clock.systemDefaultZone());
    private Consumer<Finding> onSelect = finding -> { };
    private Consumer<Finding> onFix = finding -> { };
    private java.util.function.BiConsumer<String, Document> onCheck = (path, doc) -> { };

    /** With a background of its own, for a pane shown alone. */
    public SeoPane() {
        this(new Background(message -> { }));
    }

    /** With the window's background, whose message bar hears of a check that failed. */
    SeoPane(Background background) {
        checker = background.lane("masthead-seo");
        root.setId("seo-pane");
        root.setFitToWidth(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        content.getStyleClass().add("seo-pane");
        counters.setId("seo-counters");
        counters.getStyleClass().add("seo-counters");
        summary.setId("seo-summary");
        summary.getStyleClass().add("seo-summary");
        scores.setId("seo-scores");
        scores.getStyleClass().add("seo-summary");
        findings.setId("seo-findings");
        findings.setAccessibleText("Findings of the open article");
        counters.setFocusTraversable(false);
        // at large font sizes a line of counters or the summary is wider than the pane: it wraps instead of being cut
        for (Label label : new Label[] {counters, summary, scores}) {
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        Announcer.watch(counters, "Lengths");
        Announcer.watch(summary, "Findings");
        // the keyboard's way to what a click does: Enter goes to the finding's field, or opens the article
        findings.setOnKeyPressed(e -> {
            Finding selected = findings.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                e.consume();
                onSelect.accept(selected);
            }
        });
        incoming.setOnKeyPressed(e -> {
            ArticleItem item = incoming.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && item != null) {
                e.consume();
                onOpenArticle.accept(item);
            }
        });
        findings.setPrefHeight(260);
        findings.setCellFactory(view -> new FindingCell());
        findings.setPlaceholder(wrapping(new Label("No findings: this article passes every check.")));
        findings.setOnMouseClicked(e -> {
            Finding selected = findings.getSelectionModel().getSelectedItem();
            if (selected != null && e.getClickCount() >= 1) {
                onSelect.accept(selected);
            }
        });
        incoming.setId("seo-incoming");
        incoming.setAccessibleText("Articles that list this one as related");
        incoming.setPrefHeight(120);
        incoming.setPlaceholder(wrapping(new Label("No article in the folder lists this one as related.")));
        incoming.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ArticleItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        incoming.setOnMouseClicked(e -> {
            ArticleItem item = incoming.getSelectionModel().getSelectedItem();
            if (item != null && e.getClickCount() == 2) {
                onOpenArticle.accept(item);
            }
        });
        content.getChildren().addAll(heading("Search snippet"), desktop.node(), mobile.node(), counters,
                heading("Findings"), summaryRow(), findings, heading("What links here"), incoming);
        VBox.setVgrow(findings, Priority.ALWAYS);
    }

    /** The counts of findings and the scores side by side, so the scores take no line of their own. */
    private HBox summaryRow() {
        HBox row = new HBox(16, summary, scores);
        HBox.setHgrow(summary, Priority.ALWAYS);
        return row;
    }

    private static Label heading(String text) {
        Label label = wrapping(new Label(text));
        label.getStyleClass().add("seo-heading");
        return label;
    }

    private static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    public Node node() {
        return root;
    }

    /** The folder's articles, for the duplicate and related-article checks. */
    public void setContext(FolderContext folder) {
        this.context = folder;
    }

    /** What the checks know of the folder now: its rules, its site and its articles. */
    public FolderContext context() {
        return context;
    }

    public void setOnSelect(Consumer<Finding> handler) {
        onSelect = handler;
    }

    /** The articles that list the open one as related; a double-click opens one. */
    public void showIncoming(List<ArticleItem> items) {
        incoming.getItems().setAll(items);
    }

    public void setOnOpenArticle(Consumer<ArticleItem> handler) {
        onOpenArticle = handler;
    }

    /** Hears of every version of the article handed to the checks, as the Social tab does. */
    void setOnCheck(java.util.function.BiConsumer<String, Document> handler) {
        onCheck = handler;
    }

    public void setOnFix(Consumer<Finding> handler) {
        onFix = handler;
    }

    public List<Finding> findings() {
        return findings.getItems();
    }

    /** Checks {@code doc} in the background and shows the result if no newer document came meanwhile. */
    public void check(String path, Document doc) {
        onCheck.accept(path, doc);
        FolderContext folder = context;
        checker.latest(this, Background.Keep.LATEST_ONLY, () -> compute(path, doc, folder), this::show);
    }

    public void clear() {
        checker.cancel(this);
        findings.getItems().clear();
        incoming.getItems().clear();
        summary.setText("");
        scores.setText("");
        counters.setText("");
        desktop.clear();
        mobile.clear();
    }

    static Result compute(String path, Document doc, FolderContext folder) {
        List<Finding> found = SeoChecker.check(path, doc, folder);
        SnippetFields shown = SnippetFields.of(path, doc, folder.rules());
        String title = shown.title();
        String description = shown.description();
        String url = shown.breadcrumb();
        Snippets wide = snippets(SnippetProfile.DESKTOP, url, title, description);
        Snippets narrow = snippets(SnippetProfile.MOBILE, url, title, description);
        String count = String.format(Locale.ROOT, "SEO title: %d characters, %.0f / %.0f px    Description: %d characters, %.0f / %.0f px",
                Graphemes.count(Snippet.collapse(title)), wide.title().fullWidthPx(), SnippetProfile.DESKTOP.titleMaxPx(),
                Graphemes.count(Snippet.collapse(description)), wide.description().fullWidthPx(),
                SnippetProfile.DESKTOP.descriptionMaxPx());
        return new Result(found, wide, narrow, count);
    }

    private static Snippets snippets(SnippetProfile profile, String url, String title, String description) {
        return new Snippets(url, profile.title(title), profile.description(description));
    }

    private void show(Result result) {
        findings.getItems().setAll(result.findings());
        long errors = result.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = result.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
        summary.setText(count(errors, "error") + ", " + count(warnings, "warning") + ", "
                + count(result.findings().size() - errors - warnings, "note"));
        Scores.ArticleScores score = Scores.of(result.findings());
        scores.setText("SEO score " + score.seo() + " (" + score.seoBand().label() + ")"
                + (context.rules().text().enabled() ? "    Readability " + score.readability() + " ("
                + score.readabilityBand().label() + ")" : ""));
        counters.setText(result.counters());
        desktop.show(result.desktop());
        mobile.show(result.mobile());
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** One snippet as a results page would draw it, at a given width. */
    private static final class SnippetView {
        private final Label url = new Label();
        private final Label title = new Label();
        private final Label description = new Label();
        private final VBox box;

        SnippetView(String name, String id, double width) {
            Label caption = new Label(name);
            caption.getStyleClass().add("snippet-caption");
            url.getStyleClass().add("snippet-url");
            url.setId(id + "-url");
            title.getStyleClass().add("snippet-title");
            title.setId(id + "-title");
            description.getStyleClass().add("snippet-description");
            description.setId(id + "-description");
            // Labels are capped at the result column's width. What a results page cuts is cut already
            // in the text they get; at large font sizes the rest wraps rather than being cut again.
            for (Label label : new Label[] {url, title, description}) {
                label.setMaxWidth(width);
                label.setMinWidth(0);
                label.setWrapText(true);
                label.setMinHeight(Region.USE_PREF_SIZE);
            }
            box = new VBox(2, caption, url, title, description);
            box.getStyleClass().add("snippet");
            box.setMaxWidth(width + 24);
            box.setMinWidth(0);
        }

        Node node() {
            return box;
        }

        void show(Snippets s) {
            url.setText(s.url());
            title.setText(s.title().shown());
            description.setText(s.description().shown());
        }

        void clear() {
            url.setText("");
            title.setText("");
            description.setText("");
        }
    }

    private final class FindingCell extends ListCell<Finding> {
        @Override
        protected void updateItem(Finding finding, boolean empty) {
            super.updateItem(finding, empty);
            getStyleClass().removeAll("finding-error", "finding-warning", "finding-info");
            if (empty || finding == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                return;
            }
            getStyleClass().add("finding-" + finding.severity().name().toLowerCase(Locale.ROOT));
            setAccessibleText(finding.severity().label() + ": " + finding.message());
            Label where = new Label(finding.severity().name().toLowerCase(Locale.ROOT) + " · "
                    + (finding.field().isEmpty() ? "file" : finding.field()) + " · line " + finding.line());
            where.getStyleClass().add("finding-where");
            where.setWrapText(true);
            where.setMinHeight(Region.USE_PREF_SIZE);
            Label message = new Label(finding.message());
            message.setWrapText(true);
            message.setMinHeight(Region.USE_PREF_SIZE);
            message.getStyleClass().add("finding-message");
            VBox text = new VBox(2, where, message);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(8, text);
            row.setAlignment(Pos.CENTER_LEFT);
            finding.fix().ifPresent(fix -> {
                Button apply = new Button("Fix");
                apply.getStyleClass().add("finding-fix");
                apply.setMinWidth(Region.USE_PREF_SIZE);
                apply.setId("fix-" + finding.check() + "-" + finding.field());
                apply.setOnAction(e -> onFix.accept(finding));
                apply.setTooltip(new Tooltip(fix.describe()));
                apply.setAccessibleText("Fix: " + fix.describe());
                row.getChildren().add(apply);
            });
            text.setPrefWidth(0);
            text.setMinWidth(0);
            // Bound to the list's width so long messages wrap instead of widening the pane.
            row.maxWidthProperty().bind(getListView().widthProperty().subtract(24));
            row.prefWidthProperty().bind(getListView().widthProperty().subtract(24));
            setText(null);
            setGraphic(row);
        }
    }
}
