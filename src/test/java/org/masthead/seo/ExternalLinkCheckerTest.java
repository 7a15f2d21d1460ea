package org.masthead.seo;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link checker's manners, against a loopback server, with a pretend clock and sleep. */
class ExternalLinkCheckerTest {
    @TempDir
    Path cacheDir;

    private HttpServer server;
    private final List<String> seen = new ArrayList<>();
    private String base;
    /** The pretend nanosecond clock; the pretend sleep moves it on. */
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final List<Duration> slept = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            synchronized (seen) {
                seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            }
            boolean refusesHead = exchange.getRequestURI().getPath().equals("/no-head");
            exchange.sendResponseHeaders(refusesHead && exchange.getRequestMethod().equals("HEAD") ? 405 : 200, -1);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private ExternalLinkChecker checker(Clock clock) {
        ExternalLinkChecker.Settings settings = new ExternalLinkChecker.Settings(Duration.ofSeconds(5),
                Duration.ofSeconds(1), 2, Duration.ofDays(1));
        return new ExternalLinkChecker(settings, new ExternalLinkCache(cacheDir.resolve("links.tsv")), clock, nanos::get,
                d -> {
                    slept.add(d);
                    nanos.addAndGet(d.toNanos());
                });
    }

    @Test
    void aRefusedHeadIsAskedAgainWithGetAndOneHostIsAskedOnceASecond() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        Map<String, ExternalLinkChecker.Result> results = checker(clock).check(List.of(base + "/a", base + "/no-head",
                base + "/a"));
        assertThat(results.get(base + "/no-head").status()).isEqualTo(200);
        assertThat(results.get(base + "/a").status()).isEqualTo(200);
        assertThat(seen).containsExactly("HEAD /a", "HEAD /no-head", "GET /no-head");
        // no time passed on the pretend clock between requests, so each waited the whole second
        assertThat(slept).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void answersOlderThanADayAreAskedAgain() throws Exception {
        Instant day1 = Instant.parse("2026-01-01T00:00:00Z");
        checker(Clock.fixed(day1, ZoneOffset.UTC)).check(List.of(base + "/a"));
        checker(Clock.fixed(day1.plus(Duration.ofHours(23)), ZoneOffset.UTC)).check(List.of(base + "/a"));
        assertThat(seen).containsExactly("HEAD /a");
        checker(Clock.fixed(day1.plus(Duration.ofHours(25)), ZoneOffset.UTC)).check(List.of(base + "/a"));
        assertThat(seen).containsExactly("HEAD /a", "HEAD /a");
    }
}
