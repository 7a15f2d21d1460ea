package org.masthead.ui;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.fxmisc.richtext.CodeArea;
import org.masthead.document.BodyStats;

/**
 * Under the editor: words and characters of the body, its reading time, and the caret's line and
 * column. The counts are made on a background lane after a pause in typing, so a 1 MB article
 * costs the FX thread nothing per keystroke; the caret's place is read from the editor at once.
 */
final class StatusBar {
    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.US);

    private final CodeArea area;
    private final Background.Lane lane;
    private final Label counts = new Label();
    private final Label caret = new Label();
    private final HBox root;
    private final PauseTransition pause = new PauseTransition(Duration.millis(250));
    private Consumer<BodyStats> onStats = stats -> { };
    private long generation;

    StatusBar(EditorPane editor, Background background) {
        area = editor.area();
        lane = background.lane("masthead-status");
        counts.setId("status-counts");
        caret.setId("status-caret");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        root = new HBox(12, counts, gap, caret);
        root.setId("status-bar");
        root.getStyleClass().add("status-bar");
        // the counts give way (with …) to a narrow editor; the caret's place stays whole
        counts.setMinWidth(0);
        caret.setMinWidth(Region.USE_PREF_SIZE);
        // loading an article is a change too: its counts show without typing
        editor.textChanges().subscribe(changes -> pause.playFromStart());
        pause.setOnFinished(e -> count());
        area.caretPositionProperty().addListener((obs, was, now) -> showCaret());
        showCaret();
        show(BodyStats.of(""));
    }

    Node node() {
        return root;
    }

    /** Receives each new count (the outline takes its headings from it), on the FX thread. */
    void setOnStats(Consumer<BodyStats> action) {
        onStats = action;
    }

    private void count() {
        var text = area.getContent().snapshot();
        long asked = ++generation;
        lane.run(() -> BodyStats.of(text.getText()), stats -> {
            if (asked == generation) {
                show(stats);
                onStats.accept(stats);
            }
        });
    }

    private void show(BodyStats stats) {
        counts.setText(COUNT.format(stats.words()) + (stats.words() == 1 ? " word · " : " words · ")
                + COUNT.format(stats.characters()) + (stats.characters() == 1 ? " character · " : " characters · ")
                + (stats.words() == 0 ? "no reading time" : stats.readingMinutes() + " min read"));
    }

    private void showCaret() {
        caret.setText("Ln " + (area.getCurrentParagraph() + 1) + ", Col " + (area.getCaretColumn() + 1));
    }

    // 'line': the caret's 1-based line, for the outline to follow
    int caretLine() {
        return area.getCurrentParagraph() + 1;
    }
}
