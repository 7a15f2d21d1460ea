package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.masthead.session.ArticleItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The pane's wiring: rows from any thread, selection by article, and only user picks open. */
@ExtendWith(ApplicationExtension.class)
class ArticleListPaneTest {
    private static final Path ROOT = Path.of("/content").toAbsolutePath();

    private ArticleListPane pane;
    private final List<ArticleItem> opened = new CopyOnWriteArrayList<>();
    private TableView<ArticleItem> table;

    @Start
    void start(Stage stage) {
        pane = new ArticleListPane();
        pane.setOnOpen(opened::add);
        stage.setScene(new Scene((javafx.scene.Parent) pane.node(), 400, 300));
        stage.show();
    }

    private static ArticleItem item(String name, String title) {
        return new ArticleItem(ROOT.resolve(name), name, name, title, "S", "2025-01-01", "/" + name, null);
    }

    private static List<ArticleItem> items(String prefix, int count) {
        List<ArticleItem> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(item(prefix + String.format("%04d", i) + ".md", prefix + " " + String.format("%04d", i)));
        }
        return out;
    }

    /** Waits until the table shows every change handed to the pane so far. */
    private void settle(FxRobot robot) throws Exception {
        AtomicBoolean shown = new AtomicBoolean();
        robot.interact(() -> pane.whenShown(() -> shown.set(true)));
        waitUntil(shown::get);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path selected() {
        ArticleItem item = table.getSelectionModel().getSelectedItem();
        return item == null ? null : item.path();
    }

    @Test
    void theSelectionFollowsTheArticleThroughUpdatesSortsAndFiltersAndNeverOpensByItself(FxRobot robot) throws Exception {
        table = robot.lookup("#article-list").queryTableView();
        pane.update(items("m", 20), List.of());
        settle(robot);
        ArticleItem picked = table.getItems().get(5);
        robot.interact(() -> table.getSelectionModel().select(picked));
        waitUntil(() -> opened.size() == 1);
        assertThat(opened.get(0).path()).isEqualTo(picked.path());

        // Rows appear before it and vanish before it: its row index moves, the selection does not.
        List<ArticleItem> before = items("a", 7);
        List<Path> gone = table.getItems().subList(0, 3).stream().map(ArticleItem::path).toList();
        new Thread(() -> pane.update(before, gone)).start();
        waitUntil(() -> table.getItems().size() == 24);
        settle(robot);
        assertThat(table.getItems().indexOf(picked)).isEqualTo(9);
        assertThat(selected()).isEqualTo(picked.path());

        // Its own row is replaced (a new title from disk): still the selected article.
        ArticleItem retitled = item(picked.fileName(), "zz last now");
        pane.update(List.of(retitled), List.of());
        settle(robot);
        assertThat(table.getItems().get(table.getItems().size() - 1)).isEqualTo(retitled);
        assertThat(selected()).isEqualTo(picked.path());

        TableColumn<ArticleItem, ?> title = table.getColumns().get(0);
        robot.interact(() -> title.setSortType(TableColumn.SortType.DESCENDING));
        settle(robot);
        assertThat(table.getItems().get(0)).isEqualTo(retitled);
        assertThat(selected()).isEqualTo(picked.path());

        TextField filter = robot.lookup("#article-filter").queryAs(TextField.class);
        robot.interact(() -> filter.setText("a 000"));
        settle(robot);
        assertThat(table.getItems()).hasSize(7);
        assertThat(selected()).isNull();
        robot.interact(() -> filter.setText(""));
        settle(robot);
        assertThat(selected()).isEqualTo(picked.path());

        // Deleted and back (a checkout there and back again): selected again, never opened again.
        pane.update(List.of(), List.of(picked.path()));
        settle(robot);
        assertThat(selected()).isNull();
        pane.update(List.of(retitled), List.of());
        settle(robot);
        assertThat(selected()).isEqualTo(picked.path());
        assertThat(opened).hasSize(1);
        Label status = robot.lookup("#article-status").queryAs(Label.class);
        assertThat(status.getText()).isEqualTo("24 shown / 24 total / 0 with problems");
    }

    @Test
    void aKeyOrAnExplicitSelectOpensButRevealDoesNot(FxRobot robot) throws Exception {
        table = robot.lookup("#article-list").queryTableView();
        pane.update(items("k", 5), List.of());
        settle(robot);
        robot.interact(() -> table.getSelectionModel().select(0));
        waitUntil(() -> opened.size() == 1);
        robot.interact(table::requestFocus);
        robot.type(KeyCode.DOWN);
        waitUntil(() -> opened.size() == 2);
        assertThat(opened.get(1)).isEqualTo(table.getItems().get(1));

        robot.interact(() -> pane.reveal(table.getItems().get(3).path()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selected()).isEqualTo(table.getItems().get(3).path());
        assertThat(opened).hasSize(2);

        robot.interact(() -> pane.select(table.getItems().get(4)));
        waitUntil(() -> opened.size() == 3);
        assertThat(selected()).isEqualTo(table.getItems().get(4).path());
    }

    @Test
    void aMessageShownAfterClearingStaysInTheFooterWhenTheEmptyListArrives(FxRobot robot) throws Exception {
        pane.update(items("k", 5), List.of());
        settle(robot);
        robot.interact(() -> {
            pane.clear();
            pane.showMessage("/nowhere: no such folder.");
        });
        settle(robot);
        Label status = robot.lookup("#article-status").queryAs(Label.class);
        assertThat(status.getText()).isEqualTo("/nowhere: no such folder.");
        assertThat(robot.lookup("#article-list").queryTableView().getItems()).isEmpty();
    }

    @Test
    void theFirstVisibleArticleStaysAtTheTopWhileRowsArriveAboveIt(FxRobot robot) throws Exception {
        table = robot.lookup("#article-list").queryTableView();
        pane.update(items("m", 400), List.of());
        settle(robot);
        robot.interact(() -> table.scrollTo(200));
        ArticleItem top = firstVisible(robot);
        assertThat(table.getItems().indexOf(top)).isBetween(190, 210);

        pane.update(items("a", 50), List.of());
        settle(robot);
        assertThat(table.getItems().indexOf(top)).isBetween(240, 260);
        assertThat(firstVisible(robot)).isEqualTo(top);
    }

    private ArticleItem firstVisible(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            table.layout();
            VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
            IndexedCell<?> cell = flow.getFirstVisibleCell();
            return table.getItems().get(cell.getIndex());
        }).get();
    }
}
