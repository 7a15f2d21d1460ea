package org.masthead.document;

import java.util.List;
import org.tomlj.Toml;

/** One part of a TOML key (bare, {@code "basic"} or {@code 'literal'}) inside a possibly dotted key. */
final class TomlKeys {
    private TomlKeys() {
    }

    static boolean isBare(String name) {
        return !name.isEmpty() && name.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                || c >= '0' && c <= '9' || c == '_' || c == '-');
    }

    /** The span of the last part of the dotted key written in {@code key}. */
    static Span lastPart(String text, Span key) {
        int at = key.start();
        int partStart = at;
        while (at < key.end()) {
            partStart = at;
            char c = text.charAt(at);
            if (c == '"' || c == '\'') {
                at++;
                while (at < key.end() && text.charAt(at) != c) {
                    at += c == '"' && text.charAt(at) == '\\' ? 2 : 1;
                }
                at++;
            } else {
                while (at < key.end() && text.charAt(at) != '.' && text.charAt(at) != ' ' && text.charAt(at) != '\t') {
                    at++;
                }
            }
            int partEnd = Math.min(at, key.end());
            while (at < key.end() && (text.charAt(at) == ' ' || text.charAt(at) == '\t' || text.charAt(at) == '.')) {
                at++;
            }
            if (at >= key.end()) {
                return new Span(partStart, partEnd);
            }
        }
        return new Span(partStart, key.end());
    }

    /** The name one key part spells, or null when it is not exactly one part. */
    static String read(String part) {
        try {
            List<String> parts = Toml.parseDottedKey(part);
            return parts.size() == 1 ? parts.get(0) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
