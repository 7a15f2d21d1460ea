package org.masthead.seo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.masthead.content.IndexCache;
import org.masthead.document.AtomicFiles;

/**
 * The answers of web servers to link checks, kept between runs in the user's cache folder
 * ({@code external-links.tsv} beside the folder index caches): one line per URL with when it was
 * asked, the status, the error and the redirects, tab-separated. A line that does not read is
 * skipped, as is an answer older than the caller allows; a URL with a tab or line break in it is
 * never kept.
 */
public final class ExternalLinkCache {
    private static final String VERSION = "masthead-links 1";

    private final Path file;
    private final Map<String, ExternalLinkChecker.Result> results = new ConcurrentHashMap<>();
    private volatile boolean loaded;

    public ExternalLinkCache(Path file) {
        this.file = file;
    }

    public static ExternalLinkCache forUser() {
        return new ExternalLinkCache(IndexCache.userCacheDir().resolve("external-links.tsv"));
    }

    public Path file() {
        return file;
    }

    /** The kept answer for {@code url} if it was asked at or after {@code notBefore} (epoch ms), else null. */
    ExternalLinkChecker.Result get(String url, long notBefore) {
        load();
        ExternalLinkChecker.Result r = results.get(url);
        return r != null && r.checkedAt() >= notBefore ? r : null;
    }

    void put(ExternalLinkChecker.Result result) {
        load();
        results.put(result.url(), result);
    }

    private synchronized void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            return; // unreadable or damaged: every link is asked again, and the file rewritten
        }
        if (lines.isEmpty() || !lines.get(0).equals(VERSION)) {
            return;
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            if (cells.length < 4) {
                continue;
            }
            try {
                List<ExternalLinkChecker.Hop> hops = new ArrayList<>();
                for (int i = 4; i < cells.length; i++) {
                    int space = cells[i].indexOf(' ');
                    hops.add(new ExternalLinkChecker.Hop(Integer.parseInt(cells[i].substring(0, space)),
                            cells[i].substring(space + 1)));
                }
                results.put(cells[0], new ExternalLinkChecker.Result(cells[0], Integer.parseInt(cells[2]), hops,
                        cells[3], Long.parseLong(cells[1])));
            } catch (RuntimeException e) {
                // a damaged line: that URL is asked again
            }
        }
    }

    /** Writes every kept answer, atomically; a cache that cannot be written only costs the next run time. */
    synchronized void save() {
        StringBuilder out = new StringBuilder(VERSION).append('\n');
        for (ExternalLinkChecker.Result r : results.values()) {
            if (!clean(r.url()) || !clean(r.error())
                    || !r.redirects().stream().allMatch(h -> clean(h.location()))) {
                continue;
            }
            out.append(r.url()).append('\t').append(r.checkedAt()).append('\t').append(r.status()).append('\t')
                    .append(r.error());
            for (ExternalLinkChecker.Hop hop : r.redirects()) {
                out.append('\t').append(hop.status()).append(' ').append(hop.location());
            }
            out.append('\n');
        }
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, out.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // not kept: the next run asks again
        }
    }

    private static boolean clean(String s) {
        return s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0;
    }
}
