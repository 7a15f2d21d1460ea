package org.masthead.document;

import java.util.List;

/** How new keys and values are written in each front-matter format. */
final class Syntax {
    private final FrontMatterFormat format;
    private final Conventions.Quoting quoting;

    Syntax(FrontMatterFormat format) {
        this(format, Conventions.Quoting.PLAIN);
    }

    /** New YAML strings are quoted as {@code quoting} says: as the values beside them are. */
    Syntax(FrontMatterFormat format, Conventions.Quoting quoting) {
        this.format = format == FrontMatterFormat.NONE ? FrontMatterFormat.YAML : format;
        this.quoting = quoting;
    }

    boolean isYaml() {
        return format == FrontMatterFormat.YAML;
    }

    boolean isToml() {
        return format == FrontMatterFormat.TOML;
    }

    /** A new value, always a string: the type rule only keeps a number or boolean an existing field holds. */
    String value(String value, boolean flow) {
        return switch (format) {
            case JSON -> JsonTree.quoted(value);
            case TOML -> quoting.singleQuotes() && value.indexOf('\'') < 0
                    && value.chars().allMatch(c -> c >= 0x20 && c != 0x7F) ? "'" + value + "'" : TomlTree.quoted(value);
            default -> quoting.write(value, flow);
        };
    }

    String key(String key, boolean flow) {
        return switch (format) {
            case JSON -> JsonTree.quoted(key);
            case TOML -> key.matches("[A-Za-z0-9_-]+") ? key : TomlTree.quoted(key);
            default -> YamlScalars.plainOrQuoted(key, flow);
        };
    }

    String assign() {
        return isToml() ? " = " : ": ";
    }

    /** {@code a: {b: value}} for keys [a, b], in the format's inline notation. */
    String inlineEntry(List<Object> keys, String value) {
        return inlineEntryRaw(keys, value(value, true));
    }

    /** Like {@link #inlineEntry}, with the value's text as given ({@code [go]} for a new list). */
    String inlineEntryRaw(List<Object> keys, String raw) {
        String inner = raw;
        for (int i = keys.size() - 1; i >= 0; i--) {
            String entry = key((String) keys.get(i), true) + assign() + inner;
            inner = i == 0 ? entry : isToml() ? "{ " + entry + " }" : "{" + entry + "}";
        }
        return inner;
    }

    /** TOML's one-line form for new nested keys: a dotted key. */
    String dottedEntry(List<Object> keys, String value) {
        return dottedEntryRaw(keys, value(value, false));
    }

    /** Like {@link #dottedEntry}, with the value's text as given. */
    String dottedEntryRaw(List<Object> keys, String raw) {
        StringBuilder out = new StringBuilder();
        for (Object key : keys) {
            out.append(out.length() == 0 ? "" : ".").append(key((String) key, false));
        }
        return out.append(assign()).append(raw).toString();
    }
}
