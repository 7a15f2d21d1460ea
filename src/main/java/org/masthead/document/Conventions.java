package org.masthead.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The layout a YAML file already uses, read from its own text, for the text an edit adds: how far
 * a block scalar's lines and a nested map's keys are indented, and whether strings are quoted.
 * A file written with 4-space indentation or with every string in double quotes gets new lines
 * written the same way; a file with no example to follow gets two spaces and plain values.
 */
final class Conventions {
    static final int DEFAULT_STEP = 2;

    private Conventions() {
    }

    /**
     * How new strings among some neighbours are written: {@code always} quoted or only where
     * needed; {@code doubleQuotes} or {@code singleQuotes} when the neighbours use more of those.
     */
    record Quoting(boolean always, boolean doubleQuotes, boolean singleQuotes) {
        static final Quoting PLAIN = new Quoting(false, false, false);

        /** {@code value} quoted as its neighbours are, or plain when they are plain and it reads back. */
        String write(String value, boolean flow) {
            if (!always && !YamlScalars.needsQuotes(value, flow)) {
                return value;
            }
            return doubleQuotes || !YamlScalars.canSingleQuote(value) ? YamlScalars.doubleQuoted(value)
                    : YamlScalars.singleQuoted(value);
        }

        /** The same choice of quotes, used only where a value needs them. */
        Quoting whereNeeded() {
            return always ? new Quoting(false, doubleQuotes, singleQuotes) : this;
        }

        /** The style a value takes when nothing else decides it. */
        ScalarStyle style() {
            return !always ? ScalarStyle.PLAIN : doubleQuotes ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.SINGLE_QUOTED;
        }
    }

    /**
     * The quoting of the strings among {@code neighbours}: always quoted when none is plain and
     * some are quoted that need not be (a {@code '42'} or an empty string is quoted because it
     * must, which says nothing of the file's taste); double quotes when those are the ones used more.
     */
    static Quoting quoting(List<Tree.Node> neighbours) {
        int plain = 0;
        int byChoice = 0;
        int single = 0;
        int dbl = 0;
        for (Tree.Node node : neighbours) {
            if (node instanceof Tree.Leaf leaf && leaf.field().type() == ScalarType.STRING) {
                ScalarStyle style = leaf.field().style();
                if (style == ScalarStyle.PLAIN) {
                    plain++;
                } else if (style == ScalarStyle.SINGLE_QUOTED || style == ScalarStyle.DOUBLE_QUOTED) {
                    single += style == ScalarStyle.SINGLE_QUOTED ? 1 : 0;
                    dbl += style == ScalarStyle.DOUBLE_QUOTED ? 1 : 0;
                    byChoice += YamlScalars.needsQuotes(leaf.field().value(), false) ? 0 : 1;
                }
            }
        }
        return new Quoting(plain == 0 && byChoice > 0, dbl > single, single > dbl);
    }

    /** The values of a map's entries, or a list's items: the neighbours of a new one. */
    /**
     * The style for the first text of {@code old}: an empty string is quoted because it must be,
     * so its first text is written as its neighbours in {@code parent} are; otherwise {@code style}.
     */
    static ScalarStyle firstText(ScalarField old, ScalarStyle style, Tree.Node parent) {
        boolean quotedEmpty = old.value().isEmpty() && old.type() == ScalarType.STRING && style == old.style()
                && (style == ScalarStyle.SINGLE_QUOTED || style == ScalarStyle.DOUBLE_QUOTED);
        return quotedEmpty ? quoting(members(parent)).style() : style;
    }

    /** The style the values beside {@code path} give a string written there (see Document). */
    static ScalarStyle styleOfNeighbours(Tree.Node root, KeyPath path) {
        Tree.Node parent = path.isEmpty() ? root : Tree.find(root, path.parent()).orElse(root);
        Tree.Node self = Tree.find(root, path).orElse(null);
        return quoting(members(parent).stream().filter(n -> n != self).toList()).style();
    }

    static List<Tree.Node> members(Tree.Node collection) {
        if (collection instanceof Tree.MapNode map) {
            return map.entries().stream().map(Tree.Entry::value).toList();
        }
        return collection instanceof Tree.ListNode list ? list.items() : List.of();
    }

