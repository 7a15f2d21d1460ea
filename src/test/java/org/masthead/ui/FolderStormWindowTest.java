package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.bench.GenerateArticles;
import org.masthead.content.ContentIndex;
import org.masthead.session.ArticleItem;
import org.masthead.session.ArticleListModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A checkout's worth of changes lands under an open window with unsaved typing: the list follows
 * to what a fresh scan shows, the open article stays open and selected with its typing, and no
 * dialog opens unless the user asked for one; one that stands does not stop the list.
 */
@ExtendWith(ApplicationExtension.class)
class FolderStormWindowTest {
    private static final int ARTICLES = 2000;
    private static final String TYPED = "Typed during the storm. ";

    @TempDir
    Path temp;

    private Stage stage;
    private MainWindow window;
    private TableView<ArticleItem> list;
    private CodeArea editor;
    private Label status;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(stage, FxTestSupport.freshSettings(), new org.masthead.content.EditJournal(temp.resolve("journal")));
        window.show();
    }

    /** Opens the folder and the article in the middle of the list, and types into it without saving. */
    private ArticleItem openAndType(FxRobot robot, Path folder) throws Exception {
        new GenerateArticles(7).write(folder, ARTICLES, 1000);
        robot.interact(() -> window.openFolder(folder));
        list = robot.lookup("#article-list").queryTableView();
        status = robot.lookup("#article-status").queryAs(Label.class);
        waitUntil(() -> status.getText().equals(ARTICLES + " shown / " + ARTICLES + " total / 0 with problems"));
        ArticleItem picked = list.getItems().get(ARTICLES / 2);
        robot.interact(() -> list.getSelectionModel().select(picked));
        editor = robot.lookup("#editor").queryAs(CodeArea.class);
        waitUntil(() -> stage.getTitle().equals(picked.fileName() + " — Masthead") && !editor.getText().isEmpty());
        robot.interact(() -> {
            editor.requestFocus();
            editor.moveTo(0);
        });
        robot.write(TYPED);
        waitUntil(() -> stage.getTitle().startsWith("• ") && editor.getText().startsWith(TYPED));
        return picked;
    }

    /** Retitles, deletes, adds and breaks files other than {@code spared}, from a thread of its own. */
    private static Thread storm(Path folder, Path spared) throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.list(folder)) {
            files = new ArrayList<>(all.filter(p -> !p.equals(spared)).sorted().toList());
        }
        Collections.shuffle(files, new Random(11));
        GenerateArticles generator = new GenerateArticles(99);
        Thread thread = new Thread(() -> {
            try {
                int at = 0;
                for (int i = 0; i < 600; i++, at++) {
                    Path file = files.get(at);
                    String name = file.getFileName().toString().replace(".md", "");
                    Files.writeString(file, generator.article(5000 + i, generator.title(), name, 1000, ARTICLES));
                }
                for (int i = 0; i < 300; i++, at++) {
                    Files.delete(files.get(at));
                }
                for (int i = 0; i < 30; i++, at++) {
                    Files.writeString(files.get(at), "---\ntitle: a front matter never closed\n");
                }
                for (int i = 0; i < 150; i++) {
                    String title = generator.title();
                    Files.writeString(folder.resolve("added-" + i + ".md"),
                            generator.article(9000 + i, title, "added-" + i, 1000, ARTICLES), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "storm");
        thread.start();
        return thread;
    }

    /** Waits until the list holds exactly what a fresh scan of the folder gives, in the list's order. */
    private void waitForFreshScan(Path folder) throws Exception {
        ContentIndex fresh = new ContentIndex(folder);
        fresh.loadAndWait();
        ContentIndex.Counts counts = fresh.counts();
        String footer = counts.total() + " shown / " + counts.total() + " total / " + counts.problems() + " with problems";
        Path root = fresh.root();
        List<ArticleItem> expected = fresh.entries().stream().map(e -> ArticleItem.of(root, e))
                .sorted(ArticleListModel.BY_TITLE.thenComparing(ArticleItem::path)).toList();
        waitUntil(() -> status.getText().equals(footer) && list.getItems().equals(expected));
        assertThat(counts.problems()).isEqualTo(30);
        assertThat(counts.total()).isEqualTo(ARTICLES - 300 + 150);
    }

    @Test
    void aStormMovesNeitherTheOpenArticleNorItsTypingAndOpensNoDialog(FxRobot robot) throws Exception {
        Path folder = temp.resolve("content");
        ArticleItem picked = openAndType(robot, folder);
        List<Window> opened = new CopyOnWriteArrayList<>();
        robot.interact(() -> Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                opened.addAll(change.getAddedSubList());
            }
        }));

        storm(folder, picked.path()).join();
        waitForFreshScan(folder);

        assertThat(opened).isEmpty();
        assertThat(Window.getWindows()).containsExactly(stage);
        assertThat(list.getSelectionModel().getSelectedItem().path()).isEqualTo(picked.path());
        assertThat(stage.getTitle()).isEqualTo("• " + picked.fileName() + " — Masthead");
        assertThat(editor.getText()).startsWith(TYPED);
        assertThat(Files.readString(picked.path())).doesNotContain(TYPED);

        // the checkout also changes the open article: a banner, with its buttons, and still no dialog
        byte[] loaded = Files.readAllBytes(picked.path());
        Files.writeString(picked.path(), Files.readString(picked.path()).replaceFirst("(?m)^title: .*$",
                "title: Retitled by the checkout"));
        javafx.scene.Node banner = org.testfx.util.WaitForAsyncUtils.asyncFx(
                () -> robot.lookup("#conflict-banner").<javafx.scene.Node>query()).get();
        waitUntil(banner::isVisible);
        for (String button : List.of("Show difference", "Keep mine", "Take theirs", "Merge")) {
            assertThat(robot.from(banner).lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Button b
                    && b.getText().equals(button) && b.isVisible()).tryQuery()).as(button).isPresent();
        }
        assertThat(opened).isEmpty();
        // checking out back to the bytes the editor loaded: the banner goes by itself
        Files.write(picked.path(), loaded);
        waitUntil(() -> !banner.isVisible());
        assertThat(editor.getText()).startsWith(TYPED);
        assertThat(stage.getTitle()).isEqualTo("• " + picked.fileName() + " — Masthead");
    }

    @Test
    void theListFollowsAStormWhileTheUsersSaveDialogStands(FxRobot robot) throws Exception {
        Path folder = temp.resolve("content");
        ArticleItem picked = openAndType(robot, folder);
        ArticleItem other = list.getItems().get(3);
        robot.interact(() -> list.getSelectionModel().select(other));
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());

        storm(folder, picked.path()).join();
        waitForFreshScan(folder);
        // looked up on the FX thread: the storm's rows still add and drop list cells meanwhile
        DialogPane dialog = org.testfx.util.WaitForAsyncUtils.asyncFx(
                () -> robot.lookup(".dialog-pane").queryAs(DialogPane.class)).get();
        assertThat(dialog).isNotNull();
        robot.interact(() -> ((Button) dialog.lookupButton(javafx.scene.control.ButtonType.CANCEL)).fire());
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        waitUntil(() -> list.getSelectionModel().getSelectedItem() != null
                && list.getSelectionModel().getSelectedItem().path().equals(picked.path()));
        assertThat(stage.getTitle()).isEqualTo("• " + picked.fileName() + " — Masthead");
        assertThat(editor.getText()).startsWith(TYPED);
    }
}
