package org.masthead.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.masthead.content.ConflictResolution;
import org.masthead.content.ContentIndex;
import org.masthead.content.git.GitRepository;
import org.masthead.content.git.GitRepository.Snapshot;
import org.masthead.content.git.GitRepository.State;
import org.masthead.content.git.SystemGit;
import org.masthead.document.AtomicFiles;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.session.ArticleItem;
import org.masthead.session.ArticleSession;

/**
 * Git in the window: the status of the folder's files, read on a lane of its own when the folder
 * opens and, for the changed files only, whenever the folder watcher sees a change; each list row's
 * state; a filter to the changed articles; the branch in the status bar; and the Git menu (compare,
 * commit, pull, push, resolve). The repository is touched only on the lane.
 */
final class GitController {
    private final Background.Lane lane;
    private final ArticleListPane list;
    private final MessageBar messages;
    private final OpenArticle open;
    private final Window window;
    private final Label branch = new Label();
    private final Label progress = new Label();
    private final HBox bar = new HBox(8, branch, progress);
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot", Snapshot.NONE);
    // touched on the lane only
    private GitRepository repo;
    private Snapshot latest = Snapshot.NONE;
    // on the FX thread
    private ContentIndex index;
    private final Consumer<List<Path>> onChanges = this::filesChanged;
    private boolean onlyChanged;
    private long generation;

    GitController(Background background, ArticleListPane list, MessageBar messages, OpenArticle open, Window window) {
        this.lane = background.lane("masthead-git");
        this.list = list;
        this.messages = messages;
        this.open = open;
        this.window = window;
        branch.setId("git-branch");
        progress.setId("git-progress");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        bar.getChildren().add(1, gap);
        bar.getStyleClass().add("status");
        bar.setId("git-bar");
        list.showGitState(path -> badge(snapshot.get().stateOf(path)));
    }

    Node statusBar() {
        return bar;
    }

    ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** Reads the status of {@code root}'s repository (if any) and follows {@code folderIndex}'s changes. */
    void open(Path root, ContentIndex folderIndex) {
        if (index != null) {
            index.removeTouchListener(onChanges);
        }
        index = folderIndex;
        if (index != null) {
            index.addTouchListener(onChanges);
        }
        long mine = ++generation;
        onLane(() -> {
            closeRepo();
            repo = GitRepository.find(root).orElse(null);
            latest = repo == null ? Snapshot.NONE : repo.status();
            return latest;
        }, s -> show(mine, s));
    }

    /** Reads the whole status again (after a commit, a pull, or from the menu). */
    void refresh() {
        long mine = generation;
        onLane(() -> {
            latest = repo == null ? Snapshot.NONE : repo.status();
            return latest;
        }, s -> show(mine, s));
    }

    /** Off the FX thread, from the watcher: only the files it names are asked about (all, when it names the folder). */
    private void filesChanged(List<Path> files) {
        ContentIndex at = index;
        if (at == null) {
            return;
        }
        boolean whole = files.stream().anyMatch(file -> file.equals(at.root()));
        long mine = generation;
        onLane(() -> {
            latest = repo == null ? Snapshot.NONE : whole ? repo.status() : repo.refresh(latest, files);
            return latest;
        }, s -> show(mine, s));
    }

    private void show(long when, Snapshot s) {
        if (when != generation || s == null) {
            return;
        }
        snapshot.set(s);
        branch.setText(s.branch().isEmpty() ? "" : "⎇ " + s.branch());
        long changed = s.changed().size();
        progress.setText(s == Snapshot.NONE ? "" : changed == 0 ? "no changes" : changed + (changed == 1 ? " change" : " changes"));
        list.refreshColumns();
        if (onlyChanged) {
            list.setOnlyRows(path -> s.stateOf(path) != State.UNCHANGED);
        }
    }

    /** The list's mark for a state: M modified, N new, C conflicted, nothing when unchanged. */
    static String badge(State state) {
        return switch (state) {
            case MODIFIED -> "M";
            case NEW -> "N";
            case CONFLICTED -> "C";
            case UNCHANGED -> "";
        };
    }

    void setOnlyChanged(boolean only) {
        onlyChanged = only;
        Snapshot s = snapshot.get();
        list.setOnlyRows(only ? path -> s.stateOf(path) != State.UNCHANGED : null);
    }

