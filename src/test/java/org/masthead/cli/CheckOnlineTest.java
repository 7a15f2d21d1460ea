package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --online} against a web server the test starts on the loopback address, never the
 * internet: {@code /ok} answers 200, {@code /moved} 301 to {@code /ok}, {@code /missing} 404 and
 * {@code /slow} not within the folder's one-second timeout.
 */
class CheckOnlineTest {
    @TempDir
    Path folder;
    @TempDir
    Path cache;

    private HttpServer server;
    private ExecutorService handlers;
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger requests = new AtomicInteger();
    private String base;
    private String savedCacheDir;

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        handlers = Executors.newCachedThreadPool();
        server.setExecutor(handlers);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            switch (path) {
                case "/ok" -> exchange.sendResponseHeaders(200, -1);
                case "/moved" -> {
                    exchange.getResponseHeaders().add("Location", "/ok");
                    exchange.sendResponseHeaders(301, -1);
                }
                case "/slow" -> {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    exchange.sendResponseHeaders(200, -1);
                }
                default -> exchange.sendResponseHeaders(404, -1);
            }
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        savedCacheDir = System.getProperty("masthead.cache.dir");
        System.setProperty("masthead.cache.dir", cache.toString());
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        server.stop(0);
        handlers.shutdownNow();
        if (savedCacheDir == null) {
            System.clearProperty("masthead.cache.dir");
        } else {
            System.setProperty("masthead.cache.dir", savedCacheDir);
        }
    }

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MastheadCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    private static List<String> external(String output) {
        return output.lines().filter(l -> l.contains("link-external")).toList();
    }

    @Test
    void webLinksAreAskedOnlyOnRequestAndAnswersAreKeptADay() throws Exception {
        Files.writeString(folder.resolve(".masthead.yml"), "seo:\n  links:\n    timeout_seconds: 1\n"
                + "    host_interval_ms: 0\n");
        // lines 5-9 of the file: the body after the four-line front matter
        Files.writeString(folder.resolve("links.md"), "---\ntitle: Links\ndate: 2024-01-01\n---\n"
                + "Fine: [ok](" + base + "/ok)\n"
                + "Moved: [moved](" + base + "/moved)\n"
                + "Gone: [missing](" + base + "/missing)\n"
                + "Slow: <" + base + "/slow>\n"
                + "`[in code](" + base + "/missing)`\n");

        String[] offline = run("check", folder.toString());
        assertThat(external(offline[1])).isEmpty();
        assertThat(requests).hasValue(0);

        String[] online = run("check", folder.toString(), "--online");
        List<String> expected = List.of(
                "links.md:6: info link-external-redirect: the link to " + base + "/moved redirects (301 → " + base
                        + "/ok, 200); link to " + base + "/ok directly.",
                "links.md:7: error link-external-broken: the link to " + base + "/missing answers 404; readers get an"
                        + " error page. Fix the address or remove the link.",
                "links.md:8: warning link-external-unreachable: the link to " + base + "/slow got no answer (no answer"
                        + " within 1 s); check that the site still exists, or remove the link.");
        assertThat(external(online[1])).containsExactlyElementsOf(expected);
        assertThat(online[0]).isEqualTo("1");
        // HEAD /ok; HEAD /moved, HEAD /ok; HEAD /missing, GET /missing; HEAD /slow (no answer)
        assertThat(requests).hasValue(6);
        assertThat(Files.readString(cache.resolve("external-links.tsv"))).contains(base + "/moved");

        String[] again = run("check", folder.toString(), "--online");
        assertThat(external(again[1])).containsExactlyElementsOf(expected);
        assertThat(requests).as("answered from the cache").hasValue(6);
    }
}
