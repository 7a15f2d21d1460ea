package org.masthead.seo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a single-article check knows about the rest of its folder: the rules, the clock, and the
 * {@link ArticleFacts} of every article, indexed for the related-article and duplicate checks.
 * Build it once per folder (or after the index changes); checks against it do no IO.
 */
public final class FolderContext {
    /** From this many articles on, their values are normalised in parallel. */
    private static final int PARALLEL = 2_000;

    private final SeoRules rules;
    private final Clock clock;
    private final boolean folderKnown;
    private final int size;
    private final Map<String, List<ArticleFacts>> byId;
    private final Map<String, List<ArticleFacts>> byTitle;
    private final Map<String, List<ArticleFacts>> byDescription;
    private final Map<String, List<ArticleFacts>> byUrl;
    private final Map<String, List<ArticleFacts>> bySeoTitle;
    private final Map<String, List<ArticleFacts>> byKeyphrase;
    /** Lookup keys of pages ({@code p:} path, {@code u:} URL or alias, {@code b:} post name) to their facts. */
    private final Map<String, List<ArticleFacts>> byKey = new HashMap<>();
    /** A page's lookup key to the pages whose body links to it. */
    private final Map<String, List<ArticleFacts>> linkedFrom = new HashMap<>();
    /** The first segments of the pages' URLs: a link into another is not judged, it may be a taxonomy or a file. */
    private final java.util.Set<String> sections = new java.util.HashSet<>();
    private final boolean linksKnown;
    /** An article id to the articles that list it as related ({@link LinkChecks}' orphans). */
    private final Map<String, List<ArticleFacts>> listedBy = new HashMap<>();
    /** Whether any article links to another (a related article, or a body link off its own page). */
    private final boolean anyLinks;
    /** Where the articles' image files are; empty when image files are not to be checked. */
    private volatile java.util.Optional<ImageChecks.Folder> images = java.util.Optional.empty();

