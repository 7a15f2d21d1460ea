package org.masthead.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import org.fxmisc.richtext.CodeArea;
import org.masthead.document.Document;
import org.masthead.session.ArticleSession;
import org.masthead.spell.FolderSpelling;
import org.masthead.spell.MarkdownProse;
import org.masthead.spell.SpellException;
import org.masthead.spell.Speller;
import org.masthead.spell.Word;

/**
 * Spell checking in the window. The folder's word lists and the article's dictionary load on a
 * lane of their own, never on the FX thread; once typing pauses, the editor's text is checked on
 * that lane, the paragraphs on screen first and the rest after, and the misspelled words are
 * underlined ({@link SpellMarks}). Right-clicking one offers its suggestions (a replacement is an
 * edit like typing, so the undo history, save and journal all see it), "Add to folder dictionary"
 * and "Ignore in this article", which lasts until the window closes and is never written.
 */
final class SpellChecking {
    static final String MENU_ITEM = "spell-menu-item";
    private static final Duration PAUSE = Duration.ofMillis(300);

    private final EditorPane editor;
    private final CodeArea area;
    private final SpellMarks marks;
    private final Background.Lane lane;
    private final Consumer<String> problem;
    private final SpellFormFields formFields;
    // what the lane has loaded; read on the FX thread only
    private FolderSpelling spelling;
    private Path spellingRoot;
    private Speller speller;
    private String article;
    private long edits;
    private long checks;

    SpellChecking(EditorPane editor, FormPane form, Background background, Consumer<String> problem) {
        this.editor = editor;
        this.area = editor.area();
        this.marks = editor.highlighter().spellMarks();
        this.lane = background.lane("masthead-spell");
        this.problem = problem;
        this.formFields = new SpellFormFields(form, lane, () -> spelling, () -> speller, () -> article, problem);
        editor.textChanges().subscribe(changes -> edits++);
        editor.textChanges().successionEnds(PAUSE).subscribe(changes -> check());
        // the editor's and the form's context menus put these items first each time they open
        editor.contextMenus().addContributor((target, offset) -> target == area ? itemsAt(offset)
                : target instanceof TextInputControl input ? formFields.itemsFor(input) : List.of());
    }

    /**
     * Follows the window's open article; {@code folder} gives the content folder's root (null
     * before one is open, when the article's own folder is used).
     */
    void follow(ReadOnlyObjectProperty<ArticleSession> session, Supplier<Path> folder) {
        session.addListener((obs, old, now) -> opened(now, folder.get()));
    }

    private void opened(ArticleSession session, Path root) {
        marks.set(List.of());
        speller = null;
        if (session == null) {
            article = null;
            return;
        }
        article = session.path().toAbsolutePath().normalize().toString();
        Path folder = root != null ? root : session.path().toAbsolutePath().getParent();
        Document doc = session.current();
        String opening = article;
        FolderSpelling known = folder.equals(spellingRoot) ? spelling : null;
        lane.run(() -> load(known, folder, doc), loaded -> {
            if (!opening.equals(article)) {
                return;
            }
            if (loaded.error() != null) {
                problem.accept("Spelling: " + loaded.error());
                return;
            }
            spelling = loaded.spelling();
            spellingRoot = folder;
            speller = loaded.speller();
            if (speller == null) {
                problem.accept("Spelling: no " + loaded.language() + " dictionary; put " + loaded.language()
                        + ".aff and .dic in " + folder.resolve(".masthead").resolve("dictionaries") + ".");
            }
            check();
            formFields.refresh();
        });
    }

    private record Loaded(FolderSpelling spelling, Speller speller, String language, String error) {
    }

    private static Loaded load(FolderSpelling known, Path folder, Document doc) {
        try {
            FolderSpelling spelling = known != null ? known : FolderSpelling.open(folder, null);
            String language = spelling.languageOf(doc);
            return new Loaded(spelling, spelling.speller(language).orElse(null), language, null);
        } catch (SpellException e) {
            return new Loaded(null, null, null, e.getMessage());
        }
    }

    /** Checks the editor's text as it is now: the lines on screen first, then the whole. */
    void check() {
        if (spelling == null || speller == null || article == null) {
            return;
        }
        long version = edits;
        Supplier<String> text = editor.textNow();
        int[] visible = visibleRange();
        FolderSpelling folder = spelling;
        Speller words = speller;
        String path = article;
        lane.run(() -> misspelled(text.get(), visible, folder, words, path, true), first -> {
            if (version == edits) {
                List<SpellMarks.Mark> shown = new ArrayList<>(first);
                marks.marks().stream().filter(m -> m.offset() < visible[0] || m.offset() >= visible[1])
                        .forEach(shown::add);
                marks.set(shown);
            }
        });
        lane.run(() -> misspelled(text.get(), visible, folder, words, path, false), all -> {
            if (version == edits) {
                marks.set(all);
                checks++;
            }
        });
        // the context menu's suggestions, looked up here so that a right click finds them ready
        lane.run(() -> {
            marks.marks().stream().map(SpellMarks.Mark::word).distinct().limit(50).forEach(words::suggest);
            return null;
        }, nothing -> { });
    }

