package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SchemaWindowTest {
    @TempDir
    Path temp;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, FxTestSupport.freshSettings());
        window.show();
    }

    @Test
    void theFoldersInputSchemaShapesTheForm(FxRobot robot) throws Exception {
        Files.writeString(temp.resolve(".masthead.yml"),
                "inputs:\n  subject: {type: select, options: [Physics, Chemistry]}\n  author: hidden\n", StandardCharsets.UTF_8);
        Files.writeString(temp.resolve("a.md"), "---\ntitle: A\nsubject: Physics\nauthor: Me\n---\nBody\n", StandardCharsets.UTF_8);
        robot.interact(() -> window.openFolder(temp));
        waitUntil(() -> robot.lookup((Node n) -> "field-subject".equals(n.getId())).tryQuery().isPresent());
        Node subject = robot.lookup((Node n) -> "field-subject".equals(n.getId())).queryAs(Node.class);
        assertThat(subject).isInstanceOf(ComboBox.class);
        assertThat(((ComboBox<?>) subject).getItems().stream().map(String::valueOf).toList()).contains("Physics", "Chemistry");
        assertThat(robot.lookup((Node n) -> "field-author".equals(n.getId())).tryQuery().isPresent()).isFalse();
    }

    @Test
    void aBrokenSchemaIsNamedAndTheFormStillWorks(FxRobot robot) throws Exception {
        Files.writeString(temp.resolve(".masthead.yml"), "inputs:\n  subject: {type: [\n", StandardCharsets.UTF_8);
        Files.writeString(temp.resolve("a.md"), "---\ntitle: A\nsubject: Physics\n---\nBody\n", StandardCharsets.UTF_8);
        robot.interact(() -> window.openFolder(temp));
        Label message = robot.lookup("#message").queryAs(Label.class);
        waitUntil(() -> message.isVisible() && message.getText().contains(".masthead.yml:"));
        waitUntil(() -> robot.lookup((Node n) -> "field-subject".equals(n.getId())).tryQuery().isPresent());
        Node input = robot.lookup((Node n) -> "field-subject".equals(n.getId())).queryAs(Node.class);
        assertThat(input).isInstanceOf(javafx.scene.control.TextField.class);
    }
}
