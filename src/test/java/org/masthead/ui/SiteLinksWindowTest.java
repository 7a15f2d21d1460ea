package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import javafx.scene.control.TextField;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The preview in the window resolves an article's links and images as its Hugo site will. */
@ExtendWith(ApplicationExtension.class)
class SiteLinksWindowTest {
    @TempDir
    Path temp;

    private Stage stage;
    private MainWindow window;
    private Path site;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        site = copy(Path.of(System.getProperty("masthead.sampleSites", "samples-sites")).resolve("hugo"),
                temp.resolve("hugo"));
        // served at /docs/guide/, so the site reads ../setup/ as /docs/setup/, the page of docs/setup.md
        Files.writeString(site.resolve("content/docs/guide.md"), """
                ---
                title: A guide to the pier
                date: 2024-02-12
                description: Where to begin.
                moved_to: /docs/deep/guide/
                ---

                Start with [the setup](../setup/), then look at ![the pier](/images/pier.png).
                """, StandardCharsets.UTF_8);
        Files.createDirectories(site.resolve("static/images"));
        Files.write(site.resolve("static/images/pier.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        window = new MainWindow(stage, FxTestSupport.freshSettings());
        window.show();
        window.openFolder(site);
    }

    private static Path copy(Path source, Path into) throws Exception {
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

    private static String script(WebView preview, String js) throws Exception {
        Object value = WaitForAsyncUtils.asyncFx(() -> preview.getEngine().executeScript(js)).get();
        return value == null ? null : String.valueOf(value);
    }

    @Test
    void aRelativeLinkOpensTheSiblingArticleAndARootImageComesFromStatic(FxRobot robot) throws Exception {
        FxTestSupport.openArticle(robot, stage, "guide.md");
        waitUntil(() -> robot.lookup("#preview").tryQuery().isPresent());
        WebView preview = robot.lookup("#preview").queryAs(WebView.class);
        String link = "(function(){var a=document.querySelector('#content a[href]');"
                + "return a ? a.getAttribute('href') : null;})()";
        waitUntil(() -> "setup.md".equals(script(preview, link)));
        String image = "(function(){var i=document.querySelector('#content img');"
                + "return i ? i.getAttribute('src') : null;})()";
        String expected = site.resolve("static/images/pier.png").toAbsolutePath().normalize().toUri().toString();
        waitUntil(() -> expected.equals(script(preview, image)));

        // a click goes through the page's script to the window's link handler, which opens the article
        script(preview, "document.querySelector('#content a[href]').click()");
        waitUntil(() -> stage.getTitle().equals("setup.md — Masthead"));
    }

    @Test
    void theLinksFollowTheSitesUrlMappingWhenItChanges(FxRobot robot) throws Exception {
        FxTestSupport.openArticle(robot, stage, "guide.md");
        waitUntil(() -> robot.lookup("#preview").tryQuery().isPresent());
        WebView preview = robot.lookup("#preview").queryAs(WebView.class);
        String link = "(function(){var a=document.querySelector('#content a[href]');"
                + "return a ? a.getAttribute('href') : null;})()";
        waitUntil(() -> "setup.md".equals(script(preview, link)));

        // the page's URL now comes from moved_to, and ../setup/ from /docs/deep/guide/ is no article's URL
        robot.interact(window::siteSettings);
        Stage dialog = (Stage) Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && "Site Settings".equals(s.getTitle())).findFirst().orElseThrow();
        waitUntil(() -> robot.from(dialog.getScene().getRoot()).lookup("#site-field-url").tryQuery().isPresent());
        TextField url = robot.from(dialog.getScene().getRoot()).lookup("#site-field-url").queryAs(TextField.class);
        waitUntil(() -> url.getText().equals("url"));
        robot.interact(() -> url.setText("moved_to"));
        robot.interact(() -> robot.from(dialog.getScene().getRoot()).lookup("#site-settings-save").queryButton().fire());

        waitUntil(() -> "https://fieldnotes.example.org/docs/deep/setup/".equals(script(preview, link)));
    }
}
