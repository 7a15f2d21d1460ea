package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.seo.Finding;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window on a Hugo site: the snippet and checks read Hugo's own fields, and the Site settings change them. */
@ExtendWith(ApplicationExtension.class)
class SiteWindowTest {
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

    private ListView<Finding> seoTab(FxRobot robot, String name) throws Exception {
        FxTestSupport.openArticle(robot, stage, name);
        TabPane tabs = robot.lookup("#right-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        return robot.lookup("#seo-findings").queryListView();
    }

    @Test
    void theSeoTabShowsTheDescriptionTheRealUrlAndNoMissingFields(FxRobot robot) throws Exception {
        Label status = robot.lookup("#site-status").queryAs(Label.class);
        waitUntil(() -> status.getText().startsWith("Hugo site · fields: hugo · https://fieldnotes.example.org/"));
        ListView<Finding> findings = seoTab(robot, "first-light.md");
        Label url = robot.lookup("#snippet-desktop-url").queryAs(Label.class);
        Label description = robot.lookup("#snippet-desktop-description").queryAs(Label.class);
        waitUntil(() -> url.getText().equals("fieldnotes.example.org › 2024 › 03 › first-light-at-the-observatory"));
        waitUntil(() -> description.getText().startsWith("The new telescope saw its first stars last night"));
        assertThat(robot.lookup("#snippet-desktop-title").queryAs(Label.class).getText())
                .isEqualTo("First light at the observatory");
        assertThat(findings.getItems()).extracting(Finding::check).doesNotContain("required-field");
        assertThat(findings.getItems()).extracting(Finding::field)
                .doesNotContain("seo.title", "seo.page_description", "seo.page_keywords");
    }

    @Test
    void theSiteSettingsChangeTheMappingAndTheChecksFollow(FxRobot robot) throws Exception {
        ListView<Finding> findings = seoTab(robot, "setup.md");
        waitUntil(() -> findings.getItems().stream().anyMatch(f -> f.check().equals("seo-description-length")
                && f.field().equals("description")));
        Label status = robot.lookup("#site-status").queryAs(Label.class);
        waitUntil(() -> status.getText().startsWith("Hugo site"));

        robot.interact(window::siteSettings);
        Stage dialog = (Stage) Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && "Site Settings".equals(s.getTitle())).findFirst().orElseThrow();
        TextField description = robot.from(dialog.getScene().getRoot()).lookup("#site-field-description")
                .queryAs(TextField.class);
        waitUntil(() -> description != null && description.getText().equals("description"));
        Label reads = robot.from(dialog.getScene().getRoot()).lookup((Label l) -> l.getText() != null
                && l.getText().startsWith("seo-description-length")).queryAs(Label.class);
        assertThat(reads).isNotNull();

        robot.interact(() -> description.setText("summary"));
        robot.interact(() -> robot.from(dialog.getScene().getRoot()).lookup("#site-settings-save")
                .queryButton().fire());

        waitUntil(() -> !dialog.isShowing());
        assertThat(Files.readString(site.resolve(".masthead.yml"), StandardCharsets.UTF_8))
                .isEqualTo("seo:\n  fields:\n    description: summary\n");
        waitUntil(() -> findings.getItems().stream().noneMatch(f -> f.check().equals("seo-description-length")));
        Label snippet = robot.lookup("#snippet-desktop-description").queryAs(Label.class);
        waitUntil(() -> snippet.getText().isEmpty());
    }
}
