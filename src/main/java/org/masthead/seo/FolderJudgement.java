package org.masthead.seo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The folder-wide pass of {@link FolderCheckCache}: each article's findings against the rest of
 * the folder, kept, and worked out again only for the articles whose answer may differ. An
 * article's folder-wide findings depend on nothing but the articles that share one of its
 * lookup keys (its id, title, description or url, and the id or url of each related article);
 * so when some articles change, appear or vanish, only those and the articles that look up one
 * of their keys, old or new, are judged again.
 */
final class FolderJudgement {
    /**
     * One article's findings, the pass-1 result they were judged from, and the keys it looks up
     * in the folder (worked out once, as normalising them is most of the cost of keeping it).
     */
    private record Judged(SeoChecker.Scanned from, List<Finding> findings, long[] lookups) {
    }

    private Map<String, Judged> judged = new HashMap<>();
    private int afresh;
    /** Whether any article linked to another at the last judgement: when that flips, every orphan answer may. */
    private boolean anyLinks;

    /** The report over {@code scanned}, one per article file, with {@code files} files in all. */
    FolderReport judge(int files, List<SeoChecker.Scanned> scanned, SeoRules rules, Clock clock) {
        Keys dirty = new Keys();
        Map<String, Judged> before = judged;
        Set<String> gone = new HashSet<>(before.keySet());
        for (SeoChecker.Scanned s : scanned) {
            gone.remove(s.path());
            Judged old = before.get(s.path());
            if (old == null || old.from() != s) {
                keys(old == null ? null : old.from().facts(), dirty);
                keys(s.facts(), dirty);
            }
        }
        for (String path : gone) {
            keys(before.get(path).from().facts(), dirty);
        }
        List<ArticleFacts> facts = scanned.stream().filter(s -> s.facts() != null).map(SeoChecker.Scanned::facts)
                .sorted(Comparator.comparing(ArticleFacts::path)).toList();
        dirty.seal();
        FolderContext ctx = FolderContext.of(rules, clock, facts);
        Findings shared = new Findings();
        boolean linksFlipped = ctx.anyLinks() != anyLinks;
        anyLinks = ctx.anyLinks();
        Map<String, Judged> now = new ConcurrentHashMap<>();
        AtomicInteger worked = new AtomicInteger();
        scanned.parallelStream().forEach(s -> {
            Judged old = before.get(s.path());
            if (old != null && old.from() == s && !linksFlipped && !looksUp(old, dirty)) {
                now.put(s.path(), old);
            } else {
                worked.incrementAndGet();
                now.put(s.path(), new Judged(s, shared.all(SeoChecker.judge(s, ctx)), lookups(s)));
            }
        });
        judged = new HashMap<>(now);
        afresh = worked.get();
        Map<String, List<Finding>> findings = new HashMap<>();
        now.forEach((path, j) -> {
            if (!j.findings().isEmpty()) {
                findings.put(path, j.findings());
            }
        });
        return FolderReport.of(files, facts, findings);
    }

    /** How many articles the last {@link #judge} worked out afresh rather than kept. */
    int afresh() {
        return afresh;
    }

    private static boolean looksUp(Judged judged, Keys dirty) {
        for (long key : judged.lookups()) {
            if (dirty.contains(key)) {
                return true;
            }
        }
        return false;
    }

    /** The keys of every folder lookup that {@link FolderChecks} makes for {@code s}. */
    private static long[] lookups(SeoChecker.Scanned s) {
        ArticleFacts f = s.facts();
        if (f == null) {
            return new long[0];
        }
        Keys keys = new Keys();
        keys.add(idKey(f.id()));
        keys.add(titleKey(f.title()));
        keys.add(descriptionKey(f.description()));
        keys.add(urlKey(f.url()));
        for (ArticleFields.Related r : s.related()) {
            keys.add(!r.id().isEmpty() ? idKey(r.id()) : urlKey(r.url()));
        }
        keys.add(listedKey(f.id())); // orphans: who lists this article as related
        siteLookups(f, keys);
        return keys.toArray();
    }

    /** The site checks' lookups: SEO title, link targets, who links here, aliases ({@link SiteLinkChecks}). */
    private static void siteLookups(ArticleFacts f, Keys keys) {
        if (!f.seoTitle().isEmpty()) {
            keys.add("s" + FolderContext.normalText(f.seoTitle()));
        }
        if (!f.keyphrase().isEmpty()) {
            keys.add(keyphraseKey(f.keyphrase()));
        }
        if (!f.sited()) {
            return;
        }
        for (ArticleFacts.Link link : f.links()) {
            for (String key : link.keys()) {
                keys.add("k" + key);
                if (key.startsWith("u:")) {
                    keys.add("section");
                }
            }
        }
        for (String key : FolderContext.keysOf(f)) {
            keys.add("r" + key);
        }
        for (String alias : f.aliases()) {
            keys.add(urlKey(alias));
        }
    }

    /** What a change of {@code f} may change for the site checks of others. */
    private static void siteKeys(ArticleFacts f, Keys out) {
        if (!f.seoTitle().isEmpty()) {
            out.add("s" + FolderContext.normalText(f.seoTitle()));
        }
        if (!f.keyphrase().isEmpty()) {
            out.add(keyphraseKey(f.keyphrase()));
        }
        if (!f.sited()) {
            return;
        }
        for (String key : FolderContext.keysOf(f)) {
            out.add("k" + key);
        }
        for (ArticleFacts.Link link : f.links()) {
            for (String key : link.keys()) {
                out.add("r" + key);
            }
        }
        // the set of the site's sections decides which unresolved links are judged
        out.add("section");
    }

    private static void keys(ArticleFacts f, Keys out) {
        if (f != null) {
            out.add(idKey(f.id()));
            out.add(titleKey(f.title()));
            out.add(descriptionKey(f.description()));
            out.add(urlKey(f.url()));
            for (String related : f.relatedIds()) {
                out.add(listedKey(related));
            }
            siteKeys(f, out);
        }
    }

    // The keys normalise as FolderContext's indexes do, so equal keys mean the same lookup.
    private static String idKey(String id) {
        return "i" + id.strip();
    }

    private static String titleKey(String title) {
        return "t" + FolderContext.normalText(title);
    }

    private static String descriptionKey(String description) {
        return "d" + FolderContext.normalText(description);
    }

    private static String keyphraseKey(String keyphrase) {
        return "p" + KeyphraseChecks.normal(keyphrase);
    }

    private static String listedKey(String id) {
        return "l" + id.strip();
    }

    private static String urlKey(String url) {
        return "u" + FolderContext.normalUrl(url);
    }

    /**
     * Lookup keys, kept as 64-bit hashes rather than strings: a folder of 100,000 articles keeps a
     * dozen for each. Two keys that share a hash only make an article be judged again when it
     * need not be, never kept when it should not be.
     */
    private static final class Keys {
        private long[] hashes = new long[16];
        private int size;

        void add(String key) {
            if (size == hashes.length) {
                hashes = java.util.Arrays.copyOf(hashes, size * 2);
            }
            hashes[size++] = ((long) key.hashCode() << 32) ^ (key.length() * 0x9E3779B97F4A7C15L);
        }

        long[] toArray() {
            return java.util.Arrays.copyOf(hashes, size);
        }

        /** Sorts the keys for {@link #contains}; no key is added after. */
        void seal() {
            java.util.Arrays.sort(hashes, 0, size);
        }

        boolean contains(long hash) {
            return java.util.Arrays.binarySearch(hashes, 0, size, hash) >= 0;
        }
    }
}
