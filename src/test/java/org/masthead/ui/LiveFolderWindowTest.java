package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.session.ArticleItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LiveFolderWindowTest {
    @TempDir
    Path temp;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, FxTestSupport.freshSettings());
        window.show();
    }

    @Test
    void filesChangedOutsideMastheadShowUpAndAnUneditedOpenArticleReloads(FxRobot robot) throws Exception {
        Path first = temp.resolve("first.md");
        Files.writeString(first, """
                ---
                title: First
                ---
                Original body
                """, StandardCharsets.UTF_8);
        robot.interact(() -> window.openFolder(temp));
        TableView<ArticleItem> list = robot.lookup("#article-list").queryTableView();
        waitUntil(() -> list.getItems().size() == 1);
        robot.interact(() -> list.getSelectionModel().select(0));
        CodeArea editor = robot.lookup("#editor").queryAs(CodeArea.class);
        waitUntil(() -> editor.getText().equals("Original body\n"));
        // The folder is watched once it is read, which the list shows by hiding its progress bar.
        waitUntil(() -> {
            Set<ProgressBar> bars = robot.lookup(node -> node instanceof ProgressBar).queryAllAs(ProgressBar.class);
            return !bars.isEmpty() && bars.stream().noneMatch(ProgressBar::isVisible);
        });

        Files.writeString(temp.resolve("second.md"), """
                ---
                title: Second
                ---
                New
                """, StandardCharsets.UTF_8);
        waitUntil(() -> list.getItems().stream().anyMatch(item -> "Second".equals(item.title())));

        Files.writeString(first, """
                ---
                title: First, renamed
                ---
                Pulled from git
                """, StandardCharsets.UTF_8);
        waitUntil(() -> editor.getText().equals("Pulled from git\n"));
        waitUntil(() -> list.getItems().stream().anyMatch(item -> "First, renamed".equals(item.title())));

        Files.delete(temp.resolve("second.md"));
        waitUntil(() -> list.getItems().size() == 1);
        assertThat(list.getItems().get(0).path()).isEqualTo(first);
    }

    @Test
    void aLinkInTheBodyToAnotherArticleOpensItAndOtherLinksGoToTheBrowser(FxRobot robot) throws Exception {
        java.util.List<String> browsed = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> window.setBrowser(browsed::add));
        Files.writeString(temp.resolve("a.md"), """
                ---
                title: A
                ---
                See [the other](b.md) or [the web](https://example.org/).
                """,
                StandardCharsets.UTF_8);
        Files.writeString(temp.resolve("b.md"), """
                ---
                title: B
                ---
                Other
                """, StandardCharsets.UTF_8);
        robot.interact(() -> window.openFolder(temp));
        TableView<ArticleItem> list = robot.lookup("#article-list").queryTableView();
        waitUntil(() -> list.getItems().size() == 2);
        robot.interact(() -> list.getSelectionModel().select(
                list.getItems().stream().filter(i -> i.fileName().equals("a.md")).findFirst().orElseThrow()));
        waitUntil(() -> robot.lookup("#preview").tryQuery().isPresent());
        javafx.scene.web.WebView preview = robot.lookup("#preview").queryAs(javafx.scene.web.WebView.class);
        waitUntil(() -> Boolean.TRUE.equals(org.testfx.util.WaitForAsyncUtils.asyncFx(() -> preview.getEngine()
                .executeScript("document.querySelector('a[href=\"b.md\"]') != null")).get()));
        robot.interact(() -> preview.getEngine().executeScript("document.querySelector('a[href^=\"https\"]').click()"));
        assertThat(browsed).containsExactly("https://example.org/");
        robot.interact(() -> preview.getEngine().executeScript("document.querySelector('a[href=\"b.md\"]').click()"));
        waitUntil(() -> list.getSelectionModel().getSelectedItem() != null
                && list.getSelectionModel().getSelectedItem().fileName().equals("b.md"));
    }

    /**
     * The article does not change, only the picture it names: both the SEO tab and Folder SEO
     * drop the image-size warning once the replaced file is smaller than the limit (500 KB).
     */
    @Test
    void aPictureReplacedOutsideMastheadRefreshesTheImageSizeWarning(FxRobot robot) throws Exception {
        Files.writeString(temp.resolve("a.md"), """
                ---
                title: Pictured
                cover: big.png
                ---
                Text.
                """, StandardCharsets.UTF_8);
        Files.write(temp.resolve("big.png"), new byte[600 * 1024]);
        robot.interact(() -> window.openFolder(temp));
        TableView<ArticleItem> list = robot.lookup("#article-list").queryTableView();
        waitUntil(() -> onFx(() -> list.getItems().size() == 1));
        robot.interact(() -> list.getSelectionModel().select(0));
        waitUntil(() -> {
            Set<ProgressBar> bars = robot.lookup(node -> node instanceof ProgressBar).queryAllAs(ProgressBar.class);
            return !bars.isEmpty() && onFx(() -> bars.stream().noneMatch(ProgressBar::isVisible));
        });
        javafx.scene.control.ListView<org.masthead.seo.Finding> seo = robot.lookup("#seo-findings").queryListView();
        javafx.scene.control.TabPane tabs = robot.lookup("#right-tabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "dashboard-tab".equals(t.getId())).findFirst().orElseThrow()));
        TableView<DashboardModel.Row> folder = robot.lookup("#dashboard-findings").queryTableView();
        waitUntil(() -> onFx(() -> folder.getItems().stream().anyMatch(r -> r.finding().check().equals("image-size"))
                && seo.getItems().stream().anyMatch(f -> f.check().equals("image-size"))));

        Files.write(temp.resolve("big.png"), new byte[10 * 1024]);

        waitUntil(() -> onFx(() -> folder.getItems().stream().noneMatch(r -> r.finding().check().equals("image-size"))
                && seo.getItems().stream().noneMatch(f -> f.check().equals("image-size"))));
        assertThat(Files.readString(temp.resolve("a.md"))).contains("cover: big.png");
    }

    private static boolean onFx(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(condition).get();
    }
}