    /** The offsets of the paragraphs on screen, start and end; the whole text when none is laid out yet. */
    private int[] visibleRange() {
        if (area.getVisibleParagraphs().isEmpty()) {
            return new int[] {0, area.getLength()};
        }
        int first = area.firstVisibleParToAllParIndex();
        int last = area.lastVisibleParToAllParIndex();
        return new int[] {area.getAbsolutePosition(first, 0), area.getAbsolutePosition(last, area.getParagraphLength(last))};
    }

    /** The misspelled words of the text; with {@code visibleOnly}, of those in {@code visible} only. */
    private static List<SpellMarks.Mark> misspelled(String text, int[] visible, FolderSpelling spelling,
                                                    Speller speller, String article, boolean visibleOnly) {
        List<SpellMarks.Mark> out = new ArrayList<>();
        for (Word w : MarkdownProse.words(text)) {
            boolean seen = w.offset() >= visible[0] && w.offset() < visible[1];
            if ((seen || !visibleOnly) && !spelling.accepts(article, w.text()) && !speller.isCorrect(w.text())) {
                out.add(new SpellMarks.Mark(w.offset(), w.text()));
            }
        }
        return out;
    }

    /**
     * The spelling entries for the word at {@code offset}; none when it is not underlined. Suggestions
     * not looked up yet are looked up on the lane, never on the FX thread, and take the place of a
     * "Looking up" item once they are known.
     */
    List<MenuItem> itemsAt(int offset) {
        Optional<SpellMarks.Mark> found = marks.at(offset);
        if (found.isEmpty() || speller == null) {
            return List.of();
        }
        SpellMarks.Mark mark = found.get();
        List<MenuItem> items = new ArrayList<>();
        Speller words = speller;
        Optional<List<String>> known = words.suggestionsIfKnown(mark.word());
        List<String> suggestions = known.orElse(List.of());
        if (known.isEmpty()) {
            items.add(pending(lane, () -> words.suggest(mark.word()), answer -> suggestionItems(mark, answer)));
        } else {
            items.addAll(suggestionItems(mark, suggestions));
        }
        items.add(item("Add \u201c" + mark.word() + "\u201d to folder dictionary", () -> addToFolder(mark.word())));
        items.add(item("Ignore \u201c" + mark.word() + "\u201d in this article", () -> ignore(mark.word())));
        SeparatorMenuItem separator = new SeparatorMenuItem();
        separator.getStyleClass().add(MENU_ITEM);
        items.add(separator);
        return items;
    }

    private List<MenuItem> suggestionItems(SpellMarks.Mark mark, List<String> suggestions) {
        List<MenuItem> items = new ArrayList<>();
        for (String suggestion : suggestions) {
            MenuItem replace = item(suggestion, () -> replace(mark, suggestion));
            replace.getStyleClass().add("spell-suggestion");
            items.add(replace);
        }
        if (suggestions.isEmpty()) {
            MenuItem none = item("(no suggestions)", () -> { });
            none.setDisable(true);
            items.add(none);
        }
        return items;
    }

    /**
     * A disabled "Looking up suggestions" item whose place the items made of {@code lookup}'s
     * answer take, in whichever menu holds it by then; the lookup runs on {@code lane}.
     */
    static MenuItem pending(Background.Lane lane, Supplier<List<String>> lookup,
                            Function<List<String>, List<MenuItem>> items) {
        MenuItem pending = item("Looking up suggestions\u2026", () -> { });
        pending.setDisable(true);
        lane.run(lookup, found -> {
            List<MenuItem> holder = pending.getParentMenu() != null ? pending.getParentMenu().getItems()
                    : pending.getParentPopup() != null ? pending.getParentPopup().getItems() : null;
            int at = holder == null ? -1 : holder.indexOf(pending);
            if (at >= 0) {
                holder.remove(at);
                holder.addAll(at, items.apply(found));
            }
        });
        return pending;
    }

    static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.getStyleClass().add(MENU_ITEM);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Replaces the word as the user would by typing: one change, recorded in the article's history. */
    void replace(SpellMarks.Mark mark, String replacement) {
        if (!area.isEditable() || mark.end() > area.getLength()
                || !area.getText(mark.offset(), mark.end()).equals(mark.word())) {
            return;
        }
        area.replaceText(mark.offset(), mark.end(), replacement);
        area.moveTo(mark.offset() + replacement.length());
    }

    void addToFolder(String word) {
        FolderSpelling folder = spelling;
        if (folder == null) {
            return;
        }
        lane.run(() -> {
            try {
                folder.addToFolderDictionary(word);
                return null;
            } catch (SpellException e) {
                return e.getMessage();
            }
        }, error -> {
            if (error != null) {
                problem.accept("Spelling: " + error);
            }
            unmark(word);
        });
    }

    void ignore(String word) {
        if (spelling != null && article != null) {
            spelling.ignore(article, word);
            unmark(word);
        }
    }

    private void unmark(String word) {
        marks.set(marks.marks().stream().filter(m -> !m.word().equals(word)).toList());
        formFields.refresh();
    }

    /** How many whole-text checks have been put on the editor: for tests. */
    long checks() {
        return checks;
    }

    SpellFormFields formFields() {
        return formFields;
    }
}
