package org.masthead.ui;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;

/**
 * What the dashboard says about a check in progress: a spinner that fills, "Checking n of N
 * files…", and the empty tables' placeholders, which say the same until a result gives them a
 * verdict. Checking threads report through {@link #advanced}; the FX thread sees at most one
 * post waiting however fast files go, and none from a run that was superseded.
 */
final class DashboardStatus {
    /** The latest progress of a run, waiting for the FX thread. */
    private record Step(long generation, int done, int total) {
    }

    private final ProgressIndicator spinner = new ProgressIndicator(-1);
    private final Label text = new Label();
    private final Label checksPlaceholder = new Label("Not checked yet.");
    private final Label findingsPlaceholder = new Label("Not checked yet.");
    private final AtomicReference<Step> pending = new AtomicReference<>();
    private final LongSupplier currentGeneration;

    /** @param currentGeneration the generation of the newest run; progress of older ones is dropped */
    DashboardStatus(LongSupplier currentGeneration) {
        this.currentGeneration = currentGeneration;
        spinner.setId("dashboard-progress");
        spinner.setMaxSize(20, 20);
        text.setId("dashboard-status");
        text.getStyleClass().add("dashboard-status");
        show(null);
    }

    ProgressIndicator spinner() {
        return spinner;
    }

    Label text() {
        return text;
    }

    Label checksPlaceholder() {
        return checksPlaceholder;
    }

    Label findingsPlaceholder() {
        return findingsPlaceholder;
    }

    /** On the FX thread: a run has started, its file count not yet known. */
    void started() {
        spinner.setProgress(-1);
        show("Checking the folder…");
    }

    /** From any thread: run {@code generation} has checked {@code done} of {@code total} files. */
    void advanced(long generation, int done, int total) {
        Step step = new Step(generation, done, total);
        // Threads finish files out of order: a lower count of the same run never replaces a higher one.
        Step before = pending.getAndUpdate(waiting -> waiting != null && waiting.generation() == generation
                && waiting.done() > done ? waiting : step);
        if (before == null) {
            Platform.runLater(() -> {
                Step latest = pending.getAndSet(null);
                if (latest != null && latest.generation() == currentGeneration.getAsLong() && spinner.isVisible()) {
                    spinner.setProgress(latest.total() == 0 ? 1 : (double) latest.done() / latest.total());
                    show("Checking " + latest.done() + " of " + latest.total() + " files…");
                }
            });
        }
    }

    /** On the FX thread: the run ended with a report, so empty tables now mean there is nothing to find. */
    void finished() {
        show(null);
        checksPlaceholder.setText("No findings.");
        findingsPlaceholder.setText("No findings: every article passes every check.");
    }

    /** On the FX thread: the run ended in a message, which says it all. */
    void failed() {
        show(null);
        checksPlaceholder.setText("");
        findingsPlaceholder.setText("");
    }

    private void show(String status) {
        boolean running = status != null;
        spinner.setVisible(running);
        text.setText(running ? status : "");
        text.setVisible(running);
        text.setManaged(running);
        if (running) {
            checksPlaceholder.setText(status);
            findingsPlaceholder.setText(status);
        }
    }
}
