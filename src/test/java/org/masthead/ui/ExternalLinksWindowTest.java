package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Folder SEO's "Check external links…" goes online only after its question is answered with Go
 * online, against a web server the test starts on the loopback address: /ok answers 200 and
 * /missing 404, so one link (line 6 of the article) needs attention.
 */
@ExtendWith(ApplicationExtension.class)
class ExternalLinksWindowTest {
    @TempDir
    Path folder;
    @TempDir
    Path cache;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private String base;
    private String savedCacheDir;

    @Start
    void start(Stage stage) throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/ok") ? 200 : 404, -1);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        savedCacheDir = System.getProperty("masthead.cache.dir");
        System.setProperty("masthead.cache.dir", cache.toString());
        Files.writeString(folder.resolve("links.md"), "---\ntitle: Links\ndate: 2024-01-01\n---\n"
                + "Fine: [ok](" + base + "/ok)\nGone: [missing](" + base + "/missing)\n");
        MainWindow window = new MainWindow(stage, FxTestSupport.freshSettings());
        window.show();
        window.openFolder(folder);
    }

    @AfterEach
    void stop() {
        server.stop(0);
        if (savedCacheDir == null) {
            System.clearProperty("masthead.cache.dir");
        } else {
            System.setProperty("masthead.cache.dir", savedCacheDir);
        }
    }

    @Test
    void theWindowAsksBeforeGoingOnline(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup("#right-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "dashboard-tab".equals(t.getId())).findFirst().orElseThrow()));
        TableView<?> findings = robot.lookup("#dashboard-findings").queryAs(TableView.class);
        waitUntil(() -> !findings.getItems().isEmpty());
        assertThat(requests).as("the folder's analysis never goes online").hasValue(0);

        Button start = robot.lookup("#dashboard-check-links").queryButton();
        Label status = robot.lookup("#links-status").queryAs(Label.class);
        robot.interact(start::fire);
        robot.interact(() -> robot.lookup("#links-cancel").queryButton().fire());
        assertThat(status.getText()).isEqualTo("Not checked: nothing was sent.");
        assertThat(requests).hasValue(0);

        robot.interact(start::fire);
        robot.interact(() -> robot.lookup("#links-go").queryButton().fire());
        ListView<String> results = robot.lookup("#links-results").queryListView();
        waitUntil(() -> status.getText().endsWith("needs attention."));
        assertThat(results.getItems()).containsExactly("links.md:6: error link-external-broken: the link to " + base
                + "/missing answers 404; readers get an error page. Fix the address or remove the link.");
        assertThat(status.getText()).isEqualTo("1 web link needs attention.");
        // HEAD /ok; HEAD /missing, then GET /missing
        assertThat(requests).hasValue(3);
    }
}
