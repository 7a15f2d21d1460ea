package org.masthead.seo;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;

/**
 * Asks web servers whether links still lead somewhere, politely: a {@code HEAD} first, then a
 * {@code GET} (whose body is not read) when the server refuses or fails the {@code HEAD}; at most
 * one request per {@link Settings#hostInterval} to any one host, a few hosts at a time; every
 * request bounded by {@link Settings#timeout}. Redirects are followed by hand, so that the whole
 * chain is known. Answers are kept in an {@link ExternalLinkCache} and not asked again while fresh.
 * Only ever run on the user's request: nothing else in Masthead goes online.
 */
public final class ExternalLinkChecker {
    /** How politely and how long to ask. */
    public record Settings(Duration timeout, Duration hostInterval, int parallelHosts, Duration cacheFor) {
        /** 10 s per request, 1 s between two requests to a host, 4 hosts at once, answers kept a day. */
        public static final Settings DEFAULT = new Settings(Duration.ofSeconds(10), Duration.ofSeconds(1), 4,
                Duration.ofDays(1));

        public Settings {
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(hostInterval, "hostInterval");
            Objects.requireNonNull(cacheFor, "cacheFor");
            parallelHosts = Math.max(1, parallelHosts);
        }
    }

    /** One redirect: its status and where it sent the request. */
    public record Hop(int status, String location) {
    }

    /**
     * What became of one URL: the final status (0 when no answer came), the redirects on the way,
     * why there was no answer ("" when there was one), and when it was asked (epoch ms).
     */
    public record Result(String url, int status, List<Hop> redirects, String error, long checkedAt) {
        public Result {
            redirects = List.copyOf(redirects);
        }
    }

    /** Waits; {@code Thread::sleep} in real use. */
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private static final int MAX_REDIRECTS = 10;

    private final HttpClient client;
    private final Settings settings;
    private final ExternalLinkCache cache;
    private final Clock clock;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private final Map<String, long[]> lastRequest = new ConcurrentHashMap<>();

    public ExternalLinkChecker(Settings settings, ExternalLinkCache cache, Clock clock, LongSupplier nanoTime,
            Sleeper sleeper) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.timeout()).build();
    }

    /** With the real clock and sleep, and the answers cache in the user's cache folder. */
    public static ExternalLinkChecker forUser(Settings settings) {
        return new ExternalLinkChecker(settings, ExternalLinkCache.forUser(), Clock.systemUTC(), System::nanoTime,
                d -> Thread.sleep(d.toMillis()));
    }

    /** The answer for each URL, from the cache where fresh, else asked; the cache is saved afterwards. */
    public Map<String, Result> check(Collection<String> urls) throws InterruptedException {
        Map<String, Result> out = new ConcurrentHashMap<>();
        Map<String, List<String>> byHost = new LinkedHashMap<>();
        long now = clock.millis();
        for (String url : new java.util.LinkedHashSet<>(urls)) {
            Result kept = cache.get(url, now - settings.cacheFor().toMillis());
            if (kept != null) {
                out.put(url, kept);
            } else {
                byHost.computeIfAbsent(host(url), h -> new ArrayList<>()).add(url);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(settings.parallelHosts(), task -> {
            Thread thread = new Thread(task, "masthead-links");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (List<String> hostUrls : byHost.values()) {
                running.add(pool.submit(() -> {
                    for (String url : hostUrls) {
                        Result result = ask(url);
                        out.put(url, result);
                        cache.put(result);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof InterruptedException ie) {
                        throw ie;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        cache.save();
        return out;
    }

    /** Follows {@code url} to a final answer. */
    Result ask(String url) throws InterruptedException {
        List<Hop> hops = new ArrayList<>();
        URI at;
        try {
            at = URI.create(url);
        } catch (IllegalArgumentException e) {
            return new Result(url, 0, hops, "not a valid address", clock.millis());
        }
        for (int i = 0; i <= MAX_REDIRECTS; i++) {
            int status;
            String location;
            try {
                HttpResponse<InputStream> response = request(at, "HEAD");
                if (response.statusCode() >= 400) {
                    // some servers refuse or mis-answer HEAD; a GET says what a reader gets
                    response = request(at, "GET");
                }
                status = response.statusCode();
                location = response.headers().firstValue("location").orElse(null);
                response.body().close();
            } catch (HttpTimeoutException e) {
                return new Result(url, 0, hops, "no answer within " + settings.timeout().toSeconds() + " s",
                        clock.millis());
            } catch (IOException | IllegalArgumentException e) {
                String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                        : e.getMessage();
                return new Result(url, 0, hops, why, clock.millis());
            }
            if (status >= 300 && status < 400 && location != null) {
                URI next = at.resolve(location.strip());
                hops.add(new Hop(status, next.toString()));
                at = next;
                continue;
            }
            return new Result(url, status, hops, "", clock.millis());
        }
        return new Result(url, 0, hops, "more than " + MAX_REDIRECTS + " redirects", clock.millis());
    }

    private HttpResponse<InputStream> request(URI uri, String method) throws IOException, InterruptedException {
        waitForTurn(host(uri.toString()));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.timeout())
                .header("User-Agent", "Masthead link check (run by a writer, on request)")
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    }

    /** Waits until {@link Settings#hostInterval} has passed since the last request to {@code host}. */
    private void waitForTurn(String host) throws InterruptedException {
        long[] last = lastRequest.computeIfAbsent(host, h -> new long[] {Long.MIN_VALUE});
        synchronized (last) {
            long gap = settings.hostInterval().toNanos();
            if (last[0] != Long.MIN_VALUE) {
                long wait = last[0] + gap - nanoTime.getAsLong();
                if (wait > 0) {
                    sleeper.sleep(Duration.ofNanos(wait));
                }
            }
            last[0] = nanoTime.getAsLong();
        }
    }

    static String host(String url) {
        try {
            URI uri = URI.create(url);
            String host = uri.getHost();
            return host == null ? url : host.toLowerCase(Locale.ROOT) + ":" + uri.getPort();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