    Menu menu() {
        CheckMenuItem only = new CheckMenuItem("Show _Only Changed Articles");
        only.setId("menu-git-only-changed");
        only.selectedProperty().addListener((obs, was, now) -> setOnlyChanged(now));
        Menu menu = new Menu("_Git", null,
                item("_Compare with Last Commit", "menu-git-compare", this::compare),
                item("Co_mmit…", "menu-git-commit", this::commit),
                item("_Resolve Conflict…", "menu-git-resolve", this::resolve),
                new SeparatorMenuItem(),
                item("_Pull", "menu-git-pull", () -> remote("pull")),
                item("P_ush", "menu-git-push", () -> remote("push")),
                new SeparatorMenuItem(),
                only,
                item("Re_fresh Status", "menu-git-refresh", this::refresh));
        menu.setId("menu-git");
        return menu;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Compare with Last Commit for the open article, as a field-by-field view. */
    void compare() {
        ArticleSession session = open.get();
        if (session == null) {
            messages.show("Open an article to compare it with the last commit.");
            return;
        }
        Path file = session.path();
        Document now;
        try {
            now = session.snapshot();
        } catch (DocumentException e) {
            messages.show("The article as edited does not read: " + e.getMessage());
            return;
        }
        onLane(() -> repo == null ? null : repo.headVersion(file), head -> {
            if (repo == null) {
                messages.show("This folder is not in a git repository.");
                return;
            }
            GitViews.compare(window, file, head.orElse(null), now);
        });
    }

    /** The Commit dialog over the changed articles. */
    void commit() {
        Snapshot s = snapshot.get();
        List<Path> changed = s.changed().keySet().stream().sorted().toList();
        if (changed.isEmpty()) {
            messages.show("Nothing to commit: no article differs from the last commit.");
            return;
        }
        GitViews.commit(window, changed, this::commitFiles);
    }

    /** Commits {@code files} on the lane; the message bar says how it went. */
    void commitFiles(List<Path> files, String message) {
        onLane(() -> repo.commit(files, message), id -> {
            messages.show("Committed " + files.size() + (files.size() == 1 ? " article" : " articles") + " as " + id + ".");
            refresh();
        });
    }

    /** The resolver for the chosen article, when git lists it as conflicted. */
    void resolve() {
        ArticleItem selected = list.selectedProperty().get();
        Path file = selected != null ? selected.path() : open.get() != null ? open.get().path() : null;
        Snapshot s = snapshot.get();
        Optional<Path> target = file != null && s.stateOf(file) == State.CONFLICTED ? Optional.of(file)
                : s.changed().entrySet().stream().filter(e -> e.getValue() == State.CONFLICTED).map(e -> e.getKey()).sorted().findFirst();
        if (target.isEmpty()) {
            messages.show("No article is in conflict.");
            return;
        }
        Path conflicted = target.get();
        onLane(() -> ConflictResolution.read(conflicted.toString(), java.nio.file.Files.readAllBytes(conflicted)),
                r -> GitViews.resolve(window, conflicted, r, bytes -> resolved(conflicted, bytes)));
    }

    /** Writes what the resolver made of {@code file}, and git takes it as merged. */
    void resolved(Path file, byte[] bytes) {
        onLane(() -> {
            AtomicFiles.write(file, bytes);
            repo.stage(file);
            return file;
        }, f -> {
            messages.show(f.getFileName() + " is resolved and staged; commit to finish the merge.");
            refresh();
        });
    }

    /** Pull or push through the system git, with its progress in the status bar and errors in one line. */
    void remote(String command) {
        Path root = index == null ? null : index.root();
        if (root == null) {
            return;
        }
        progress.setText("git " + command + "…");
        onLane(() -> {
            SystemGit.Run run = command.equals("pull")
                    ? SystemGit.run(root, line -> javafx.application.Platform.runLater(() -> progress.setText(line)),
                            "pull", "--no-rebase", "--progress")
                    : SystemGit.run(root, line -> javafx.application.Platform.runLater(() -> progress.setText(line)),
                            "push", "--progress");
            return run;
        }, run -> {
            messages.show(run.exitCode() == 0 ? "git " + command + " finished."
                    : "git " + command + " failed: " + run.lastErrorLine());
            refresh();
        });
    }

    /** Work that may fail with an IO error: the error is one line in the message bar. */
    private <T> void onLane(IoWork<T> work, Consumer<T> then) {
        lane.run(() -> {
            try {
                return new Outcome<>(work.get(), null);
            } catch (IOException e) {
                return new Outcome<T>(null, e.getMessage());
            }
        }, outcome -> {
            if (outcome.error() != null) {
                messages.show("Git: " + outcome.error());
            } else {
                then.accept(outcome.value());
            }
        });
    }

    private record Outcome<T>(T value, String error) {
    }

    private interface IoWork<T> {
        T get() throws IOException;
    }

    private void closeRepo() {
        if (repo != null) {
            repo.close();
            repo = null;
        }
    }

    void close() {
        if (index != null) {
            index.removeTouchListener(onChanges);
        }
        generation++;
        lane.run(() -> {
            closeRepo();
            return null;
        }, nothing -> { });
    }
}
