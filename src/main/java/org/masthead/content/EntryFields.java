package org.masthead.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which front-matter values the index keeps, and how they become an {@link IndexEntry}. Both
 * readers (the fast reader and the full parser) collect the same dotted paths into a map and
 * build the entry here, so they can only disagree about values, never about meaning.
 */
final class EntryFields {
    private static final String RELATED = "related_article";

    private EntryFields() {
    }

    /** True for the dotted paths the index keeps, such as {@code seo.title} or {@code related_article3.url}. */
    static boolean wanted(String path) {
        switch (path) {
            case "id": case "title": case "subject": case "date": case "url": case "description":
            case "seo.title": case "seo.page_description": case "seo.page_keywords":
                return true;
            default:
                int dot = path.indexOf('.');
                if (dot < 0 || relatedNumber(path.substring(0, dot)) < 0) {
                    return false;
                }
                String leaf = path.substring(dot + 1);
                return leaf.equals("id") || leaf.equals("url");
        }
    }

    /** N for a key {@code related_articleN}, or -1. */
    static int relatedNumber(String key) {
        if (!key.startsWith(RELATED) || key.length() == RELATED.length() || key.length() > RELATED.length() + 4) {
            return -1;
        }
        int n = 0;
        for (int i = RELATED.length(); i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** Builds the entry from the collected values; the map's order is source order. */
    static IndexEntry build(String path, Map<String, String> values) {
        String description = values.getOrDefault("seo.page_description", values.get("description"));
        return new IndexEntry(path, values.get("id"), values.get("title"), values.get("subject"),
                values.get("date"), values.get("url"), values.get("seo.title"), description,
                values.get("seo.page_keywords"), related(values), null);
    }

    private static List<IndexEntry.RelatedRef> related(Map<String, String> values) {
        Map<Integer, String[]> byNumber = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            String key = e.getKey();
            int dot = key.indexOf('.');
            int n = dot < 0 ? -1 : relatedNumber(key.substring(0, dot));
            if (n < 0) {
                continue;
            }
            String[] pair = byNumber.computeIfAbsent(n, k -> new String[2]);
            pair[key.endsWith(".id") ? 0 : 1] = e.getValue();
        }
        List<IndexEntry.RelatedRef> refs = new ArrayList<>(byNumber.size());
        byNumber.forEach((n, pair) -> refs.add(new IndexEntry.RelatedRef(n, pair[0], pair[1])));
        return refs;
    }
}
