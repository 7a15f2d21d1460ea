package org.masthead.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.masthead.content.InputSpec;
import org.masthead.document.KeyPath;
import org.masthead.spell.ArticleSpelling;
import org.masthead.spell.FolderSpelling;
import org.masthead.spell.MarkdownProse;
import org.masthead.spell.ProseWords;
import org.masthead.spell.SpellException;
import org.masthead.spell.Speller;
import org.masthead.spell.Word;

/**
 * Spelling in the form: each prose field (a title, a description, a field the schema types as
 * text or Markdown) is checked on the spelling lane after a pause in its typing. A field with
 * misspellings gets the style class {@value #STYLE} and a tooltip naming the words, and its
 * context menu offers their suggestions, "Add to folder dictionary" and "Ignore in this article".
 */
final class SpellFormFields {
    static final String STYLE = "spell-error-field";
    private static final String WATCHED = "masthead.spell.watched";
    private static final String FOUND = "masthead.spell.found";

    private final Parent content;
    private final Background.Lane lane;
    private final Supplier<FolderSpelling> spelling;
    private final Supplier<Speller> speller;
    private final Supplier<String> article;
    private final java.util.function.Consumer<String> problem;
    private boolean refreshPending;

    SpellFormFields(FormPane form, Background.Lane lane, Supplier<FolderSpelling> spelling, Supplier<Speller> speller,
                    Supplier<String> article, java.util.function.Consumer<String> problem) {
        this.content = (Parent) ((ScrollPane) form.node()).getContent();
        this.lane = lane;
        this.spelling = spelling;
        this.speller = speller;
        this.article = article;
        this.problem = problem;
        content.getChildrenUnmodifiable().addListener((ListChangeListener<Node>) c -> refreshLater());
        // a long form's later rows come a few pulses after it is shown
        form.setOnFilled(this::refreshLater);
    }

    private void refreshLater() {
        if (!refreshPending) {
            refreshPending = true;
            Platform.runLater(() -> {
                refreshPending = false;
                refresh();
            });
        }
    }

    /** Checks every prose field the form shows now. */
    void refresh() {
        FolderSpelling folder = spelling.get();
        if (folder == null || speller.get() == null) {
            return;
        }
        for (Node node : content.lookupAll("*")) {
            if (node instanceof TextInputControl input && input.getId() != null && input.getId().startsWith("field-")) {
                KeyPath path;
                try {
                    path = KeyPath.parse(input.getId().substring("field-".length()));
                } catch (IllegalArgumentException e) {
                    continue;
                }
                if (ArticleSpelling.isProseField(path, folder.schema())) {
                    watch(input, path);
                    check(input, path);
                }
            }
        }
    }

    private void watch(TextInputControl input, KeyPath path) {
        if (input.getProperties().containsKey(WATCHED)) {
            return;
        }
        input.getProperties().put(WATCHED, true);
        PauseTransition pause = new PauseTransition(Duration.millis(300));
        pause.setOnFinished(e -> check(input, path));
        input.textProperty().addListener((obs, old, now) -> pause.playFromStart());
    }

    private void check(TextInputControl input, KeyPath path) {
        FolderSpelling folder = spelling.get();
        Speller words = speller.get();
        String where = article.get();
        if (folder == null || words == null) {
            return;
        }
        String text = input.getText() == null ? "" : input.getText();
        boolean markdown = folder.schema().forField(path).map(InputSpec::type).orElse(null) == InputSpec.Type.MARKDOWN;
        lane.run(() -> {
            List<String> found = new ArrayList<>();
            for (Word w : markdown ? MarkdownProse.words(text) : ProseWords.inText(text)) {
                if (!found.contains(w.text()) && !folder.accepts(where, w.text()) && !words.isCorrect(w.text())) {
                    found.add(w.text());
                    words.suggest(w.text());
                }
            }
            return found;
        }, found -> {
            if (!text.equals(input.getText())) {
                return; // typed on: the pause after it checks again
            }
            input.getProperties().put(FOUND, found);
            input.getStyleClass().remove(STYLE);
            if (found.isEmpty()) {
                if (input.getTooltip() != null && input.getTooltip().getStyleClass().contains(STYLE)) {
                    input.setTooltip(null);
                }
            } else {
                input.getStyleClass().add(STYLE);
                Tooltip tip = new Tooltip("Misspelled: " + String.join(", ", found));
                tip.getStyleClass().add(STYLE);
                input.setTooltip(tip);
            }
        });
    }

    /** The misspelled words last found in {@code input}. */
    @SuppressWarnings("unchecked")
    static List<String> found(TextInputControl input) {
        Object found = input.getProperties().get(FOUND);
        return found instanceof List<?> list ? (List<String>) list : List.of();
    }

    /** A submenu for each misspelled word of the field: its suggestions, then the two dictionary entries. */
    List<MenuItem> itemsFor(TextInputControl input) {
        Speller words = speller.get();
        List<String> found = found(input);
        if (words == null || found.isEmpty()) {
            return List.of();
        }
        List<MenuItem> items = new ArrayList<>();
        for (String word : found.subList(0, Math.min(5, found.size()))) {
            Menu menu = new Menu(word);
            menu.getStyleClass().add(SpellChecking.MENU_ITEM);
            java.util.Optional<List<String>> known = words.suggestionsIfKnown(word);
            if (known.isEmpty()) {
                menu.getItems().add(SpellChecking.pending(lane, () -> words.suggest(word),
                        answer -> answer.stream().map(s -> item(s, () -> replace(input, word, s))).toList()));
            }
            for (String suggestion : known.orElse(List.of())) {
                menu.getItems().add(item(suggestion, () -> replace(input, word, suggestion)));
            }
            menu.getItems().add(item("Add to folder dictionary", () -> addToFolder(input, word)));
            menu.getItems().add(item("Ignore in this article", () -> ignore(input, word)));
            items.add(menu);
        }
        SeparatorMenuItem separator = new SeparatorMenuItem();
        separator.getStyleClass().add(SpellChecking.MENU_ITEM);
        items.add(separator);
        return items;
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.getStyleClass().add(SpellChecking.MENU_ITEM);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Replaces the word's first occurrence as typing would, so the form commits it as an edit. */
    void replace(TextInputControl input, String word, String replacement) {
        if (!input.isEditable()) {
            return;
        }
        for (Word w : ProseWords.inText(input.getText())) {
            if (w.text().equals(word)) {
                input.replaceText(w.offset(), w.end(), replacement);
                return;
            }
        }
    }

    private void addToFolder(TextInputControl input, String word) {
        FolderSpelling folder = spelling.get();
        if (folder == null) {
            return;
        }
        lane.run(() -> {
            try {
                folder.addToFolderDictionary(word);
            } catch (SpellException e) {
                return e.getMessage();
            }
            return null;
        }, error -> {
            if (error != null) {
                problem.accept("Spelling: " + error);
            }
            refresh();
        });
    }

    private void ignore(TextInputControl input, String word) {
        FolderSpelling folder = spelling.get();
        if (folder != null && article.get() != null) {
            folder.ignore(article.get(), word);
            refresh();
        }
    }
}
