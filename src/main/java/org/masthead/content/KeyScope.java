package org.masthead.content;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.masthead.document.FastFrontMatter;

/**
 * Which keys of one front-matter map the index keeps, matched on the raw bytes so that the
 * many keys it does not keep cost no String. It answers as {@link EntryDetail#wants} does (a test
 * holds them to that); the fast reader walks maps with one scope per map.
 */
abstract class KeyScope implements FastFrontMatter.Keys {
    static final KeyScope NOTHING = new Named(new String[0], new String[0]);

    private static final byte[] SEO = "seo".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RELATED = "related_article".getBytes(StandardCharsets.US_ASCII);

    /** The scope of the top-level map. */
    static KeyScope top(EntryDetail detail) {
        return detail == EntryDetail.FULL ? FullTop.INSTANCE : LIST_TOP;
    }

    private static final KeyScope LIST_TOP = new Named(
            new String[] {"id", "title", "subject", "date", "url"}, new String[] {"id", "title", "subject", "date", "url"});

    /** The dotted path under which the scalar value of key {@code b[start, start+len)} is kept, or null. */
    abstract String wantedPath(byte[] b, int start, int len);

    /** The scope of the map held by key {@code b[start, start+len)}. */
    KeyScope child(byte[] b, int start, int len) {
        return NOTHING;
    }

    @Override
    public boolean keeps(byte[] b, int start, int length) {
        return wantedPath(b, start, length) != null;
    }

    @Override
    public FastFrontMatter.Keys under(byte[] b, int start, int length) {
        KeyScope child = child(b, start, length);
        return child == NOTHING ? null : child;
    }

    @Override
    public String name(byte[] b, int start, int length) {
        String known = knownName(b, start, length);
        return known != null ? known : FastFrontMatter.Keys.super.name(b, start, length);
    }

    /** The key as one of this scope's own Strings, or null. */
    String knownName(byte[] b, int start, int length) {
        return null;
    }

    static boolean is(byte[] b, int start, int len, byte[] name) {
        return len == name.length && Arrays.equals(b, start, start + len, name, 0, len);
    }

    /** A fixed set of kept keys, each with its path. */
    private static class Named extends KeyScope {
        private final byte[][] names;
        private final String[] keys;
        private final String[] paths;

        Named(String[] names, String[] paths) {
            this.names = new byte[names.length][];
            for (int i = 0; i < names.length; i++) {
                this.names[i] = names[i].getBytes(StandardCharsets.US_ASCII);
            }
            this.keys = names;
            this.paths = paths;
        }

        @Override
        String knownName(byte[] b, int start, int len) {
            for (int i = 0; i < names.length; i++) {
                if (is(b, start, len, names[i])) {
                    return keys[i];
                }
            }
            return null;
        }

        @Override
        String wantedPath(byte[] b, int start, int len) {
            for (int i = 0; i < names.length; i++) {
                if (is(b, start, len, names[i])) {
                    return paths[i];
                }
            }
            return null;
        }
    }

    private static final class FullTop extends Named {
        static final FullTop INSTANCE = new FullTop();
        private static final KeyScope SEO_SCOPE = new Named(new String[] {"title", "page_description", "page_keywords"},
                new String[] {"seo.title", "seo.page_description", "seo.page_keywords"});

        FullTop() {
            super(new String[] {"id", "title", "subject", "date", "url", "description"},
                    new String[] {"id", "title", "subject", "date", "url", "description"});
        }

        @Override
        KeyScope child(byte[] b, int start, int len) {
            if (is(b, start, len, SEO)) {
                return SEO_SCOPE;
            }
            if (len > RELATED.length && len <= RELATED.length + 4
                    && Arrays.equals(b, start, start + RELATED.length, RELATED, 0, RELATED.length)) {
                int n = 0;
                for (int i = start + RELATED.length; i < start + len; i++) {
                    if (b[i] < '0' || b[i] > '9') {
                        return NOTHING;
                    }
                    n = n * 10 + (b[i] - '0');
                }
                String prefix = new String(b, start, len, StandardCharsets.US_ASCII) + ".";
                return new Named(new String[] {"id", "url"}, new String[] {prefix + "id", prefix + "url"});
            }
            return NOTHING;
        }
    }
}
