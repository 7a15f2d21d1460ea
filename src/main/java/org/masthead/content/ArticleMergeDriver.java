package org.masthead.content;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.masthead.document.BodyField;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.KeyPath;
import org.masthead.document.ScalarField;
import org.masthead.document.ScalarStyle;

/**
 * The three-way merge git asks of a merge driver, done on articles: the front matter key by key,
 * the Markdown line by line. The result is the current version ({@code mine}, git's {@code %A})
 * with their changes spliced in, so every byte neither side changed stays as it is in mine.
 *
 * <p>Where both changed one key differently, the key's lines in the file go between conflict
 * markers (the front matter then does not parse until that is resolved). Where both changed the
 * same lines of the Markdown, the markers go around those lines; when the Markdown is a one-line
 * field (the reference format's {@code answer}), they go inside its decoded text, which is encoded
 * again, so the file still parses and the markers' first line says what they are.
 *
 * <pre>{@code
 * ArticleMergeDriver.Outcome o = ArticleMergeDriver.merge("a.md", base, mine, theirs);
 * Files.write(current, o.bytes());
 * return o.conflicts().isEmpty() ? 0 : 1;
 * }</pre>
 */
public final class ArticleMergeDriver {
    public static final String MINE = "ours";
    public static final String THEIRS = "theirs";

    /** The merged file, and the keys and Markdown regions left between conflict markers. */
    public record Outcome(byte[] bytes, List<String> conflicts) {
        public boolean clean() {
            return conflicts.isEmpty();
        }
    }

    private ArticleMergeDriver() {
    }

    /** The marker label that opens a conflict inside a one-line Markdown field: it says what the reader is looking at. */
    public static String fieldMarkerLabel(KeyPath field) {
        return MINE + " (masthead: a conflict inside the Markdown of " + field
                + "; keep one version, then delete the marker lines)";
    }

    /**
     * Merges the three versions of {@code name}. Throws {@link DocumentException} when a version
     * does not parse, and {@link ArticleMerge.CannotMerge} when a change cannot be spliced (a
     * value that became a map on one side, say): then only a merge of the raw lines is left.
     */
    public static Outcome merge(String name, byte[] base, byte[] mine, byte[] theirs)
            throws DocumentException, ArticleMerge.CannotMerge {
        Document m = Document.parse(name + " (ours)", mine);
        BodyField bodyField = m.bodyField();
        Document b = Document.parse(name + " (base)", base, bodyField);
        Document t = Document.parse(name + " (theirs)", theirs, bodyField);
        Map<KeyPath, Map<KeyPath, String>> was = ArticleMerge.units(ArticleParts.fields(b));
        Map<KeyPath, Map<KeyPath, String>> ours = ArticleMerge.units(ArticleParts.fields(m));
        Map<KeyPath, Map<KeyPath, String>> other = ArticleMerge.units(ArticleParts.fields(t));
        Set<KeyPath> all = new LinkedHashSet<>(ours.keySet());
        all.addAll(other.keySet());
        all.addAll(was.keySet());
        List<KeyPath> clashes = new ArrayList<>();
        Document merged = m;
        for (KeyPath unit : all) {
            Map<KeyPath, String> w = was.get(unit);
            Map<KeyPath, String> o = ours.get(unit);
            Map<KeyPath, String> x = other.get(unit);
            if (Objects.equals(x, w) || Objects.equals(x, o) || ArticleMerge.isTraceOfARemoval(w, o, x)) {
                continue;
            }
            if (Objects.equals(o, w) || ArticleMerge.isTraceOfARemoval(w, x, o)) {
                merged = typedAsTheirs(spliced(merged, unit, o, x), t, x, mine);
            } else {
                clashes.add(unit);
            }
        }
        List<String> conflicts = new ArrayList<>();
        LineMerge.Result body = LineMerge.merge(LineMerge.lines(b.markdown()), LineMerge.lines(m.markdown()),
                LineMerge.lines(t.markdown()));
        String newline = m.text().contains("\r\n") ? "\r\n" : "\n";
        String markdown = bodyField.isFrontMatterField()
                ? body.text(fieldMarkerLabel(bodyField.path()), THEIRS, "\n")
                : body.text(MINE, THEIRS, newline);
        if (body.conflicts() > 0) {
            String where = bodyField.isFrontMatterField() ? bodyField.path().toString() : "body";
            conflicts.add(where + " (" + body.conflicts() + (body.conflicts() == 1 ? " region)" : " regions)"));
        }
        if (!markdown.equals(merged.markdown())) {
            merged = merged.withMarkdown(markdown);
        }
        if (clashes.isEmpty()) {
            return new Outcome(merged.toBytes(), conflicts);
        }
        // Their values of the clashing keys, spliced into the merge as well: the lines that then
        // differ are exactly those keys' lines, the smallest region the markers can enclose.
        Document theirsVersion = merged;
        List<String> keys = new ArrayList<>();
        for (KeyPath unit : clashes) {
            theirsVersion = typedAsTheirs(spliced(theirsVersion, unit, ours.get(unit), other.get(unit)), t, other.get(unit), mine);
            keys.add(unit.toString());
        }
        conflicts.addAll(0, keys);
        String text = markers(merged.text(), theirsVersion.text(), newline);
        return new Outcome(withBom(mine, text), List.copyOf(conflicts));
    }

