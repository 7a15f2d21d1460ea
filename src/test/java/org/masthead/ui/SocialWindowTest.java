package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.PngImage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Social tab shows the article's own image, cut to the centre at each card's ratio: on a
 * Hugo site, a post whose images field names static/img/wide.png, a 1600 × 600 PNG. At 1.91:1
 * Facebook keeps 1146 × 600 of it (600 × 1.91 = 1146), from x = 227; at 2:1 X keeps 1200 × 600
 * from x = 200. The 100-character title is cut after 88 and 70 characters.
 */
@ExtendWith(ApplicationExtension.class)
class SocialWindowTest {
    @TempDir
    Path site;

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Files.writeString(site.resolve("hugo.toml"), "baseURL = 'https://stars.example.org/'\n");
        Files.createDirectories(site.resolve("static/img"));
        Files.write(site.resolve("static/img/wide.png"), PngImage.encode(1600, 600, new int[1600 * 600]));
        Files.createDirectories(site.resolve("content/posts"));
        Files.writeString(site.resolve("content/posts/wide.md"), "---\ntitle: " + "W".repeat(100)
                + "\ndescription: A wide picture of the night sky.\nimages: ['/img/wide.png']\n---\nBody.\n");
        MainWindow window = new MainWindow(stage, FxTestSupport.freshSettings());
        window.show();
        window.openFolder(site);
    }

    @Test
    void theSocialTabSitsRightAfterTheSeoTabAndFolderSeoStaysOnItsShortcut(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup("#right-tabs").queryAs(TabPane.class);
        FxTestSupport.waitUntilOnFx(() -> tabs.getTabs().stream().map(Tab::getText).toList()
                .equals(java.util.List.of("Preview", "SEO", "Social", "Folder SEO")));
        robot.interact(() -> robot.lookup("#article-list").query().requestFocus());
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT,
                javafx.scene.input.KeyCode.DIGIT3).release(javafx.scene.input.KeyCode.DIGIT3,
                javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        waitUntil(() -> "Folder SEO".equals(tabs.getSelectionModel().getSelectedItem().getText()));
    }

    @Test
    void theCardsShowTheRealImageCroppedToTheirRatios(FxRobot robot) throws Exception {
        FxTestSupport.openArticle(robot, stage, "wide.md");
        TabPane tabs = robot.lookup("#right-tabs").queryAs(TabPane.class);
        Tab social = tabs.getTabs().stream().filter(t -> "social-tab".equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(social));
        ImageView facebook = robot.lookup("#social-facebook-image").queryAs(ImageView.class);
        ImageView x = robot.lookup("#social-x-image").queryAs(ImageView.class);
        waitUntil(() -> facebook.getImage() != null && x.getImage() != null);

        assertThat(Path.of(java.net.URI.create(facebook.getImage().getUrl())))
                .isEqualTo(site.toAbsolutePath().normalize().resolve("static/img/wide.png"));
        assertThat(facebook.getImage().getWidth()).isEqualTo(1600);
        Rectangle2D fb = facebook.getViewport();
        assertThat(fb.getWidth() / fb.getHeight()).isCloseTo(1.91, within(0.001));
        assertThat(fb.getMinX()).isCloseTo((1600 - 600 * 1.91) / 2, within(0.001));
        assertThat(fb.getHeight()).isEqualTo(600);
        Rectangle2D card = x.getViewport();
        assertThat(card).isEqualTo(new Rectangle2D(200, 0, 1200, 600));

        assertThat(robot.lookup("#social-facebook-title").queryAs(Label.class).getText())
                .isEqualTo("W".repeat(87) + "…");
        assertThat(robot.lookup("#social-x-title").queryAs(Label.class).getText()).isEqualTo("W".repeat(69) + "…");
        assertThat(robot.lookup("#social-x-domain").queryAs(Label.class).getText()).isEqualTo("STARS.EXAMPLE.ORG");
    }
}
