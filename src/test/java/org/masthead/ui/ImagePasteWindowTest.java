package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.EditJournal;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A pasted image is copied into the site's media folder and linked from the article, after asking its alt text. */
@ExtendWith(ApplicationExtension.class)
class ImagePasteWindowTest {
    private static final String ARTICLE = "how-does-a-hash-table-handle-collisions.md";

    @TempDir
    Path temp;

    private Stage stage;
    private MainWindow window;
    private Path folder;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        folder = FxTestSupport.copyOfSamples(Files.createDirectories(temp.resolve("articles")));
        window = new MainWindow(stage, FxTestSupport.freshSettings(),
                new EditJournal(Files.createDirectories(temp.resolve("journal"))));
        window.show();
        window.openFolder(folder);
    }

    private CodeArea editorAtStart(FxRobot robot) throws Exception {
        FxTestSupport.openArticle(robot, stage, ARTICLE);
        CodeArea area = robot.lookup("#editor").queryAs(CodeArea.class);
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(0);
        });
        return area;
    }

    private void answerAlt(FxRobot robot, String alt) throws Exception {
        waitUntil(() -> robot.lookup("#alt-text").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#alt-text").queryAs(TextField.class).setText(alt));
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("OK"))
                .queryAs(Button.class));
    }

    @Test
    void aPastedImageFileIsCopiedNextToTheArticleAndLinked(FxRobot robot) throws Exception {
        CodeArea area = editorAtStart(robot);
        Path picture = Files.write(temp.resolve("Holiday Photo.PNG"), new byte[] {1, 2, 3});
        Files.createDirectories(folder.resolve("images"));
        Files.write(folder.resolve("images/holiday-photo.png"), new byte[] {9});
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putFiles(List.of(picture.toFile()));
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        answerAlt(robot, "A beach at dusk");
        waitUntil(() -> area.getText().startsWith("![A beach at dusk](images/holiday-photo-2.png)\n"));
        assertThat(Files.readAllBytes(folder.resolve("images/holiday-photo-2.png"))).containsExactly(1, 2, 3);
        assertThat(Files.readAllBytes(folder.resolve("images/holiday-photo.png"))).as("never overwritten")
                .containsExactly(9);
        assertThat(stage.getTitle()).startsWith("•");
        robot.interact(window::undo);
        assertThat(area.getText()).as("one undo takes the whole link back").doesNotContain("holiday-photo");
    }

    @Test
    void aPastedBitmapIsSavedAsPng(FxRobot robot) throws Exception {
        CodeArea area = editorAtStart(robot);
        robot.interact(() -> {
            WritableImage image = new WritableImage(3, 2);
            image.getPixelWriter().setColor(1, 1, Color.RED);
            ClipboardContent content = new ClipboardContent();
            content.putImage(image);
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        answerAlt(robot, "red dot");
        waitUntil(() -> area.getText().startsWith("![red dot](images/pasted-image.png)\n"));
        byte[] png = Files.readAllBytes(folder.resolve("images/pasted-image.png"));
        assertThat(new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    @Test
    void anImageFieldShowsAThumbnailOfItsFileAndAPicker(FxRobot robot) throws Exception {
        Files.createDirectories(folder.resolve("images"));
        int[] pixels = new int[16];
        java.util.Arrays.fill(pixels, 0xff2563eb);
        Files.write(folder.resolve("images/cover.png"), org.masthead.content.PngImage.encode(4, 4, pixels));
        Files.writeString(folder.resolve("with-cover.md"), "---\ntitle: With a cover\nimage: images/cover.png\n---\nText\n");
        FxTestSupport.openArticle(robot, stage, "with-cover.md");
        waitUntil(() -> robot.lookup("#thumbnail-image").tryQuery().isPresent());
        javafx.scene.image.ImageView thumbnail = robot.lookup("#thumbnail-image").queryAs(javafx.scene.image.ImageView.class);
        waitUntil(() -> thumbnail.getImage() != null && thumbnail.getImage().getProgress() == 1
                && !thumbnail.getImage().isError() && thumbnail.getImage().getWidth() > 0);
        assertThat(thumbnail.getImage().getPixelReader().getArgb(0, 0)).as("the file's own pixels").isEqualTo(0xff2563eb);
        assertThat(robot.lookup("#choose-image").tryQuery()).isPresent();
        robot.interact(() -> robot.lookup("#field-image").queryAs(TextField.class).setText("images/missing.png"));
        waitUntil(() -> thumbnail.getImage() == null);
    }
}
