package org.masthead.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * A live preview's body HTML, with block marks, re-rendering only the top-level blocks an edit
 * touched. Parsing a 1 MB article takes tens of ms on an idle core, and on a busy 2-core
 * machine the render thread competing with the FX thread for every keystroke made typing stall.
 *
 * <p>Block structure in CommonMark is decided line by line from the top, so an edit cannot
 * change the blocks before it; after it, the blocks are the same once the parse is back at a
 * block that renders as before. The region re-parsed is the touched blocks with one unchanged
 * block on each side, and the result is taken only when both of those come out as they were;
 * otherwise, and whenever an article has link reference definitions (which reach across the
 * whole article), the headings in the region change (anchor ids count earlier headings), or a
 * lone CR ends a line, the whole text is rendered. So is an article with footnotes (numbered
 * across the article) or with template tags alone on a line (a tag may pair with a closing tag
 * anywhere below it), and one whose site resolves links differently from the last render. The property test holds the two paths equal.
 */
final class IncrementalBody {
    private static final String MARK = PageOptions.BLOCK_MARK;
    private static final Pattern LINE = Pattern.compile("data-source-line=\"(\\d+)\"");
    private static final Pattern HEADING = Pattern.compile("<h([1-6])(?=[ >])");
    private static final Pattern ID = Pattern.compile(" id=\"([^\"]*)\"");

    private final BiFunction<String, SiteLinks, Node> parser;
    private final Function<Node, String> renderer;
    private String text;
    private SiteLinks links = SiteLinks.AS_WRITTEN;
    private int[] lineStarts;
    private List<Block> blocks;
    // the last text must be rendered whole next time
    private boolean whole = true;

    /** A top-level block: its first and last lines (0-based) and its HTML, without its mark. */
    record Block(int first, int last, String html) {
    }

    IncrementalBody(MarkdownRenderer markdown) {
        this(markdown::parse, markdown::render);
    }

    IncrementalBody(BiFunction<String, SiteLinks, Node> parser, Function<Node, String> renderer) {
        this.parser = parser;
        this.renderer = renderer;
    }

    /** The HTML of {@code markdown}, as {@link MarkdownRenderer#render} would give it. */
    String render(String markdown) {
        return render(markdown, SiteLinks.AS_WRITTEN);
    }

    String render(String markdown, SiteLinks siteLinks) {
        List<String> html = renderBlocks(markdown, siteLinks);
        int length = MARK.length();
        for (String block : html) {
            length += MARK.length() + block.length();
        }
        StringBuilder out = new StringBuilder(length);
        for (String block : html) {
            out.append(MARK).append(block);
        }
        return out.append(MARK).toString();
    }

    /**
     * The HTML of each top-level block of {@code markdown}, without marks. A block the edit since
     * the last call did not touch, nor move, keeps its {@code String} instance.
     */
    List<String> renderBlocks(String markdown) {
        return renderBlocks(markdown, SiteLinks.AS_WRITTEN);
    }

    synchronized List<String> renderBlocks(String markdown, SiteLinks siteLinks) {
        String next = markdown == null ? "" : markdown;
        int[] nextStarts = lineStarts(next);
        boolean sameLinks = Objects.equals(links, siteLinks);
        links = siteLinks;
        List<Block> made = whole || text == null || !sameLinks ? null : patched(next, nextStarts);
        if (made == null) {
            made = renderWhole(next);
        }
        text = next;
        lineStarts = nextStarts;
        blocks = made;
        List<String> html = new ArrayList<>(made.size());
        for (Block block : made) {
            html.add(block.html());
        }
        return html;
    }

    private List<Block> renderWhole(String markdown) {
        Node document = parser.apply(markdown, links);
        List<Block> made = split(document, renderer.apply(document), 0);
        whole = markdown.indexOf('\r') >= 0 || reachesAcross(document) || !spanned(made)
                || !TemplateScan.of(markdown).isEmpty();
        return made;
    }

    private static boolean spanned(List<Block> made) {
        for (Block block : made) {
            if (block.first() < 0) {
                return false;
            }
        }
        return true;
    }

