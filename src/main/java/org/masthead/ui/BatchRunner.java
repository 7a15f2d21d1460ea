package org.masthead.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.masthead.content.batch.AppliedBatch;
import org.masthead.content.batch.Batch;
import org.masthead.content.batch.BatchConflictException;
import org.masthead.content.batch.BatchFiles;
import org.masthead.content.batch.FileChange;
import org.masthead.session.ArticleSession;

/**
 * Every folder-wide change goes the same way: preview, then apply all-or-nothing off the FX
 * thread, then one refresh of the index for all its files, so the list, the table and the checks
 * see one change. An article open with unsaved edits is never written: the user skips it or
 * cancels. The last applied batch can be undone, after asking about files changed since.
 */
final class BatchRunner {
    // files an alert names before it counts the rest: a label of 10,000 names holds the FX thread
    private static final int NAMED = 20;
    private final Background background;
    private final Background.Lane lane;
    private final FolderController folders;
    private final OpenArticle open;
    private final ArticleController articles;
    private final Consumer<String> say;
    private final ObjectProperty<AppliedBatch> last = new SimpleObjectProperty<>();
    // what an applied batch touched, for the table to read again; set by the controller
    private Consumer<List<Path>> touched = paths -> { };

    BatchRunner(Background background, FolderController folders, OpenArticle open, ArticleController articles,
                Consumer<String> say) {
        this.background = background;
        this.lane = background.lane("masthead-batch");
        this.folders = folders;
        this.open = open;
        this.articles = articles;
        this.say = say;
    }

    Background.Lane lane() {
        return lane;
    }

    void setOnTouched(Consumer<List<Path>> then) {
        touched = then;
    }

    /** True while there is an applied batch to undo. */
    BooleanBinding canUndo() {
        return last.isNotNull();
    }

    /** Plans off the FX thread, then previews and applies; {@code plan} returns the batch and notes about files left out. */
    void planThenPreview(Window owner, Planner plan) {
        planThenPreview(owner, plan, () -> { });
    }

    /** As {@link #planThenPreview(Window, Planner)}, then runs {@code after} once the batch is applied. */
    void planThenPreview(Window owner, Planner plan, Runnable after) {
        FolderSession folder = folders.session();
        if (folder == null) {
            say.accept("Open a content folder first.");
            return;
        }
        lane.run(() -> {
            try {
                return plan.plan(folder.root());
            } catch (IOException e) {
                return new Planned(null, List.of("Nothing was changed: " + e.getMessage()));
            } catch (RuntimeException e) {
                return new Planned(null, List.of("Nothing was changed: " + e.getMessage()));
            }
        }, planned -> {
            if (planned.batch() == null) {
                say.accept(String.join(" ", planned.notes()));
            } else {
                preview(owner, planned.batch(), planned.notes(), applied -> after.run());
            }
        });
    }

    /** A plan of a batch, made off the FX thread. */
    interface Planner {
        Planned plan(Path root) throws IOException;
    }

    /** A planned batch, with a line per file left out; a null batch means nothing could be planned and the notes say why. */
    record Planned(Batch batch, List<String> notes) {
    }

    /** Previews {@code batch}; on Apply, applies it and hands the result to {@code applied}. */
    void preview(Window owner, Batch batch, List<String> notes, Consumer<AppliedBatch> applied) {
        FolderSession folder = folders.session();
        if (folder == null) {
            return;
        }
        if (batch.isEmpty()) {
            say.accept(batch.title() + ": nothing to change." + (notes.isEmpty() ? "" : " " + String.join(" ", notes)));
            return;
        }
        if (!BatchPreview.ask(owner, lane, folder.root(), batch, notes)) {
            return;
        }
        withoutOpenEdits(owner, batch).ifPresent(safe -> apply(folder, safe, true, applied));
    }

    /**
     * Runs {@code then} once {@code file} is safe to move: at once unless it is the open article
     * with unsaved edits, which the user first saves or drops (a move cannot leave its own file
     * out, as other batches leave an edited article out). Nothing runs when the user cancels.
     */
    void whenSafeToMove(Path file, Runnable then) {
        ArticleSession session = open.get();
        if (session != null && session.isDirty()
                && session.path().toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
            articles.whenEditsAreSafe(then, () -> say.accept(file.getFileName() + " was not moved; its edits are as they were."));
        } else {
            then.run();
        }
    }

    /** Takes back the last applied batch, asking first about files changed since. */
    void undo(Window owner) {
        AppliedBatch done = last.get();
        FolderSession folder = folders.session();
        if (done == null || folder == null) {
            say.accept("There is no folder-wide change to undo.");
            return;
        }
        // the reverse batch and the check of every file run off the FX thread: at 10,000 files
        // they compare hundreds of megabytes
        lane.run(() -> {
            Batch back = BatchFiles.undoOf(done);
            Set<Path> changed = new LinkedHashSet<>();
            for (FileChange c : back.changes()) {
                if (!holds(c.file(), c.before())) {
                    changed.add(c.file());
                }
            }
            return new Reverse(back, changed);
        }, reverse -> withoutOpenEdits(owner, reverse.batch()).ifPresent(safe -> {
            Batch batch = safe;
            List<Path> changedSince = safe.changes().stream().map(FileChange::file).filter(reverse.changedSince()::contains).toList();
            if (!changedSince.isEmpty()) {
                Optional<Batch> answer = askAboutChangedSince(owner, folder.root(), safe, changedSince);
                if (answer.isEmpty()) {
                    return;
                }
                batch = answer.get();
            }
            apply(folder, batch, false, applied -> last.set(null));
        }));
    }

