package org.masthead.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The {@code related_articleN} links between the articles of a folder: where each one points,
 * which are broken, and what links to a given article. It follows its index: call {@link #attach}
 * once and every refresh of the index updates it, touching only the changed articles.
 *
 * <p>A reference resolves by id when it has one (the url must then match the target's, if both
 * are set), otherwise by url. Urls compare without a trailing {@code /}.
 */
public final class CrossReferences {
    /** What became of one reference. */
    public enum Status {
        OK, NO_SUCH_ID, NO_SUCH_URL, URL_MISMATCH, EMPTY
    }

    /** One reference of {@code from}, resolved; {@code target} is empty when it is broken by absence. */
    public record Resolution(IndexEntry from, IndexEntry.RelatedRef ref, Status status, Optional<IndexEntry> target) {
        public boolean broken() {
            return status != Status.OK;
        }

        /** A sentence for the user, such as "related_article2: no article has id 123". */
        public String message() {
            String where = "related_article" + ref.number() + ": ";
            switch (status) {
                case NO_SUCH_ID: return where + "no article has id " + ref.id();
                case NO_SUCH_URL: return where + "no article has url " + ref.url();
                case URL_MISMATCH: return where + "url " + ref.url() + " does not match article " + ref.id()
                        + ", whose url is " + target.map(IndexEntry::url).orElse("");
                case EMPTY: return where + "has neither an id nor a url";
                default: return where + "links to " + target.map(IndexEntry::path).orElse("");
            }
        }
    }

    private final Map<String, IndexEntry> byPath = new HashMap<>();
    private final Map<String, TreeSet<String>> pathsById = new HashMap<>();
    private final Map<String, TreeSet<String>> pathsByUrl = new HashMap<>();
    /** Paths of the articles whose references name this id (or, without an id, this url). */
    private final Map<String, TreeSet<String>> incomingById = new HashMap<>();
    private final Map<String, TreeSet<String>> incomingByUrl = new HashMap<>();

    /** Builds the references of the entries the index holds now, and follows its changes. */
    public static CrossReferences attach(ContentIndex index) {
        CrossReferences refs = new CrossReferences();
        index.addListener(refs::apply);
        refs.addAll(index.entries());
        return refs;
    }

    public synchronized void addAll(Collection<IndexEntry> entries) {
        for (IndexEntry e : entries) {
            put(e);
        }
    }

    /** Applies one refresh of the index. */
    public synchronized void apply(ContentIndex.Changes changes) {
        changes.removed().forEach(this::remove);
        changes.added().forEach(this::put);
        changes.updated().forEach(this::put);
    }

    /** The references of one article, in file order, each with what it resolves to. */
    public synchronized List<Resolution> resolve(IndexEntry from) {
        List<Resolution> out = new ArrayList<>(from.related().size());
        for (IndexEntry.RelatedRef ref : from.related()) {
            out.add(resolve(from, ref));
        }
        return out;
    }

    /** Every broken reference in the folder, by the path of the article that holds it. */
    public synchronized List<Resolution> broken() {
        List<Resolution> out = new ArrayList<>();
        List<IndexEntry> all = new ArrayList<>(byPath.values());
        all.sort(Comparator.comparing(IndexEntry::path));
        for (IndexEntry e : all) {
            for (IndexEntry.RelatedRef ref : e.related()) {
                Resolution r = resolve(e, ref);
                if (r.broken()) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /** "What links here": the articles with a reference that resolves to {@code target}, by path. */
    public synchronized List<IndexEntry> linksTo(IndexEntry target) {
        TreeSet<String> paths = new TreeSet<>();
        if (!target.id().isEmpty()) {
            paths.addAll(incomingById.getOrDefault(target.id(), EMPTY_SET));
        }
        if (!target.url().isEmpty()) {
            paths.addAll(incomingByUrl.getOrDefault(normalUrl(target.url()), EMPTY_SET));
        }
        List<IndexEntry> out = new ArrayList<>();
        for (String path : paths) {
            IndexEntry from = byPath.get(path);
            if (from != null && from.related().stream().anyMatch(ref -> resolve(from, ref).target().filter(t -> t.path().equals(target.path())).isPresent())) {
                out.add(from);
            }
        }
        return out;
    }

    /** The articles whose references name {@code id}, whether or not an article has that id, by path. */
    public synchronized List<IndexEntry> referencesTo(String id) {
        List<IndexEntry> out = new ArrayList<>();
        for (String path : incomingById.getOrDefault(id, EMPTY_SET)) {
            out.add(byPath.get(path));
        }
        return out;
    }

    /** The article with this id; the first by path when several share it. */
    public synchronized Optional<IndexEntry> byId(String id) {
        return first(pathsById.get(id));
    }

    public synchronized Optional<IndexEntry> byUrl(String url) {
        return first(pathsByUrl.get(normalUrl(url)));
    }

    private Resolution resolve(IndexEntry from, IndexEntry.RelatedRef ref) {
        if (!ref.id().isEmpty()) {
            Optional<IndexEntry> target = first(pathsById.get(ref.id()));
            if (target.isEmpty()) {
                return new Resolution(from, ref, Status.NO_SUCH_ID, target);
            }
            boolean mismatch = !ref.url().isEmpty() && !target.get().url().isEmpty()
                    && !normalUrl(ref.url()).equals(normalUrl(target.get().url()));
            return new Resolution(from, ref, mismatch ? Status.URL_MISMATCH : Status.OK, target);
        }
        if (!ref.url().isEmpty()) {
            Optional<IndexEntry> target = first(pathsByUrl.get(normalUrl(ref.url())));
            return new Resolution(from, ref, target.isEmpty() ? Status.NO_SUCH_URL : Status.OK, target);
        }
        return new Resolution(from, ref, Status.EMPTY, Optional.empty());
    }

    private Optional<IndexEntry> first(TreeSet<String> paths) {
        return paths == null || paths.isEmpty() ? Optional.empty() : Optional.ofNullable(byPath.get(paths.first()));
    }

    private void put(IndexEntry e) {
        remove(e.path());
        byPath.put(e.path(), e);
        add(pathsById, e.id(), e.path());
        add(pathsByUrl, normalUrl(e.url()), e.path());
        for (IndexEntry.RelatedRef ref : e.related()) {
            if (!ref.id().isEmpty()) {
                add(incomingById, ref.id(), e.path());
            } else {
                add(incomingByUrl, normalUrl(ref.url()), e.path());
            }
        }
    }

    private void remove(String path) {
        IndexEntry old = byPath.remove(path);
        if (old == null) {
            return;
        }
        drop(pathsById, old.id(), path);
        drop(pathsByUrl, normalUrl(old.url()), path);
        for (IndexEntry.RelatedRef ref : old.related()) {
            if (!ref.id().isEmpty()) {
                drop(incomingById, ref.id(), path);
            } else {
                drop(incomingByUrl, normalUrl(ref.url()), path);
            }
        }
    }

    private static final TreeSet<String> EMPTY_SET = new TreeSet<>();

    private static void add(Map<String, TreeSet<String>> map, String key, String path) {
        if (!key.isEmpty()) {
            map.computeIfAbsent(key, k -> new TreeSet<>()).add(path);
        }
    }

    private static void drop(Map<String, TreeSet<String>> map, String key, String path) {
        TreeSet<String> paths = map.get(key);
        if (paths != null) {
            paths.remove(path);
            if (paths.isEmpty()) {
                map.remove(key);
            }
        }
    }

    static String normalUrl(String url) {
        String u = url.strip();
        while (u.length() > 1 && u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
