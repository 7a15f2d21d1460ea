package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.session.ArticleItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ArticleListWindowTest {
    @TempDir
    Path temp;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, FxTestSupport.freshSettings());
        window.show();
    }

    @Test
    void theListShowsProgressThenFiltersSortsAndCounts(FxRobot robot) throws Exception {
        Path folder = FxTestSupport.copyOfSamples(temp);
        ProgressBar progress = robot.lookup(".article-list-pane .progress-bar").queryAs(ProgressBar.class);
        boolean[] shownWhileReading = new boolean[1];
        robot.interact(() -> {
            window.openFolder(folder);
            shownWhileReading[0] = progress.isVisible();
        });
        assertThat(shownWhileReading[0]).isTrue();
        TableView<ArticleItem> list = robot.lookup("#article-list").queryTableView();
        waitUntil(() -> list.getItems().size() == 16 && !progress.isVisible());
        Label status = robot.lookup("#article-status").queryAs(Label.class);
        assertThat(status.getText()).isEqualTo("16 shown / 16 total / 0 with problems");

        robot.clickOn("#article-filter").write("physics");
        waitUntil(() -> list.getItems().size() == 3);
        assertThat(list.getItems()).allMatch(item -> "Physics".equals(item.subject()));
        assertThat(status.getText()).isEqualTo("3 shown / 16 total / 0 with problems");

        robot.interact(() -> robot.lookup("#article-filter").queryAs(TextField.class).setText("900105"));
        waitUntil(() -> list.getItems().size() == 1);
        assertThat(list.getItems().get(0).id()).isEqualTo("900105");

        robot.interact(() -> robot.lookup("#article-filter").queryAs(TextField.class).clear());
        TableColumn<ArticleItem, ?> date = list.getColumns().get(2);
        robot.interact(() -> {
            date.setSortType(TableColumn.SortType.DESCENDING);
            list.getSortOrder().setAll(List.of(date));
        });
        // The rows are sorted off the FX thread: wait for the order, then check it holds for every row.
        waitUntil(() -> list.getItems().size() == 16 && list.getItems().get(0).date().compareTo(list.getItems().get(15).date()) > 0);
        List<String> dates = list.getItems().stream().map(ArticleItem::date).toList();
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }
}
