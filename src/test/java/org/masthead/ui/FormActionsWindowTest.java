package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.document.Document;
import org.masthead.document.KeyPath;
import org.masthead.session.ArticleItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class FormActionsWindowTest {
    @TempDir
    Path temp;

    private Stage stage;
    private MainWindow window;
    private Path file;
    private String original;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = new MainWindow(stage, FxTestSupport.freshSettings());
        window.show();
        window.openFolder(FxTestSupport.copyOfSamples(temp));
    }

    private void open(FxRobot robot, String name) throws Exception {
        file = FxTestSupport.openArticle(robot, stage, name).path();
        original = Files.readString(file, StandardCharsets.UTF_8);
    }

    private static <T extends Node> T byId(FxRobot robot, String id, Class<T> type) {
        return robot.lookup((Node n) -> id.equals(n.getId())).queryAs(type);
    }

    private String saved(FxRobot robot) throws Exception {
        robot.interact(() -> window.save());
        waitUntil(() -> !stage.getTitle().startsWith("•"));
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void removingAFieldDeletesOnlyItsLine(FxRobot robot) throws Exception {
        open(robot, "how-does-a-hash-table-handle-collisions.md");
        robot.interact(() -> byId(robot, "remove-author", Button.class).fire());
        waitUntil(() -> stage.getTitle().startsWith("• "));
        String after = saved(robot);
        List<String> removed = original.lines().filter(l -> !after.lines().toList().contains(l)).toList();
        assertThat(removed).hasSize(1).allMatch(l -> l.startsWith("author: "));
        assertThat(after.lines().count()).isEqualTo(original.lines().count() - 1);
    }

    @Test
    void addingAFieldPutsItBesideItsSiblings(FxRobot robot) throws Exception {
        open(robot, "how-does-a-hash-table-handle-collisions.md");
        robot.interact(() -> {
            byId(robot, "new-key-seo", TextField.class).setText("canonical_url");
            byId(robot, "new-value-seo", TextField.class).setText("/canonical/hash-tables");
            byId(robot, "add-field-seo", Button.class).fire();
        });
        String after = saved(robot);
        Document doc = Document.parse("x", after.getBytes(StandardCharsets.UTF_8));
        assertThat(doc.getString(KeyPath.parse("seo.canonical_url"))).contains("/canonical/hash-tables");
        assertThat(after).contains("\n  canonical_url: /canonical/hash-tables\n");
        assertThat(after.lines().count()).isEqualTo(original.lines().count() + 1);
    }

    @Test
    void theRelatedArticlePickerFillsAllFourFieldsFromTheFolder(FxRobot robot) throws Exception {
        open(robot, "how-does-a-hash-table-handle-collisions.md");
        Path target = temp.resolve("what-happens-during-each-stage-of-mitosis.md");
        Document targetDoc = Document.parse(target);
        TextField search = byId(robot, "pick-related_article1", TextField.class);
        robot.interact(() -> search.setText("mitosis"));
        robot.interact(() -> search.getOnAction().handle(null));
        String after = saved(robot);
        Document doc = Document.parse("x", after.getBytes(StandardCharsets.UTF_8));
        for (String key : List.of("id", "title", "subject", "url")) {
            assertThat(doc.getString(KeyPath.parse("related_article1." + key)))
                    .as(key).isEqualTo(targetDoc.getString(KeyPath.parse(key)));
        }
        assertThat(after).contains("related_article1:\n    id: " + targetDoc.getString(KeyPath.parse("id")).orElseThrow() + "\n");
    }
}
