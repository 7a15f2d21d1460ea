package org.masthead.document;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renaming a key by splicing only the key's own characters: its value, comments, indentation and
 * the place of the entry among its siblings stay. The new name is written in the old key's quote
 * style when that can hold it, plain where the format allows, quoted otherwise. A key written in
 * more than one place (TOML dotted keys and table headers that spell out a parent), an alias, a
 * tagged or anchored key is refused: renaming it in one place would change other data or not read
 * back.
 */
final class KeyRename {
    private KeyRename() {
    }

    static Document rename(Document doc, KeyPath path, String newName) throws DocumentException {
        if (path.isEmpty() || !(path.last() instanceof String oldName)) {
            throw new IllegalArgumentException("not the path of a key: '" + path + "'");
        }
        EditRefusals.aliases(doc, path);
        EditRefusals.brokenText(doc, newName);
        Tree.Entry entry = Tree.findEntry(doc.tree(), path).orElseThrow(() ->
                doc.fail(0, "'" + path + "' does not exist.", "Nothing was renamed."));
        if (newName.equals(oldName)) {
            return doc;
        }
        int at = entry.keySpan().start();
        if (newName.isEmpty()) {
            throw doc.fail(at, "a key cannot be renamed to nothing.", "Give a new name. Nothing was changed.");
        }
        Tree.MapNode map = (Tree.MapNode) Tree.find(doc.tree(), path.parent()).orElseThrow();
        if (map.entry(newName).isPresent()) {
            String where = path.parent().isEmpty() ? "the front matter" : "'" + path.parent() + "'";
            throw doc.fail(at, where + " already has a key '" + newName + "'.",
                    "Remove or rename that one first. Nothing was changed.");
        }
        Sharing.refuseShared(doc, path.parent());
        Span key = keyText(doc, entry, oldName);
        String raw = doc.text().substring(key.start(), key.end());
        String written = switch (doc.format()) {
            case YAML -> yamlKey(raw, newName, map.flow());
            case TOML -> tomlKey(raw, newName);
            case JSON -> JsonStrings.quote(newName);
            case NONE -> throw new IllegalStateException("a key without front matter");
        };
        Document edited;
        try {
            edited = doc.splice(key.start(), key.end(), written);
        } catch (DocumentException e) {
            throw doc.fail(at, "'" + oldName + "' cannot be renamed to '" + newName + "' here.",
                    "Rename it by hand. Nothing was changed.");
        }
        checkData(doc, edited, path, newName);
        return edited;
    }

    /**
     * The characters that spell the key: all of its span in YAML and JSON, the last part of a dotted
     * TOML key. Refused when they do not read as the key on their own.
     */
    private static Span keyText(Document doc, Tree.Entry entry, String name) throws DocumentException {
        Span span = entry.keySpan();
        String raw = doc.text().substring(span.start(), span.end());
        Span key = span;
        boolean readsAsKey;
        switch (doc.format()) {
            case YAML -> readsAsKey = raw.equals(name) || raw.equals(YamlScalars.singleQuoted(name))
                    || raw.equals(YamlScalars.doubleQuoted(name));
            case TOML -> {
                key = span.length() == 0 ? span : TomlKeys.lastPart(doc.text(), span);
                raw = doc.text().substring(key.start(), key.end());
                readsAsKey = span.length() > 0 && name.equals(TomlKeys.read(raw));
            }
            default -> readsAsKey = raw.equals(JsonStrings.quote(name)) || raw.startsWith("\"");
        }
        if (!readsAsKey) {
            int at = span.length() > 0 ? span.start() : entry.value().span().start();
            throw doc.fail(at, "the key '" + name + "' is written in a way that cannot be renamed safely"
                    + (doc.format() == FrontMatterFormat.TOML ? " (in dotted keys or table headers)."
                    : " (with an anchor, alias or tag)."), "Rename it by hand. Nothing was changed.");
        }
        return key;
    }

    /** Plain, single- or double-quoted like the old key, when that style can hold the new name. */
    private static String yamlKey(String raw, String name, boolean flow) {
        if (raw.startsWith("'") && YamlScalars.canSingleQuote(name)) {
            return YamlScalars.singleQuoted(name);
        }
        if (raw.startsWith("\"")) {
            return YamlScalars.doubleQuoted(name);
        }
        return YamlScalars.plainOrQuoted(name, flow);
    }

    private static String tomlKey(String raw, String name) {
        if (raw.startsWith("'") && name.indexOf('\'') < 0 && name.chars().allMatch(c -> c >= 0x20 && c != 0x7F)) {
            return "'" + name + "'";
        }
        if (!raw.startsWith("\"") && TomlKeys.isBare(name)) {
            return name;
        }
        return TomlTree.quoted(name);
    }

    /** The data after must be the data before with only that key renamed, in the same place. */
    private static void checkData(Document doc, Document edited, KeyPath path, String newName)
            throws DocumentException {
        Object before = Data.of(doc.tree());
        Object after = Data.of(edited.tree());
        int at = Tree.findEntry(doc.tree(), path).map(e -> e.keySpan().start()).orElse(0);
        if (before == null || after == null) {
            throw doc.fail(at, "the front matter repeats values through YAML aliases too many times to check an edit.",
                    "Write the repeated values out in full. Nothing was changed.");
        }
        Object expected = renamed(before, path, newName);
        KeyPath changed = Data.difference(expected, after, KeyPath.of());
        boolean samePlace = indexOf(edited, path.parent(), newName) == indexOf(doc, path.parent(), (String) path.last());
        if (changed != null || !samePlace) {
            String what = changed == null || changed.isEmpty() ? "the rest of the front matter" : "'" + changed + "'";
            throw doc.fail(at, "renaming '" + path + "' to '" + newName + "' would also change " + what
                    + "; the key may be spelled out in more than one place.", "Rename it by hand. Nothing was changed.");
        }
    }

    private static int indexOf(Document doc, KeyPath mapPath, String key) {
        Tree.MapNode map = (Tree.MapNode) Tree.find(doc.tree(), mapPath).orElseThrow();
        return map.entries().stream().map(Tree.Entry::key).toList().indexOf(key);
    }

    /** {@code data} with the key at {@code path} given {@code newName}, in the same position. */
    @SuppressWarnings("unchecked")
    private static Object renamed(Object data, KeyPath path, String newName) {
        Map<String, Object> map = (Map<String, Object>) Data.at(data, path.parent());
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k.equals(path.last()) ? newName : k, v));
        if (path.parent().isEmpty()) {
            return copy;
        }
        return Data.withInserted(Data.withRemoved(data, path.parent()), path.parent(), copy);
    }
}
