package org.masthead.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.FastFrontMatter;
import org.masthead.document.Field;
import org.masthead.document.KeyPath;
import org.masthead.document.ListField;
import org.masthead.document.MapField;
import org.masthead.document.ScalarField;

/**
 * The values of chosen field paths in one article, as a table cell shows them: a scalar as its
 * value, a list of scalars joined with ", ", a map as "{…}", an absent field as "". Reads through
 * the fast front-matter reader and falls back to the full parser, as the index does. Call it off
 * the FX thread: it reads the file.
 */
public final class FieldValues {
    /** The text a cell shows for a file that does not parse. */
    public static final String UNREADABLE = "⚠";

    private FieldValues() {
    }

    /** The front matter of {@code file}, or null when it cannot be read or parsed. */
    public static MapField frontMatter(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            FastFrontMatter.Result fast = FastFrontMatter.read(bytes, bytes.length);
            if (fast != null) {
                return fast.root();
            }
            return Document.parse(file.toString(), bytes).root();
        } catch (IOException | DocumentException | RuntimeException e) {
            return null;
        }
    }

    /** The cell texts of {@code columns} in {@code file}, in column order. */
    public static List<String> read(Path file, List<KeyPath> columns) {
        MapField root = frontMatter(file);
        List<String> out = new ArrayList<>(columns.size());
        for (KeyPath column : columns) {
            out.add(root == null ? UNREADABLE : text(find(root, column)));
        }
        return out;
    }

    /** The field at {@code path} under {@code root}, or null. */
    public static Field find(MapField root, KeyPath path) {
        Field at = root;
        for (Object step : path.steps()) {
            if (step instanceof String key && at instanceof MapField map) {
                at = map.entries().get(key);
            } else if (step instanceof Integer index && at instanceof ListField list && index >= 0
                    && index < list.items().size()) {
                at = list.items().get(index);
            } else {
                return null;
            }
            if (at == null) {
                return null;
            }
        }
        return at;
    }

    /** How a cell shows {@code field}. */
    public static String text(Field field) {
        if (field == null) {
            return "";
        }
        if (field instanceof ScalarField scalar) {
            return scalar.value() == null ? "" : scalar.value();
        }
        if (field instanceof ListField list) {
            return list.items().stream().map(item -> item instanceof ScalarField s ? s.value() : "{…}")
                    .collect(Collectors.joining(", "));
        }
        return "{…}";
    }

    /** Whether a cell of {@code field} can be edited as one value: absent or a scalar. */
    public static boolean editable(Field field) {
        return field == null || field instanceof ScalarField;
    }

    /** Every path to a scalar or a list under {@code root}, in source order: what a column can show. */
    public static Set<String> paths(MapField root) {
        Set<String> out = new LinkedHashSet<>();
        collect(root, "", out, 0);
        return out;
    }

    private static void collect(MapField map, String prefix, Set<String> out, int depth) {
        for (Map.Entry<String, Field> entry : map.entries().entrySet()) {
            String path = prefix + entry.getKey();
            if (entry.getValue() instanceof MapField child && depth < 4) {
                collect(child, path + ".", out, depth + 1);
            } else {
                out.add(path);
            }
        }
    }
}
