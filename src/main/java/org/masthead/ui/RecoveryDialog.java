package org.masthead.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.masthead.content.ArticleChanges;
import org.masthead.content.EditJournal;

/**
 * Asks whether to restore the edits a crash left: when they were made, in local time, and what
 * they change, field by field and paragraph by paragraph, so the user can judge before choosing.
 */
final class RecoveryDialog {
    enum Answer { RESTORE, DISCARD, LATER }

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final int EXCERPT = 100;

    private RecoveryDialog() {
    }

    /** {@code changes} is null when the file on disk could not be compared (missing, or it does not parse). */
    static Answer ask(Window owner, EditJournal.Entry entry, List<ArticleChanges.Change> changes, int others) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType("Later", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", restore, discard, later);
        alert.setHeaderText("Restore unsaved edits?");
        alert.getDialogPane().setId("recovery-dialog");
        ZoneId zone = ZoneId.systemDefault();
        String said = entry.file() + " had unsaved edits when Masthead stopped, " + when(entry.time(), zone, LocalDate.now(zone)) + ".";
        if (entry.disk() == EditJournal.Disk.CHANGED) {
            said += " The file has changed on disk since; saving will ask before overwriting it.";
        }
        if (others > 0) {
            said += " " + others + " more article(s) also have unsaved edits; they are offered next time.";
        }
        Label intro = wrapped(said);
        intro.setId("recovery-intro");
        VBox list = new VBox(4);
        list.setId("recovery-changes");
        if (changes == null) {
            list.getChildren().add(wrapped("The file on disk could not be compared with these edits."));
        } else if (changes.isEmpty()) {
            list.getChildren().add(wrapped("The edits change only spacing or layout, no value."));
        } else {
            changes.forEach(change -> list.getChildren().add(wrapped(describe(change))));
        }
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(260, 24 * (list.getChildren().size() + 1)));
        VBox content = new VBox(10, intro, wrapped("What they change:"), scroll);
        content.setPrefWidth(620);
        alert.getDialogPane().setContent(content);
        alert.initOwner(owner);
        ButtonType answer = alert.showAndWait().orElse(later);
        return answer == restore ? Answer.RESTORE : answer == discard ? Answer.DISCARD : Answer.LATER;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** "today 14:02", "yesterday 09:15", else "on 3 Dec 2026 at 10:00", in {@code zone}. */
    static String when(Instant time, ZoneId zone, LocalDate today) {
        ZonedDateTime local = time.atZone(zone);
        LocalDate day = local.toLocalDate();
        String clock = CLOCK.format(local);
        if (day.equals(today)) {
            return "today " + clock;
        }
        if (day.equals(today.minusDays(1))) {
            return "yesterday " + clock;
        }
        return "on " + DAY.format(local) + " at " + clock;
    }

    /** One change as a line: where, then the text before and after around the first difference. */
    static String describe(ArticleChanges.Change change) {
        if (change.before() == null) {
            return change.where() + ": added “" + excerpt(change.after(), 0) + "”";
        }
        if (change.after() == null) {
            return change.where() + ": removed (was “" + excerpt(change.before(), 0) + "”)";
        }
        int same = 0;
        int max = Math.min(change.before().length(), change.after().length());
        while (same < max && change.before().charAt(same) == change.after().charAt(same)) {
            same++;
        }
        int from = same > EXCERPT / 2 ? same - EXCERPT / 4 : 0;
        return change.where() + ": “" + excerpt(change.before(), from) + "” → “" + excerpt(change.after(), from) + "”";
    }

    private static String excerpt(String text, int from) {
        String flat = text.replace('\n', ' ');
        int start = Math.min(from, flat.length());
        int end = Math.min(flat.length(), start + EXCERPT);
        return (start > 0 ? "…" : "") + flat.substring(start, end) + (end < flat.length() ? "…" : "");
    }
}
