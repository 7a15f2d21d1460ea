package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.seo.Finding;
import org.masthead.seo.Severity;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The SEO tab judges body links against the folder, as {@code masthead check} does: on the Hugo
 * sample site, night-sky.md's dead link (line 11), its link to a draft (line 10) and, added here,
 * a link into first-light.md at an anchor no heading of it has (line 17); and no page links to it.
 */
@ExtendWith(ApplicationExtension.class)
class LinkChecksWindowTest {
    @TempDir
    Path temp;

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path site = temp.resolve("hugo");
        Path source = Path.of(System.getProperty("masthead.sampleSites", "samples-sites")).resolve("hugo");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = site.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        Path night = site.resolve("content/posts/night-sky.md");
        // line 17: first-light.md has no heading at all, so #the-moon names nothing there
        Files.writeString(night, Files.readString(night) + "\nSee [the Moon](first-light.md#the-moon).\n");
        MainWindow window = new MainWindow(stage, FxTestSupport.freshSettings());
        window.show();
        window.openFolder(site);
    }

    @Test
    void theSeoTabShowsDeadLinksAnchorsAndOrphans(FxRobot robot) throws Exception {
        FxTestSupport.openArticle(robot, stage, "night-sky.md");
        TabPane tabs = robot.lookup("#right-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        ListView<Finding> findings = robot.lookup("#seo-findings").queryListView();
        waitUntil(() -> findings.getItems().stream().anyMatch(f -> f.check().equals("link-anchor")));
        assertThat(findings.getItems()).extracting(Finding::check, Finding::severity, Finding::line).contains(
                tuple("link-orphan", Severity.WARNING, 1),
                tuple("link-draft", Severity.WARNING, 10),
                tuple("link-broken", Severity.ERROR, 11),
                tuple("link-anchor", Severity.ERROR, 17));
    }
}
