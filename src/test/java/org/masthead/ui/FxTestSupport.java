package org.masthead.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import org.masthead.session.Settings;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.masthead.session.ArticleItem;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Shared helpers for the headless window tests. */
final class FxTestSupport {
    private FxTestSupport() {
    }

    static Path samples() {
        return Path.of(System.getProperty("masthead.samples", "samples"));
    }

    /** The samples are project data: tests that may save work on a copy. */
    static Path copyOfSamples(Path into) throws IOException {
        Path source = samples();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = into.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return into;
    }

    static Settings freshSettings() {
        return new Settings.PrefsSettings(Preferences.userRoot().node("org/masthead-test/" + System.nanoTime()));
    }

    /** Picks the article named {@code name} in the list, as a click would, and waits until it is open. */
    static ArticleItem openArticle(FxRobot robot, Stage stage, String name) throws TimeoutException {
        TableView<ArticleItem> list = robot.lookup("#article-list").queryTableView();
        waitUntil(() -> list.getItems().stream().anyMatch(i -> i.fileName().equals(name)));
        ArticleItem item = list.getItems().stream().filter(i -> i.fileName().equals(name)).findFirst().orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(item));
        waitUntil(() -> stage.getTitle().equals(name + " — Masthead"));
        return item;
    }

    /**
     * Waits until {@code condition} holds. The bound is far beyond what any step takes, even with the machine
     * busy with parallel builds: it only ends a test whose condition never comes.
     */
    static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        RuntimeException[] last = {null};
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
                try {
                    return condition.call();
                } catch (RuntimeException e) {
                    // read off the FX thread while it changed the scene (a node not there yet, a list
                    // replaced mid-read): not a verdict, so ask again; a condition that never holds still fails
                    last[0] = e;
                    return false;
                }
            });
        } catch (TimeoutException e) {
            if (last[0] != null) {
                e.addSuppressed(last[0]);
            }
            throw e;
        }
    }

    /**
     * {@link #waitUntil}, with the condition read on the FX thread: for conditions that look up
     * nodes or read a control's items, which the FX thread may be changing meanwhile.
     */
    static void waitUntilOnFx(Callable<Boolean> condition) throws TimeoutException {
        waitUntil(() -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
