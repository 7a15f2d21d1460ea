package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.document.KeyPath;
import org.masthead.seo.Finding;
import org.masthead.session.ArticleItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The SEO tab with the text checks switched on: keyphrase findings and the scores follow the edits. */
@ExtendWith(ApplicationExtension.class)
class SeoTextWindowTest {
    private static final String NAME = "how-does-a-hash-table-handle-collisions.md";

    @TempDir
    Path temp;

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = FxTestSupport.copyOfSamples(temp);
        Files.writeString(folder.resolve(".masthead.yml"), "seo:\n  text: {enabled: true}\n");
        window = new MainWindow(stage, FxTestSupport.freshSettings());
        window.show();
        window.openFolder(folder);
    }

    @Test
    void keyphraseResultsFollowTheTyping(FxRobot robot) throws Exception {
        TableView<ArticleItem> list = robot.lookup("#article-list").queryTableView();
        waitUntil(() -> list.getItems().size() >= 15);
        ArticleItem item = list.getItems().stream().filter(i -> i.fileName().equals(NAME)).findFirst().orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(item));
        javafx.scene.control.TabPane tabs = robot.lookup("#right-tabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        ListView<Finding> findings = robot.lookup("#seo-findings").queryListView();
        Label scores = robot.lookup("#seo-scores").queryAs(Label.class);
        // the sample names no keyphrase: the first keyword, 'hash table', stands in, and the SEO
        // title "Hash Table Collision Handling | Masthead Samples" holds it
        waitUntil(() -> findings.getItems().stream().anyMatch(f -> f.check().equals("content-length")));
        assertThat(findings.getItems()).extracting(Finding::check).doesNotContain("keyphrase-title");
        waitUntil(() -> scores.getText().startsWith("SEO score ") && scores.getText().contains("Readability "));
        // typing a keyphrase the title lacks brings the finding, naming the field it came from
        String initial = scores.getText();
        robot.interact(() -> window.applyEdit(KeyPath.parse("keyphrase"), "load factor"));
        // the score is shown after the findings: both must have followed the edit
        waitUntil(() -> findings.getItems().stream().anyMatch(f -> f.check().equals("keyphrase-title"))
                && !scores.getText().equals(initial));
        Finding title = findings.getItems().stream().filter(f -> f.check().equals("keyphrase-title")).findFirst()
                .orElseThrow();
        assertThat(title.message()).startsWith("the keyphrase 'load factor' is not in seo.title");
        String before = scores.getText();
        // and putting it in the title takes it away again, raising the score
        robot.interact(() -> window.applyEdit(KeyPath.parse("seo.title"), "Load factor and hash table collisions"));
        waitUntil(() -> findings.getItems().stream().noneMatch(f -> f.check().equals("keyphrase-title")));
        waitUntil(() -> !scores.getText().equals(before));
        assertThat(score(scores.getText())).isGreaterThan(score(before));
    }

    private static int score(String text) {
        String rest = text.substring("SEO score ".length());
        return Integer.parseInt(rest.substring(0, rest.indexOf(' ')));
    }
}