    /**
     * The column for the lines of a block scalar that has none yet, whose key starts at column
     * {@code keyColumn} in {@code parent}. In order: as a block scalar beside it in the same map;
     * as one whose key is in the same column; aligned with one whose key is further left when its
     * lines are right of this key (the reference format's {@code seo.page_description} lines at 4
     * like {@code title}'s); else the file's most common offset from key to lines (its
     * {@code related_article1.title} lines at 8); else two more than the key.
     */
    static int blockColumn(String text, Tree.MapNode root, Tree.MapNode parent, int keyColumn) {
        List<Block> blocks = new ArrayList<>();
        collectBlocks(text, root, parent, blocks);
        for (Block b : blocks) {
            if (b.sibling) {
                return keyColumn + b.offset();
            }
        }
        for (Block b : blocks) {
            if (b.keyColumn == keyColumn) {
                return b.contentColumn;
            }
        }
        Block left = blocks.stream().filter(b -> b.keyColumn < keyColumn && b.contentColumn > keyColumn)
                .max(Comparator.comparingInt(Block::keyColumn)).orElse(null);
        if (left != null) {
            return left.contentColumn;
        }
        Map<Integer, Long> offsets = blocks.stream()
                .collect(Collectors.groupingBy(Block::offset, LinkedHashMap::new, Collectors.counting()));
        return keyColumn + offsets.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(DEFAULT_STEP);
    }

    private record Block(int keyColumn, int contentColumn, boolean sibling) {
        int offset() {
            return contentColumn - keyColumn;
        }
    }

    private static void collectBlocks(String text, Tree.Node node, Tree.MapNode parent, List<Block> out) {
        if (node instanceof Tree.MapNode map && !map.flow()) {
            for (Tree.Entry entry : map.entries()) {
                if (entry.value() instanceof Tree.Leaf leaf && !leaf.alias() && entry.keySpan().length() > 0) {
                    int content = contentIndent(leaf.field());
                    if (content >= 0) {
                        out.add(new Block(column(text, entry.keySpan().start()), content, map == parent));
                    }
                } else if (!entry.value().alias()) {
                    collectBlocks(text, entry.value(), parent, out);
                }
            }
        } else if (node instanceof Tree.ListNode list && !list.flow()) {
            for (Tree.Node item : list.items()) {
                if (!item.alias()) {
                    collectBlocks(text, item, parent, out);
                }
            }
        }
    }

    /** The indentation of a block scalar's first line of text, or -1 when it is not a block scalar or has none. */
    static int contentIndent(ScalarField field) {
        String raw = field.raw();
        if (raw.isEmpty() || raw.charAt(0) != '>' && raw.charAt(0) != '|') {
            return -1;
        }
        int at = Lines.nextLineStart(raw, 0);
        while (at < raw.length()) {
            int end = Lines.lineEnd(raw, at);
            if (!raw.substring(at, end).isBlank()) {
                int spaces = 0;
                while (raw.charAt(at + spaces) == ' ') {
                    spaces++;
                }
                return spaces;
            }
            at = Lines.nextLineStart(raw, at);
        }
        return -1;
    }

    /**
     * How many spaces further in than {@code key} the keys of a new map under it go: as in a map
     * beside it with the same name but for digits ({@code related_article1} for
     * {@code related_article2}), then any map beside it, then any map whose key is in the same
     * column, then the first nested map of the file.
     */
    static int mapStep(String text, Tree.MapNode root, Tree.MapNode parent, String key, int keyColumn) {
        List<Nested> maps = new ArrayList<>();
        collectMaps(text, root, parent, maps);
        String family = key.replaceAll("[0-9]+", "#");
        return maps.stream().filter(m -> m.sibling && m.key.replaceAll("[0-9]+", "#").equals(family))
                .findFirst()
                .or(() -> maps.stream().filter(Nested::sibling).findFirst())
                .or(() -> maps.stream().filter(m -> m.keyColumn == keyColumn).findFirst())
                .or(() -> maps.stream().findFirst())
                .map(Nested::step).orElse(DEFAULT_STEP);
    }

    private record Nested(String key, int keyColumn, int step, boolean sibling) {
    }

    private static void collectMaps(String text, Tree.Node node, Tree.MapNode parent, List<Nested> out) {
        if (node.alias()) {
            return;
        }
        if (node instanceof Tree.MapNode map && !map.flow()) {
            for (Tree.Entry entry : map.entries()) {
                if (entry.value() instanceof Tree.MapNode child && !child.flow() && !child.alias()
                        && !child.entries().isEmpty() && entry.keySpan().length() > 0) {
                    int keyColumn = column(text, entry.keySpan().start());
                    int childColumn = column(text, child.entries().get(0).keySpan().start());
                    if (childColumn > keyColumn && Lines.onlySpacesBefore(text, child.entries().get(0).keySpan().start())) {
                        out.add(new Nested(entry.key(), keyColumn, childColumn - keyColumn, map == parent));
                    }
                }
                collectMaps(text, entry.value(), parent, out);
            }
        } else if (node instanceof Tree.ListNode list && !list.flow()) {
            for (Tree.Node item : list.items()) {
                collectMaps(text, item, parent, out);
            }
        }
    }

    private static int column(String text, int offset) {
        return offset - Lines.lineStart(text, offset);
    }
}
