package org.masthead.ui;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.masthead.content.LineDiff;

/**
 * Two versions side by side, a row per line of {@link LineDiff}: removed lines marked on the
 * left, added on the right, changed on both, unchanged lines plain. Long lines wrap within their
 * half, so nothing is cut off. Runs of unchanged lines far from any change fold into one row,
 * so that a one-line change in a long article shows as a few rows.
 */
final class DiffView {
    /** Unchanged lines shown on each side of a change. */
    static final int CONTEXT = 3;

    private final VBox root;

    DiffView(String leftTitle, String rightTitle, List<LineDiff.Row> diff) {
        VBox lines = new VBox();
        lines.setId("diff-rows");
        lines.getStyleClass().add("diff");
        int i = 0;
        while (i < diff.size()) {
            int same = i;
            while (same < diff.size() && diff.get(same).kind() == LineDiff.Kind.SAME) {
                same++;
            }
            int run = same - i;
            int keepBefore = i == 0 ? 0 : CONTEXT;
            int keepAfter = same == diff.size() ? 0 : CONTEXT;
            if (run > keepBefore + keepAfter + 1) {
                addRows(lines, diff.subList(i, i + keepBefore));
                lines.getChildren().add(folded(run - keepBefore - keepAfter));
                addRows(lines, diff.subList(same - keepAfter, same));
            } else {
                addRows(lines, diff.subList(i, same));
            }
            i = same;
            while (i < diff.size() && diff.get(i).kind() != LineDiff.Kind.SAME) {
                lines.getChildren().add(row(diff.get(i)));
                i++;
            }
        }
        ScrollPane scroll = new ScrollPane(lines);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label summary = new Label(summary(diff));
        summary.setId("diff-summary");
        summary.setWrapText(true);
        GridPane titles = halves(new Label(leftTitle), new Label(rightTitle));
        titles.getStyleClass().add("diff-titles");
        root = new VBox(6, summary, titles, scroll);
        root.setPrefSize(1000, 640);
    }

    Node node() {
        return root;
    }

    /** Shows the difference in a dialog and waits until it is closed. */
    static void show(Window owner, String header, String leftTitle, String rightTitle, List<LineDiff.Row> diff) {
        Alert dialog = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        dialog.setTitle("Difference");
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(new DiffView(leftTitle, rightTitle, diff).node());
        Resources.addStylesheet(dialog.getDialogPane(), "masthead.css");
        dialog.getDialogPane().setId("diff-dialog");
        dialog.setResizable(true);
        dialog.initOwner(owner);
        dialog.showAndWait();
    }

    static String summary(List<LineDiff.Row> diff) {
        long changed = diff.stream().filter(r -> r.kind() == LineDiff.Kind.CHANGED).count();
        long removed = diff.stream().filter(r -> r.kind() == LineDiff.Kind.REMOVED).count();
        long added = diff.stream().filter(r -> r.kind() == LineDiff.Kind.ADDED).count();
        if (changed + removed + added == 0) {
            return "The two versions hold the same lines.";
        }
        return changed + " line(s) changed, " + removed + " only on the left, " + added + " only on the right.";
    }

    private static void addRows(VBox lines, List<LineDiff.Row> rows) {
        rows.forEach(r -> lines.getChildren().add(row(r)));
    }

    private static Node row(LineDiff.Row row) {
        Label left = side(row.leftLine(), row.left(), "diff-left");
        Label right = side(row.rightLine(), row.right(), "diff-right");
        GridPane grid = halves(left, right);
        grid.getStyleClass().addAll("diff-row", "diff-kind-" + row.kind().name().toLowerCase(Locale.ROOT));
        return grid;
    }

    private static Node folded(int count) {
        Label label = new Label("⋯ " + count + " unchanged line" + (count == 1 ? "" : "s"));
        label.getStyleClass().add("diff-folded");
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static Label side(int line, String text, String styleClass) {
        Label label = new Label(text == null ? "" : String.format("%4d  %s", line, text));
        label.getStyleClass().add(styleClass);
        if (text == null) {
            label.getStyleClass().add("diff-none");
        }
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static GridPane halves(Node left, Node right) {
        GridPane grid = new GridPane();
        for (int i = 0; i < 2; i++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            half.setFillWidth(true);
            grid.getColumnConstraints().add(half);
        }
        grid.add(left, 0, 0);
        grid.add(right, 1, 0);
        return grid;
    }
}