    private static Document spliced(Document doc, KeyPath unit, Map<KeyPath, String> now, Map<KeyPath, String> wanted)
            throws ArticleMerge.CannotMerge {
        Document applied;
        try {
            applied = ArticleMerge.apply(doc, unit, now, wanted);
        } catch (DocumentException e) {
            throw new ArticleMerge.CannotMerge(cannot(unit, e.problem()));
        }
        if (applied == null) {
            throw new ArticleMerge.CannotMerge(cannot(unit, "it changed between a value, a list and a map"));
        }
        return applied;
    }

    /**
     * {@code doc} with each value of a unit whose type differs from theirs (a number their side
     * added is written as quoted text by a plain set) written as their side wrote it, when that
     * reads back as their value and type.
     */
    private static Document typedAsTheirs(Document doc, Document theirs, Map<KeyPath, String> values, byte[] mine) {
        if (values == null) {
            return doc;
        }
        for (KeyPath path : values.keySet()) {
            if (!(doc.get(path).orElse(null) instanceof ScalarField now)
                    || !(theirs.get(path).orElse(null) instanceof ScalarField wanted)
                    || now.type() == wanted.type() || wanted.style() != ScalarStyle.PLAIN || !now.value().equals(wanted.value())) {
                continue;
            }
            String text = doc.text().substring(0, now.span().start()) + wanted.raw() + doc.text().substring(now.span().end());
            try {
                Document retyped = Document.parse(doc.source(), withBom(mine, text), doc.bodyField());
                if (retyped.get(path).orElse(null) instanceof ScalarField got && got.type() == wanted.type()
                        && got.value().equals(wanted.value())) {
                    doc = retyped;
                }
            } catch (DocumentException e) {
                // keep the value as text: it is their value, only not of their type
            }
        }
        return doc;
    }

    /** {@code text} as UTF-8, after a BOM when {@code mine} starts with one. */
    private static byte[] withBom(byte[] mine, String text) {
        boolean bom = mine.length >= 3 && (mine[0] & 0xFF) == 0xEF && (mine[1] & 0xFF) == 0xBB && (mine[2] & 0xFF) == 0xBF;
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[utf8.length + (bom ? 3 : 0)];
        if (bom) {
            System.arraycopy(mine, 0, out, 0, 3);
        }
        System.arraycopy(utf8, 0, out, bom ? 3 : 0, utf8.length);
        return out;
    }

    private static String cannot(KeyPath unit, String why) {
        return "the change to " + unit + " cannot be spliced into this branch's version (" + why + ").";
    }

    /** {@code mine} with each run of lines that {@code theirs} has otherwise between conflict markers. */
    private static String markers(String mine, String theirs, String newline) {
        List<String> ours = LineMerge.lines(mine);
        List<String> other = LineMerge.lines(theirs);
        List<LineMerge.Chunk> chunks = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(ours, other).getDeltas()) {
            int from = delta.getSource().getPosition();
            chunks.add(new LineMerge.Clean(ours.subList(at, from)));
            List<String> source = delta.getSource().getLines();
            chunks.add(new LineMerge.Conflict(source, source, delta.getTarget().getLines()));
            at = from + source.size();
        }
        chunks.add(new LineMerge.Clean(ours.subList(at, ours.size())));
        return new LineMerge.Result(chunks).text(MINE, THEIRS, newline);
    }
}
