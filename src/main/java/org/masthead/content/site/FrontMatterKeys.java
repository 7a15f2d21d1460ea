package org.masthead.content.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The top-level keys of a file's front matter, read from its first lines without parsing: enough to
 * tell which fields a folder's articles have in common, and to read an archetype whose values are
 * templates ({@code date: {{ .Date }}}) that no YAML parser would take.
 */
public final class FrontMatterKeys {
    static final int HEAD_BYTES = 16 * 1024;

    private FrontMatterKeys() {
    }

    /** The front matter's text (YAML or TOML, between its fences), or "" when there is none. */
    public static String frontMatter(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String fence = t.startsWith("---") ? "---" : t.startsWith("+++") ? "+++" : null;
        if (fence == null) {
            return "";
        }
        int first = t.indexOf('\n');
        if (first < 0) {
            return "";
        }
        int end = t.indexOf("\n" + fence, first);
        return end < 0 ? t.substring(first + 1) : t.substring(first + 1, end + 1);
    }

    /** The top-level keys of YAML or TOML front matter text, in order (TOML tables count as keys). */
    public static Set<String> keys(String frontMatter) {
        Set<String> keys = new LinkedHashSet<>();
        boolean inTable = false;
        for (String line : frontMatter.split("\n")) {
            if (line.isEmpty() || line.charAt(0) == ' ' || line.charAt(0) == '\t' || line.charAt(0) == '#'
                    || line.startsWith("- ")) {
                continue;
            }
            if (line.startsWith("[")) {
                String name = line.replaceAll("^\\[+\\s*['\"]?([^\\].'\"]+).*$", "$1").strip();
                keys.add(name);
                inTable = true;
                continue;
            }
            if (inTable && line.contains("=")) {
                continue; // a key of the TOML table above, not a top-level one
            }
            int colon = line.indexOf(':');
            int equals = line.indexOf('=');
            int at = colon < 0 ? equals : equals < 0 ? colon : Math.min(colon, equals);
            if (at > 0) {
                String key = line.substring(0, at).strip();
                if (key.length() > 1 && (key.startsWith("\"") || key.startsWith("'"))) {
                    key = key.substring(1, key.length() - 1);
                }
                if (!key.isEmpty() && !key.contains(" ")) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    /** {@link #keys} whose value is not empty: not {@code []}, {@code {}}, {@code ""} or nothing at all. */
    public static Set<String> filledKeys(String frontMatter) {
        Set<String> keys = keys(frontMatter);
        String[] lines = frontMatter.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty() || Character.isWhitespace(line.charAt(0)) || line.startsWith("[")) {
                continue;
            }
            int colon = line.indexOf(':');
            int equals = line.indexOf('=');
            int at = colon < 0 ? equals : equals < 0 ? colon : Math.min(colon, equals);
            if (at <= 0) {
                continue;
            }
            String key = line.substring(0, at).strip().replaceAll("^[\"']|[\"']$", "");
            String value = line.substring(at + 1).strip();
            boolean children = i + 1 < lines.length && !lines[i + 1].isEmpty()
                    && (Character.isWhitespace(lines[i + 1].charAt(0)) || lines[i + 1].startsWith("- "));
            if (value.equals("[]") || value.equals("{}") || value.equals("\"\"") || value.equals("''")
                    || value.equals("~") || value.equals("null") || value.isEmpty() && !children) {
                keys.remove(key);
            }
        }
        return keys;
    }

    /** The start of a file as text, at most {@link #HEAD_BYTES} bytes; "" when it cannot be read. */
    public static String head(Path file) {
        // a named pipe would block the open until someone writes to it
        if (!Files.isRegularFile(file)) {
            return "";
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** {@link #keys} of the file's front matter. */
    public static List<String> of(Path file) {
        return new ArrayList<>(keys(frontMatter(head(file))));
    }
}