    private FolderContext(SeoRules rules, Clock clock, Collection<ArticleFacts> articles, boolean folderKnown) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.folderKnown = folderKnown;
        this.size = articles.size();
        List<ArticleFacts> list = new ArrayList<>(articles);
        // normalising the compared values is most of the indexing; it runs on every core for a large folder
        String[][] keys = (list.size() >= PARALLEL ? list.parallelStream() : list.stream()).map(a -> new String[] {
            a.id().strip(), normalText(a.title()), normalText(a.description()), normalUrl(a.url()),
            normalText(a.seoTitle()), KeyphraseChecks.normal(a.keyphrase())}).toArray(String[][]::new);
        this.byId = index(list, keys, 0);
        this.byTitle = index(list, keys, 1);
        this.byDescription = index(list, keys, 2);
        this.byUrl = index(list, keys, 3);
        this.bySeoTitle = index(list, keys, 4);
        this.byKeyphrase = index(list, keys, 5);
        boolean sited = !articles.isEmpty();
        boolean linked = false;
        for (ArticleFacts a : articles) {
            linked = linked || linksAway(a);
            sited &= a.sited();
            for (String key : keysOf(a)) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(a);
            }
            for (ArticleFacts.Link link : a.links()) {
                for (String key : link.keys()) {
                    linkedFrom.computeIfAbsent(key, k -> new ArrayList<>(1)).add(a);
                }
            }
            for (String related : a.relatedIds()) {
                if (!related.isBlank()) {
                    listedBy.computeIfAbsent(related.strip(), k -> new ArrayList<>(1)).add(a);
                }
            }
            String url = normalUrl(a.url());
            if (url.startsWith("/") && url.length() > 1) {
                int slash = url.indexOf('/', 1);
                sections.add(slash < 0 ? url.substring(1) : url.substring(1, slash));
            }
        }
        this.linksKnown = sited;
        this.anyLinks = linked;
    }

    /** Whether {@code a} lists a related article or has a body link that leaves its own page. */
    static boolean linksAway(ArticleFacts a) {
        if (a.relatedIds().stream().anyMatch(id -> !id.isBlank())) {
            return true;
        }
        List<String> own = List.of("p:" + SitePage.pageKey(a.path()));
        for (ArticleFacts.Link link : a.links()) {
            if (!link.keys().equals(own)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether any article of the folder links to another. Where none does, the site links its pages
     * only through listings, and the orphan checks would flag every page: they stay quiet.
     */
    boolean anyLinks() {
        return anyLinks;
    }

    /** The keys under which other pages' links and aliases find {@code a}. */
    static List<String> keysOf(ArticleFacts a) {
        List<String> keys = new ArrayList<>(3 + a.aliases().size());
        keys.add("p:" + SitePage.pageKey(a.path()));
        if (!a.url().isEmpty()) {
            keys.add("u:" + normalUrl(a.url()));
        }
        int slash = a.path().lastIndexOf('/');
        if (a.path().startsWith("_posts/") || a.path().contains("/_posts/")) {
            keys.add("b:" + a.path().substring(slash + 1).replaceFirst("(?i)\\.(md|markdown)$", ""));
        }
        for (String alias : a.aliases()) {
            keys.add("u:" + normalUrl(alias));
        }
        return keys;
    }

    /** Whether every article's links and URLs were worked out, so that links can be judged. */
    boolean linksKnown() {
        return linksKnown;
    }

    /** The pages a link key finds (by path, URL, alias or post name). */
    List<ArticleFacts> withKey(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** The articles that list the article with this id as related. */
    List<ArticleFacts> listing(String id) {
        return id.isBlank() ? List.of() : listedBy.getOrDefault(id.strip(), List.of());
    }

    /** The pages whose body links to the page with this key. */
    List<ArticleFacts> linking(String key) {
        return linkedFrom.getOrDefault(key, List.of());
    }

    /** Whether a URL lies in a part of the site that has pages in the folder. */
    boolean inKnownSection(String url) {
        String u = normalUrl(url);
        if (!u.startsWith("/") || u.length() < 2) {
            return false;
        }
        int slash = u.indexOf('/', 1);
        return sections.contains(slash < 0 ? u.substring(1) : u.substring(1, slash));
    }

    /** The articles whose focus keyphrase is the same words, in any order and case, a plural ending aside. */
    List<ArticleFacts> withKeyphrase(String keyphrase) {
        return byKeyphrase.getOrDefault(KeyphraseChecks.normal(keyphrase), List.of());
    }

    List<ArticleFacts> withSeoTitle(String title) {
        return bySeoTitle.getOrDefault(normalText(title), List.of());
    }

    /** A folder of these articles. */
    public static FolderContext of(SeoRules rules, Clock clock, Collection<ArticleFacts> articles) {
        return new FolderContext(rules, clock, articles, true);
    }

    /**
     * For an article whose folder is not known: related articles cannot be resolved, so the
     * checks that need the folder (existence, duplicates) are skipped rather than all failing.
     */
    public static FolderContext standalone(SeoRules rules, Clock clock) {
        return new FolderContext(rules, clock, List.of(), false);
    }

    /**
     * This context, with the image files of {@code folder} checked too (which reads the file
     * system). Call it before the context is shared between threads.
     */
    public FolderContext withImages(java.util.Optional<ImageChecks.Folder> folder) {
        this.images = Objects.requireNonNull(folder, "folder");
        return this;
    }

    /** Where the articles' image files are; empty when they are not to be read. */
    public java.util.Optional<ImageChecks.Folder> images() {
        return images;
    }

    public SeoRules rules() {
        return rules;
    }

    public Clock clock() {
        return clock;
    }

    public boolean folderKnown() {
        return folderKnown;
    }

    public int size() {
        return size;
    }

    List<ArticleFacts> withId(String id) {
        return byId.getOrDefault(id.strip(), List.of());
    }

    List<ArticleFacts> withTitle(String title) {
        return byTitle.getOrDefault(normalText(title), List.of());
    }

    List<ArticleFacts> withDescription(String description) {
        return byDescription.getOrDefault(normalText(description), List.of());
    }

    List<ArticleFacts> withUrl(String url) {
        return byUrl.getOrDefault(normalUrl(url), List.of());
    }

    private static Map<String, List<ArticleFacts>> index(List<ArticleFacts> articles, String[][] keys, int which) {
        Map<String, List<ArticleFacts>> out = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            String key = keys[i][which];
            if (!key.isEmpty()) {
                out.computeIfAbsent(key, k -> new ArrayList<>(1)).add(articles.get(i));
            }
        }
        out.replaceAll((key, list) -> list.size() < Group.COUNTED ? list : new Group(list));
        return out;
    }

    /**
     * The articles that share a value, when they are many: a generated folder may give a thousand
     * articles one SEO title, and each of them asks how many others share it. The group counts
     * its published articles once and finds one by path in a sorted array, so that question does
     * not walk the whole group for every member.
     */
    static final class Group extends java.util.AbstractList<ArticleFacts> implements java.util.RandomAccess {
        static final int COUNTED = 16;

        private final ArticleFacts[] items;
        /** The paths of the published (not draft) members, sorted. */
        private final String[] published;

        Group(List<ArticleFacts> list) {
            this.items = list.toArray(new ArticleFacts[0]);
            this.published = list.stream().filter(a -> !a.draft()).map(ArticleFacts::path).sorted()
                    .toArray(String[]::new);
        }

        @Override
        public ArticleFacts get(int index) {
            return items[index];
        }

        @Override
        public int size() {
            return items.length;
        }

        /** How many published members are not at {@code path}. */
        int publishedOtherThan(String path) {
            int at = java.util.Arrays.binarySearch(published, path);
            if (at < 0) {
                return published.length;
            }
            int from = at;
            int to = at + 1;
            while (from > 0 && published[from - 1].equals(path)) {
                from--;
            }
            while (to < published.length && published[to].equals(path)) {
                to++;
            }
            return published.length - (to - from);
        }
    }

    /** Titles and descriptions that differ only in case or spacing read as the same in results. */
    static String normalText(String text) {
        return Snippet.collapse(text).toLowerCase(Locale.ROOT);
    }

    static String normalUrl(String url) {
        String u = url.strip();
        while (u.length() > 1 && u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