    /** The batch that takes an applied one back, and those of its files changed since. */
    private record Reverse(Batch batch, Set<Path> changedSince) {
    }

    private static boolean holds(Path file, byte[] bytes) {
        try {
            return java.util.Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (IOException e) {
            return false;
        }
    }

    /** Files changed since the batch: undo the others, or cancel. A changed file is never overwritten. */
    private Optional<Batch> askAboutChangedSince(Window owner, Path root, Batch back, List<Path> changed) {
        ButtonType others = new ButtonType("Undo the Others", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "Changed since the batch was applied: "
                + String.join(", ", changed.stream().limit(NAMED).map(f -> BatchPreview.relative(root, f)).toList())
                + (changed.size() > NAMED ? " and " + (changed.size() - NAMED) + " more" : "")
                + ". Undo the Others leaves these files as they are now.", others, ButtonType.CANCEL);
        alert.setHeaderText(back.title() + ": some files changed since");
        alert.getDialogPane().setId("batch-changed-since");
        alert.initOwner(owner);
        if (alert.showAndWait().orElse(ButtonType.CANCEL) != others) {
            return Optional.empty();
        }
        Set<Path> left = Set.copyOf(changed);
        return Optional.of(new Batch(back.title(), back.changes().stream().filter(c -> !left.contains(c.file())).toList()));
    }

    /**
     * The batch without the open article when that has unsaved edits and the user chooses to skip
     * it; empty when the user cancels.
     */
    private Optional<Batch> withoutOpenEdits(Window owner, Batch batch) {
        ArticleSession session = open.get();
        if (session == null || !session.isDirty()) {
            return Optional.of(batch);
        }
        Path edited = session.path().toAbsolutePath().normalize();
        List<FileChange> meeting = batch.changes().stream()
                .filter(c -> c.file().equals(edited) || c.target().equals(edited)).toList();
        if (meeting.isEmpty()) {
            return Optional.of(batch);
        }
        ButtonType skip = new ButtonType("Skip It", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING, edited.getFileName() + " is open with unsaved edits, and this"
                + " change would write it. Skip It applies the change to every other file and leaves this one"
                + " to you; Cancel applies nothing.", skip, ButtonType.CANCEL);
        alert.setHeaderText("An open article has unsaved edits");
        alert.getDialogPane().setId("batch-open-edits");
        alert.initOwner(owner);
        if (alert.showAndWait().orElse(ButtonType.CANCEL) != skip) {
            say.accept(batch.title() + ": cancelled; nothing was changed.");
            return Optional.empty();
        }
        return Optional.of(new Batch(batch.title(), batch.changes().stream().filter(c -> !meeting.contains(c)).toList()));
    }

    private void apply(FolderSession folder, Batch batch, boolean undoable, Consumer<AppliedBatch> then) {
        if (batch.isEmpty()) {
            say.accept(batch.title() + ": nothing left to change.");
            return;
        }
        ArticleSession session = open.get();
        Path opened = session == null ? null : session.path().toAbsolutePath().normalize();
        lane.run(() -> {
            try {
                AppliedBatch applied = BatchFiles.apply(folder.root(), batch);
                Set<Path> paths = new LinkedHashSet<>();
                for (FileChange c : applied.changes()) {
                    paths.add(c.file());
                    paths.add(c.target());
                }
                // one refresh for the whole batch: the list, the table and the checks hear of it once
                folder.index().refresh(paths);
                touched.accept(List.copyOf(paths));
                return applied;
            } catch (BatchConflictException | IOException e) {
                return e.getMessage();
            }
        }, result -> {
            if (result instanceof AppliedBatch applied) {
                if (undoable) {
                    last.set(applied);
                }
                int n = applied.changes().size();
                say.accept(applied.title() + ": " + n + (n == 1 ? " file" : " files") + " changed."
                        + (last.get() == applied ? " Edit → Undo Batch takes it back." : ""));
                followOpenArticle(applied, opened);
                then.accept(applied);
            } else {
                say.accept(String.valueOf(result));
            }
        });
    }

    /** The open article was moved by the batch: open it where it went (it had no unsaved edits, or it was skipped). */
    private void followOpenArticle(AppliedBatch applied, Path opened) {
        ArticleSession session = open.get();
        if (opened == null || session == null || !session.path().toAbsolutePath().normalize().equals(opened)) {
            return;
        }
        for (FileChange c : applied.changes()) {
            if (c.isMove() && c.file().equals(opened)) {
                articles.openArticle(c.target());
                return;
            }
        }
    }
}
