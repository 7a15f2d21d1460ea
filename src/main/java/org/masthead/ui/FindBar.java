package org.masthead.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.fxmisc.richtext.CodeArea;

/**
 * Find and replace in the editor, shown above it on Ctrl+F and closed with Escape. It counts the
 * matches ("3 of 17"), steps forwards and back, and can match case, whole words or a regular
 * expression. Its groups wrap onto a second row rather than cut a button short.
 */
final class FindBar {
    private final CodeArea area;
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final CheckBox matchCase = option("Match case", "find-case", "Only text with the same capitals");
    private final CheckBox wholeWord = option("Whole word", "find-word", "Only whole words, not parts of longer ones");
    private final CheckBox regex = option("Regex", "find-regex", "Find a Java regular expression; $1 in the "
            + "replacement puts back its first group");
    private final Label count = new Label();
    private final FlowPane root;
    private final PauseTransition recount = new PauseTransition(Duration.millis(200));

    FindBar(CodeArea area) {
        this.area = area;
        find.setId("find-field");
        find.setPromptText("Find");
        find.setPrefColumnCount(16);
        replace.setId("replace-field");
        replace.setPromptText("Replace with");
        find.setAccessibleText("Find");
        replace.setAccessibleText("Replace with");
        replace.setPrefColumnCount(16);
        count.setId("find-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox findGroup = group(find, count, button("Previous", "find-previous", this::findPrevious),
                button("Next", "find-next", this::findNext));
        HBox options = group(matchCase, wholeWord, regex);
        HBox replaceGroup = group(replace, button("Replace", "replace-one", this::replaceOne),
                button("Replace All", "replace-all", this::replaceAll));
        Button close = button("✕", "find-close", this::hide);
        close.setTooltip(new Tooltip("Close (Escape)"));
        close.setAccessibleText("Close find and replace");
        root = new FlowPane(12, 4, findGroup, options, replaceGroup, close);
        root.getStyleClass().add("find-bar");
        find.setOnAction(e -> findNext());
        find.textProperty().addListener((obs, was, now) -> searchFromSelectionStart());
        for (CheckBox box : List.of(matchCase, wholeWord, regex)) {
            box.selectedProperty().addListener((obs, was, now) -> searchFromSelectionStart());
        }
        replace.setOnAction(e -> replaceOne());
        // a filter: the text fields would take Escape for themselves
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                hide();
            } else if (e.getCode() == KeyCode.ENTER && e.isShiftDown() && e.getTarget() == find) {
                e.consume();
                findPrevious();
            }
        });
        recount.setOnFinished(e -> showCount());
        area.multiRichChanges().subscribe(changes -> {
            if (root.isVisible() && changes.stream().anyMatch(EditorPane::changesText)) {
                recount.playFromStart();
            }
        });
        hide();
    }

    private static CheckBox option(String text, String id, String tip) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setTooltip(new Tooltip(tip));
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private static HBox group(Node... nodes) {
        HBox box = new HBox(6, nodes);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    Node node() {
        return root;
    }

    void show() {
        root.setVisible(true);
        root.setManaged(true);
        String selected = area.getSelectedText();
        if (!selected.isEmpty() && !selected.contains("\n")) {
            find.setText(selected);
        }
        find.requestFocus();
        find.selectAll();
        showCount();
    }

    void hide() {
        root.setVisible(false);
        root.setManaged(false);
        area.requestFocus();
    }

    /** The pattern the bar's text and options make, or null (with the reason shown) when there is none. */
    private Pattern pattern() {
        String needle = find.getText();
        if (needle.isEmpty()) {
            return null;
        }
        String body = regex.isSelected() ? needle : Pattern.quote(needle);
        if (wholeWord.isSelected()) {
            body = "(?<![\\p{L}\\p{N}_])(?:" + body + ")(?![\\p{L}\\p{N}_])";
        }
        try {
            return Pattern.compile(body, matchCase.isSelected() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            count.setText("Not a valid regex: " + e.getDescription());
            return null;
        }
    }

    /** Where every match starts and ends; empty matches are skipped. */
    private List<int[]> matches(Pattern pattern, String text) {
        List<int[]> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (m.end() > m.start()) {
                found.add(new int[] {m.start(), m.end()});
            }
        }
        return found;
    }

    private void showCount() {
        Pattern pattern = pattern();
        if (pattern == null) {
            if (find.getText().isEmpty()) {
                count.setText("");
            }
            return;
        }
        List<int[]> found = matches(pattern, area.getText());
        int at = area.getSelection().getStart();
        int end = area.getSelection().getEnd();
        int index = -1;
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i)[0] == at && found.get(i)[1] == end) {
                index = i;
            }
        }
        count.setText(found.isEmpty() ? "No matches"
                : index < 0 ? found.size() + (found.size() == 1 ? " match" : " matches")
                : (index + 1) + " of " + found.size());
    }

    private void searchFromSelectionStart() {
        area.moveTo(area.getSelection().getStart());
        if (!findNext()) {
            showCount();
        }
    }

    /** Selects the next match after the caret, wrapping around; returns whether there was one. */
    boolean findNext() {
        return step(true);
    }

    boolean findPrevious() {
        return step(false);
    }

    private boolean step(boolean forward) {
        Pattern pattern = pattern();
        if (pattern == null) {
            return false;
        }
        List<int[]> found = matches(pattern, area.getText());
        if (found.isEmpty()) {
            count.setText("No matches");
            return false;
        }
        int index;
        if (forward) {
            int from = area.getSelection().getLength() > 0 ? area.getSelection().getEnd() : area.getCaretPosition();
            index = 0;
            while (index < found.size() && found.get(index)[0] < from) {
                index++;
            }
            index %= found.size();
        } else {
            int before = area.getSelection().getStart();
            index = found.size() - 1;
            while (index >= 0 && found.get(index)[0] >= before) {
                index--;
            }
            index = (index + found.size()) % found.size();
        }
        area.selectRange(found.get(index)[0], found.get(index)[1]);
        area.requestFollowCaret();
        count.setText((index + 1) + " of " + found.size());
        return true;
    }

    private void replaceOne() {
        Pattern pattern = pattern();
        if (pattern == null || !area.isEditable()) {
            return;
        }
        String selected = area.getSelectedText();
        Matcher m = pattern.matcher(selected);
        if (!selected.isEmpty() && m.matches()) {
            area.replaceSelection(replacement(m));
            findNext();
        } else {
            findNext();
        }
    }

    /** What the matched selection becomes: the text as typed, or with the regex's groups put in. */
    private String replacement(Matcher matched) {
        StringBuilder out = new StringBuilder();
        matched.appendReplacement(out, replacementPattern());
        return out.toString();
    }

    private String replacementPattern() {
        return regex.isSelected() ? replace.getText() : Matcher.quoteReplacement(replace.getText());
    }

    /** Replaces every match as one change of the text, so one undo takes it all back. */
    private void replaceAll() {
        Pattern pattern = pattern();
        if (pattern == null || !area.isEditable()) {
            return;
        }
        String text = area.getText();
        List<int[]> found = matches(pattern, text);
        if (found.isEmpty()) {
            count.setText("No matches");
            return;
        }
        int start = found.get(0)[0];
        int end = found.get(found.size() - 1)[1];
        Matcher m = pattern.matcher(text);
        m.region(start, end);
        // the builder gets the untouched text before the first match as well; only what follows it is used
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (m.end() > m.start()) {
                m.appendReplacement(out, replacementPattern());
            }
        }
        area.replaceText(start, end, out.substring(start));
        count.setText(found.size() + " replaced");
    }
}
