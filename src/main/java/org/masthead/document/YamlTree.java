package org.masthead.document;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML front matter into a {@link Tree} with SnakeYAML's node API. Nothing is constructed:
 * tags are only checked, so a file can never make the editor instantiate a class.
 */
final class YamlTree {
    static final int MAX_DEPTH = 64;
    static final int MAX_ALIASES = 50;
    /** Front matter is metadata; a megabyte of it is either a mistake or an attack. */
    static final int MAX_CHARS = 1024 * 1024;

    private static final Set<Tag> ALLOWED_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.TIMESTAMP, Tag.MAP, Tag.SEQ, Tag.MERGE, Tag.BINARY);

    /** Read-only once built, so one serves every parse. */
    private static final Resolver RESOLVER = new Resolver();

    private final String source;
    private final String text;
    private final int base;
    private final int[] charOfCodePoint;
    private final LineIndex lines;
    private final Map<Node, Tree.Node> done = new IdentityHashMap<>();
    private final Map<Node, Boolean> inProgress = new IdentityHashMap<>();
    /** Where each {@code *alias} is written, in document order: SnakeYAML hands back the anchored node itself. */
    private final List<Mark[]> aliasMarks = new ArrayList<>();
    private int aliasesBuilt;
    private Mark explicitStart;

    private YamlTree(String source, String text, int start, int end) {
        this.source = source;
        this.text = text;
        this.base = start;
        this.lines = new LineIndex(text, end);
        String content = text.substring(start, end);
        this.charOfCodePoint = content.length() == content.codePointCount(0, content.length())
                ? null : codePointMap(content);
    }

    /** Reads {@code text[start, end)}; the result is an empty map when there is nothing there. */
    static Tree.MapNode read(String source, String text, int start, int end) throws DocumentException {
        return new YamlTree(source, text, start, end).read(end);
    }

    static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CHARS + 1);
        options.setAllowRecursiveKeys(false);
        options.setMergeOnCompose(false);
        return options;
    }

    private Tree.MapNode read(int end) throws DocumentException {
        if (end - base > MAX_CHARS) {
            throw Lines.error(source, text, base, "the front matter is " + (end - base)
                    + " characters long, more than the limit of " + MAX_CHARS + ".",
                    "Move long text into the body.");
        }
        int directive = text.startsWith("%", base) ? base : text.indexOf("\n%", base) + 1;
        if (directive > 0 && directive < end) {
            throw Lines.error(source, text, directive, "a line that starts with '%' (a YAML directive) is not "
                    + "allowed inside front matter.", "Remove the line, or indent it if it continues a value.");
        }
        Node root;
        try {
            LoaderOptions options = options();
            Composer composer = new Composer(
                    recording(new ParserImpl(new StreamReader(text.substring(base, end)), options)), RESOLVER, options);
            root = composer.getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int at = mark == null ? base : offset(mark);
            throw Lines.error(source, text, at, "invalid YAML front matter: " + describe(e) + ".",
                    "Check this line and the lines before it.");
        } catch (YAMLException | StackOverflowError | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw Lines.error(source, text, base, "the YAML front matter cannot be read: " + e.getMessage() + ".",
                    "Simplify the front matter.");
        }
        if (explicitStart != null) {
            throw Lines.error(source, text, offset(explicitStart),
                    "a YAML directive ('%YAML', '%TAG') or document marker inside front matter is not supported.",
                    "Remove that line; front matter is one YAML document between the '---' lines.");
        }
        if (root == null) {
            return Tree.emptyRoot(base);
        }
        if (!(root instanceof MappingNode)) {
            throw Lines.error(source, text, offset(root.getStartMark()),
                    "the front matter is not a map of keys and values.", "Write it as 'key: value' lines.");
        }
        return (Tree.MapNode) build(root);
    }

    /** The parser, noting where each alias is written and whether a directive or {@code ---} opened a document. */
    private Parser recording(Parser parser) {
        return new Parser() {
            @Override
            public boolean checkEvent(Event.ID choice) {
                return parser.checkEvent(choice);
            }

            @Override
            public Event peekEvent() {
                return parser.peekEvent();
            }

            @Override
            public Event getEvent() {
                Event event = parser.getEvent();
                if (event instanceof AliasEvent) {
                    aliasMarks.add(new Mark[] {event.getStartMark(), event.getEndMark()});
                } else if (event instanceof DocumentStartEvent start && start.getExplicit() && explicitStart == null) {
                    explicitStart = start.getStartMark();
                }
                return event;
            }
        };
    }

    /** The alias written next in the text, as a node of its own span that repeats {@code origin}'s value. */
    private Tree.Node aliasOf(Tree.Node origin) throws DocumentException {
        if (aliasesBuilt >= aliasMarks.size()) {
            throw Lines.error(source, text, origin.span().start(), "a YAML alias of this value cannot be placed.",
                    "Write the value out instead of using an alias.");
        }
        Mark[] marks = aliasMarks.get(aliasesBuilt++);
        int start = offset(marks[0]);
        Span span = new Span(start, offset(marks[1]));
        int line = lines.line(start);
        Tree.Props props = new Tree.Props(start, null, null, origin);
        if (origin instanceof Tree.Leaf leaf) {
            ScalarField f = leaf.field();
            return new Tree.Leaf(new ScalarField(span, line, f.type(), ScalarStyle.PLAIN, f.value(),
                    text.substring(span.start(), span.end())), leaf.resolvedTag(), props);
        }
        if (origin instanceof Tree.MapNode map) {
            return new Tree.MapNode(new MapField(span, line, map.field().entries()), map.flow(), map.entries(), props);
        }
        Tree.ListNode list = (Tree.ListNode) origin;
        return new Tree.ListNode(new ListField(span, line, list.field().items()), list.flow(), list.items(), props);
    }

    /** SnakeYAML's problem, with the line its context started on when that is elsewhere ("a quoted scalar on line 2"). */
    private String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? e.getClass().getSimpleName() : e.getProblem();
        if (e.getContext() == null) {
            return problem;
        }
        Mark context = e.getContextMark();
        Mark at = e.getProblemMark();
        boolean elsewhere = context != null && at != null && context.getLine() != at.getLine();
        return e.getContext() + (elsewhere ? " started on line " + lines.line(offset(context)) : "") + ", " + problem;
    }

    private Tree.Node build(Node node) throws DocumentException {
        Tree.Node known = done.get(node);
        if (known != null) {
            return aliasOf(known);
        }
        if (inProgress.put(node, Boolean.TRUE) != null) {
            throw Lines.error(source, text, offset(node.getStartMark()), "a YAML alias refers to itself.",
                    "Remove the recursive alias.");
        }
        checkTag(node);
        Tree.Node built;
        if (node instanceof ScalarNode scalar) {
            built = scalar(scalar);
        } else if (node instanceof SequenceNode sequence) {
            built = list(sequence);
        } else {
            built = map((MappingNode) node);
        }
        inProgress.remove(node);
        done.put(node, built);
        return built;
    }

    private void checkTag(Node node) throws DocumentException {
        if (!ALLOWED_TAGS.contains(node.getTag())) {
            throw Lines.error(source, text, offset(node.getStartMark()),
                    "the YAML tag '" + node.getTag() + "' is not allowed in front matter.",
                    "Remove the tag; only plain values, lists and maps are supported.");
        }
    }

    private Tree.Leaf scalar(ScalarNode node) throws DocumentException {
        int propsStart = offset(node.getStartMark());
        int start = afterProperties(propsStart, offset(node.getEndMark()));
        int end = offset(node.getEndMark());
        DumperOptions.ScalarStyle style = node.getScalarStyle();
        boolean block = style == DumperOptions.ScalarStyle.FOLDED || style == DumperOptions.ScalarStyle.LITERAL;
        ScalarStyle kind = YamlScalars.style(style, text.substring(start, Lines.lineEnd(text, start)));
        if (kind == ScalarStyle.FOLDED_KEEP || kind == ScalarStyle.LITERAL_KEEP) {
            end = keptEnd(start, end);
        } else if (block) {
            end = YamlChecks.blockEnd(text, start, end, node.getValue());
        } else if (style != DumperOptions.ScalarStyle.PLAIN) {
            YamlChecks.checkQuoted(source, text, start, end);
        }
        String raw = text.substring(start, end);
        ScalarField field = new ScalarField(new Span(start, end), lines.line(start), YamlScalars.type(node.getTag()),
                kind, node.getValue(), raw);
        String tag = writtenTag(propsStart, start);
        if ("!".equals(tag)) {
            throw Lines.error(source, text, propsStart, "the tag '!' makes YAML 1.2 read the value as text, but "
                    + "Masthead's YAML reader ignores it.", "Remove the '!', and quote the value if it must stay text.");
        }
        Tree.Props props = new Tree.Props(propsStart, node.getAnchor(), tag, null);
        return new Tree.Leaf(field, node.getTag().getValue(), props);
    }

    /** The tag among a node's properties as written ({@code !!binary}), or null. */
    private String writtenTag(int from, int to) {
        for (String property : text.substring(from, to).strip().split("\\s+")) {
            if (property.startsWith("!")) {
                return property;
            }
        }
        return null;
    }

    private Tree.Props props(Node node) {
        int start = offset(node.getStartMark());
        return new Tree.Props(start, node.getAnchor(), null, null);
    }

    /** A node's start mark is at its anchor or tag; its value is written after them. */
    private int afterProperties(int start, int end) {
        int at = start;
        while (at < end && (text.charAt(at) == '&' || text.charAt(at) == '!')) {
            while (at < end && !Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            while (at < end && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
        return at;
    }

    /** With {@code +} chomping, trailing blank lines are content: the span ends before the final line break. */
    private int keptEnd(int start, int end) {
        int headerEnd = Lines.lineEnd(text, start);
        int lineStart = Lines.lineStart(text, end);
        if (lineStart <= headerEnd) {
            return headerEnd;
        }
        int breakStart = lineStart - 1;
        return breakStart > 0 && text.charAt(breakStart - 1) == '\r' ? breakStart - 1 : breakStart;
    }

    private Tree.ListNode list(SequenceNode node) throws DocumentException {
        List<Tree.Node> items = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        for (Node child : node.getValue()) {
            Tree.Node item = build(child);
            items.add(item);
            fields.add(item.field());
        }
        boolean flow = node.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
        int start = offset(node.getStartMark());
        int end = flow || items.isEmpty() ? offset(node.getEndMark()) : items.get(items.size() - 1).span().end();
        if (flow) {
            YamlChecks.checkAfterFlow(source, text, end);
        }
        ListField field = new ListField(new Span(start, Math.max(start, end)), lines.line(start), fields);
        return new Tree.ListNode(field, flow, items, props(node));
    }

    private Tree.MapNode map(MappingNode node) throws DocumentException {
        List<Tree.Entry> entries = new ArrayList<>();
        Map<String, Field> fields = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            int keyStart = offset(keyNode.getStartMark());
            if (!(keyNode instanceof ScalarNode keyScalar)) {
                throw Lines.error(source, text, keyStart, "a key that is a list or a map is not supported.",
                        "Use a plain text key.");
            }
            checkTag(keyNode);
            Span keySpan = keySpan(keyScalar);
            String key = keyScalar.getValue();
            if (firstLine.containsKey(key)) {
                throw Lines.error(source, text, keyStart, "the key '" + key + "' appears twice (first on line "
                        + firstLine.get(key) + ").", "Remove or rename one of them.");
            }
            firstLine.put(key, lines.line(keyStart));
            Tree.Node value = build(tuple.getValueNode());
            entries.add(new Tree.Entry(key, keySpan, value));
            fields.put(key, value.field());
        }
        boolean flow = node.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
        int start = offset(node.getStartMark());
        int end;
        if (flow || entries.isEmpty()) {
            end = offset(node.getEndMark());
        } else {
            Tree.Entry last = entries.get(entries.size() - 1);
            end = Math.max(last.keySpan().end(), last.value().span().end());
        }
        if (flow) {
            YamlChecks.checkAfterFlow(source, text, end);
        }
        MapField field = new MapField(new Span(start, Math.max(start, end)), lines.line(start), fields);
        return new Tree.MapNode(field, flow, entries, props(node));
    }

    /**
     * A key's span; an anchored key is remembered so that an alias of it elsewhere is known as one,
     * and a key written as an alias gets the alias's own span.
     */
    private Span keySpan(ScalarNode key) throws DocumentException {
        Tree.Node known = done.get(key);
        if (known != null) {
            return aliasOf(known).span();
        }
        Span span = new Span(offset(key.getStartMark()), offset(key.getEndMark()));
        if (key.getAnchor() != null) {
            done.put(key, scalar(key));
        }
        return span;
    }

    /** SnakeYAML marks count code points; spans count chars of {@link Document#text()}. */
    private int offset(Mark mark) {
        int index = mark.getIndex();
        if (charOfCodePoint == null) {
            return base + index;
        }
        return base + charOfCodePoint[Math.min(index, charOfCodePoint.length - 1)];
    }

    private static int[] codePointMap(String content) {
        int[] map = new int[content.codePointCount(0, content.length()) + 1];
        int cp = 0;
        for (int i = 0; i < content.length(); i += Character.charCount(content.codePointAt(i))) {
            map[cp++] = i;
        }
        map[cp] = content.length();
        return map;
    }
}