    /** The new blocks from re-rendering only the edited region, or null when that cannot be trusted. */
    private List<Block> patched(String next, int[] nextStarts) {
        if (next.indexOf('\r') >= 0 || blocks.isEmpty() || !TemplateScan.of(next).isEmpty()) {
            return null;
        }
        int prefix = 0;
        int shorter = Math.min(text.length(), next.length());
        while (prefix < shorter && text.charAt(prefix) == next.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shorter - prefix
                && text.charAt(text.length() - 1 - suffix) == next.charAt(next.length() - 1 - suffix)) {
            suffix++;
        }
        if (prefix == text.length() && prefix == next.length()) {
            return blocks;
        }
        int firstLine = lineOf(lineStarts, prefix);
        int lastLine = lineOf(lineStarts, Math.max(prefix, text.length() - suffix - 1));
        int delta = newlines(next, prefix, next.length() - suffix) - newlines(text, prefix, text.length() - suffix);

        int lo = 0;
        while (lo < blocks.size() && blocks.get(lo).last() < firstLine) {
            lo++;
        }
        int hi = blocks.size() - 1;
        while (hi >= 0 && blocks.get(hi).first() > lastLine) {
            hi--;
        }
        // one unchanged block on each side, to check that the parse comes back to them as it was
        int from = lo - 1;
        int to = hi + 1;
        boolean openStart = from < 0;
        boolean openEnd = to >= blocks.size();
        from = Math.max(from, 0);
        to = Math.min(to, blocks.size() - 1);
        if (from > to) {
            return null;
        }
        StringBuilder before = new StringBuilder();
        for (int i = from; i <= to; i++) {
            before.append(blocks.get(i).html());
        }
        int startLine = openStart ? 0 : blocks.get(from).first();
        int endLine = openEnd ? nextStarts.length - 1 : blocks.get(to).last() + delta;
        if (endLine < startLine || endLine >= nextStarts.length) {
            return null;
        }
        int start = nextStarts[startLine];
        int end = endLine + 1 < nextStarts.length ? nextStarts[endLine + 1] : next.length();
        Node region = parser.apply(next.substring(start, end), links);
        if (reachesAcross(region)) {
            return null;
        }
        String html = renderer.apply(region);
        List<String> ids = headingIds(before.toString());
        if (!ids.isEmpty() || contains(region, Heading.class)) {
            // Anchor ids count the headings before them, which a region rendered alone cannot
            // see. With the same headings as before, every id in the article stays as it was.
            if (!headings(before.toString()).equals(headings(html))) {
                return null;
            }
            html = withIds(html, ids);
        }
        List<Block> redone = split(region, html, startLine);
        if (redone.isEmpty() || !spanned(redone)
                || (!openStart && !redone.get(0).equals(blocks.get(from)))
                || (!openEnd && !redone.get(redone.size() - 1).equals(shift(blocks.get(to), delta)))) {
            return null;
        }
        // the unchanged blocks on each side stay the instances they were, as the ones beyond do
        if (!openStart) {
            redone.set(0, blocks.get(from));
        }
        if (!openEnd && delta == 0) {
            redone.set(redone.size() - 1, blocks.get(to));
        }
        List<Block> made = new ArrayList<>(blocks.size() + redone.size());
        made.addAll(blocks.subList(0, from));
        made.addAll(redone);
        for (int i = to + 1; i < blocks.size(); i++) {
            made.add(shift(blocks.get(i), delta));
        }
        return made;
    }

    /** The top-level blocks of {@code document}, whose HTML is {@code html}, with lines moved down by {@code offset}. */
    private static List<Block> split(Node document, String html, int offset) {
        List<Block> out = new ArrayList<>();
        int at = html.indexOf(MARK);
        for (Node child = document.getFirstChild(); child != null && at >= 0; child = child.getNext()) {
            int next = html.indexOf(MARK, at + MARK.length());
            if (next < 0) {
                break;
            }
            List<SourceSpan> spans = child.getSourceSpans();
            int first = spans.isEmpty() ? -1 : spans.get(0).getLineIndex() + offset;
            int last = spans.isEmpty() ? -1 : spans.get(spans.size() - 1).getLineIndex() + offset;
            String part = html.substring(at + MARK.length(), next);
            out.add(new Block(first, last, offset == 0 ? part : moveLines(part, offset)));
            at = next;
        }
        return out;
    }

    /** The headings in {@code html} as rendered, less their ids and source lines. */
    private static List<String> headings(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = HEADING.matcher(html);
        while (m.find()) {
            int end = html.indexOf("</h" + m.group(1) + ">", m.end());
            if (end < 0) {
                found.add("?");
                break;
            }
            found.add(LINE.matcher(ID.matcher(html.substring(m.start(), end)).replaceFirst("")).replaceAll(""));
        }
        return found;
    }

    private static List<String> headingIds(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = HEADING.matcher(html);
        while (m.find()) {
            Matcher id = ID.matcher(html).region(m.end(), html.length());
            ids.add(id.lookingAt() ? id.group(1) : "");
        }
        return ids;
    }

    /** {@code html} with its headings' ids replaced, in order, by {@code ids}. */
    private static String withIds(String html, List<String> ids) {
        Matcher m = HEADING.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 16);
        int at = 0;
        int next = 0;
        while (m.find() && next < ids.size()) {
            Matcher id = ID.matcher(html).region(m.end(), html.length());
            if (id.lookingAt()) {
                out.append(html, at, id.start(1)).append(ids.get(next));
                at = id.end(1);
            }
            next++;
        }
        return out.append(html, at, html.length()).toString();
    }

    private static Block shift(Block block, int delta) {
        return delta == 0 ? block : new Block(block.first() + delta, block.last() + delta, moveLines(block.html(), delta));
    }

    /** {@code html} with every {@code data-source-line} moved by {@code delta}. */
    static String moveLines(String html, int delta) {
        if (delta == 0 || html.indexOf("data-source-line") < 0) {
            return html;
        }
        Matcher m = LINE.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 8);
        while (m.find()) {
            m.appendReplacement(out, "data-source-line=\"" + (Integer.parseInt(m.group(1)) + delta) + "\"");
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Whether {@code root} holds something whose rendering depends on the rest of the article. */
    private static boolean reachesAcross(Node root) {
        return contains(root, LinkReferenceDefinition.class) || contains(root, FootnoteDefinition.class)
                || contains(root, FootnoteReference.class);
    }

    private static boolean contains(Node root, Class<? extends Node> type) {
        boolean[] found = new boolean[1];
        root.accept(new AbstractVisitor() {
            @Override
            protected void visitChildren(Node parent) {
                for (Node child = parent.getFirstChild(); child != null && !found[0]; child = child.getNext()) {
                    if (type.isInstance(child)) {
                        found[0] = true;
                    } else {
                        child.accept(this);
                    }
                }
            }
        });
        return found[0];
    }

    private static int[] lineStarts(String text) {
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        int[] starts = new int[count];
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts[line++] = i + 1;
        }
        return starts;
    }

    /** The 0-based line that holds offset {@code at}. */
    private static int lineOf(int[] starts, int at) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= at) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static int newlines(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
