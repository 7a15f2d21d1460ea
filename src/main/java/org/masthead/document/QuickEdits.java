package org.masthead.document;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * String values of one file set by splicing its text directly, for changes across thousands of
 * files where a full parse of each would cost most of the time. It applies only where the fast
 * reader ({@link FastFrontMatter}) reads the front matter and the splice provably reads back as
 * the new value with nothing else changed:
 * <ul>
 * <li>a one-line plain string that stays plain ({@code YamlScalars#needsQuotes} says it may);</li>
 * <li>a stripped block scalar ({@code >-}, {@code |-}) of one content line that stays one line,
 * with no leading or trailing blank and no character a YAML reader treats as a line break;</li>
 * <li>the Markdown after the front matter, which no parser reads.</li>
 * </ul>
 * Anything else answers false and the caller edits through {@link Document}, whose verified splice
 * writes these same bytes in these cases ({@code QuickEditsAgreementTest} holds the two together).
 *
 * <pre>{@code
 * QuickEdits quick = QuickEdits.read(bytes);             // null: use Document
 * if (quick != null && quick.set(KeyPath.parse("seo.title"), "New") && quick.changed()) {
 *     byte[] after = quick.toBytes();
 * }
 * }</pre>
 */
public final class QuickEdits {
    private final String text;
    private final MapField root;
    private final KeyPath bodyPath;
    private final FrontMatterSplit split;
    // set when only this field was read: nothing else may be set, and the body field is unknown
    private final KeyPath only;
    private final List<Splice> splices = new ArrayList<>();
    private long growth;

    private record Splice(int start, int end, String text) {
    }

    /** The one line a file's edits changed: its number (0-based) and its text before and after, without the line break. */
    public record LineChange(int line, String before, String after) {
    }

    private QuickEdits(String text, MapField root, KeyPath bodyPath, FrontMatterSplit split, KeyPath only) {
        this.text = text;
        this.root = root;
        this.bodyPath = bodyPath;
        this.split = split;
        this.only = only;
    }

    /** The file's bytes ready for quick edits, or null when the fast reader cannot read them (then use Document). */
    public static QuickEdits read(byte[] bytes) {
        if (hasBom(bytes)) {
            return null;
        }
        FastFrontMatter.Result fast = FastFrontMatter.read(bytes, bytes.length);
        return fast == null ? null : of(bytes, fast.root(), fast.bodyPath(), null);
    }

    /**
     * The file's bytes ready for setting the one value at {@code path}, which must not be under the
     * body field's key ({@code answer}); null as for {@link #read}. The other values are checked as
     * {@link #read} checks them but not built: a folder-wide change of one field then costs little
     * more than listing the folder, the long body field never becoming a String. Only {@code path}
     * can be set, and the Markdown is not known.
     */
    public static QuickEdits readField(byte[] bytes, KeyPath path) {
        if (path.isEmpty() || ANSWER.equals(path.steps().get(0)) || !(path.steps().get(0) instanceof String) || hasBom(bytes)) {
            return null;
        }
        MapField root = FastFrontMatter.read(bytes, bytes.length, new PathKeys(path, 0));
        return root == null ? null : of(bytes, root, null, path);
    }

    private static final String ANSWER = "answer";

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    /** Builds, below {@code path}, only the entries on the way to it. */
    private record PathKeys(KeyPath path, int depth) implements FastFrontMatter.Keys {
        @Override
        public boolean keeps(byte[] b, int start, int length) {
            return named(b, start, length) && (depth + 1 == path.steps().size() || path.steps().get(depth + 1) instanceof Integer);
        }

        @Override
        public FastFrontMatter.Keys under(byte[] b, int start, int length) {
            return named(b, start, length) && depth + 1 < path.steps().size() && path.steps().get(depth + 1) instanceof String
                    ? new PathKeys(path, depth + 1) : null;
        }

        private boolean named(byte[] b, int start, int length) {
            // keys the fast reader accepts are ASCII, so a char per byte
            String key = (String) path.steps().get(depth);
            if (key.length() != length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (b[start + i] != key.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static QuickEdits of(byte[] bytes, MapField root, KeyPath bodyPath, KeyPath only) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        FrontMatterSplit split;
        try {
            split = FrontMatterSplit.of("", text);
        } catch (DocumentException e) {
            return null;
        }
        if (split.format() != FrontMatterFormat.YAML && split.format() != FrontMatterFormat.NONE) {
            return null;
        }
        return new QuickEdits(text, root, bodyPath, split, only);
    }

    /** The front matter as {@link Document#root()} has it. */
    public MapField root() {
        return root;
    }

    /**
     * The front-matter field that holds the Markdown (the reference format's {@code answer}), or
     * null for the body; null too after {@link #readField}, which does not know.
     */
    public KeyPath bodyPath() {
        return bodyPath;
    }

    /** The file's text, as read. */
    public String text() {
        return text;
    }

    /** The Markdown, decoded, as {@link Document#markdown()} gives it; not known after {@link #readField}. */
    public String markdown() {
        if (only != null) {
            throw new IllegalStateException("read for " + only + " alone");
        }
        if (bodyPath == null) {
            return text.substring(split.bodyStart());
        }
        return at(bodyPath) instanceof ScalarField s && s.type() != ScalarType.NULL ? BodyCodec.decode(s.value()) : "";
    }

    /** The field at {@code path}, or null. */
    public Field at(KeyPath path) {
        Field node = root;
        for (Object step : path.steps()) {
            if (step instanceof String key && node instanceof MapField map) {
                node = map.entries().get(key);
            } else if (step instanceof Integer index && node instanceof ListField list && index < list.items().size()) {
                node = list.items().get(index);
            } else {
                return null;
            }
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /**
     * Sets the string at {@code path} to {@code value} when that is provably a local splice; false
     * (and nothing recorded) otherwise. A path may be set once.
     */
    public boolean set(KeyPath path, String value) {
        if (only != null && !only.equals(path)) {
            return false;
        }
        if (!(at(path) instanceof ScalarField old) || old.type() != ScalarType.STRING || hasLoneSurrogate(value)) {
            return false;
        }
        if (old.value().equals(value)) {
            return true;
        }
        String raw = text.substring(old.span().start(), old.span().end());
        if (old.style() == ScalarStyle.PLAIN) {
            if (raw.indexOf('\n') >= 0 || !raw.equals(old.value()) || YamlScalars.needsQuotes(value, false)) {
                return false;
            }
            return splice(old.span().start(), old.span().end(), value, true);
        }
        if (old.style() == ScalarStyle.FOLDED_STRIP || old.style() == ScalarStyle.LITERAL_STRIP) {
            int headerEnd = raw.indexOf('\n');
            if (headerEnd < 0 || raw.substring(0, headerEnd).chars().anyMatch(Character::isDigit)) {
                return false;
            }
            int contentStart = headerEnd + 1;
            while (contentStart < raw.length() && raw.charAt(contentStart) == ' ') {
                contentStart++;
            }
            if (contentStart == headerEnd + 1 || !raw.substring(contentStart).equals(old.value())
                    || !oneBlockLine(old.value()) || !oneBlockLine(value)) {
                return false;
            }
            return splice(old.span().start() + contentStart, old.span().end(), value, true);
        }
        return false;
    }

    /** Sets the Markdown as {@link Document#withMarkdown} would, when that is provably a local splice. */
    public boolean setMarkdown(String markdown) {
        if (only != null) {
            return false;
        }
        if (bodyPath != null) {
            return set(bodyPath, BodyCodec.encode(markdown));
        }
        if (hasLoneSurrogate(markdown)) {
            return false;
        }
        if (text.length() - split.bodyStart() == markdown.length() && text.startsWith(markdown, split.bodyStart())) {
            return true; // as set does: the same text is no change
        }
        if (split.format() == FrontMatterFormat.NONE && !markdown.isEmpty() && "-+{\uFEFF".indexOf(markdown.charAt(0)) >= 0) {
            return false; // the new text could open a front matter
        }
        return splice(split.bodyStart(), text.length(), markdown, false);
    }

    /** True once a value differs from the file's. */
    public boolean changed() {
        return !splices.isEmpty();
    }

    /**
     * The one line the edits changed, when they are a single splice within one line of the front
     * matter that leaves it another line; null otherwise (none, several, across a line break, or in the Markdown).
     */
    public LineChange changedLine() {
        if (splices.size() != 1) {
            return null;
        }
        Splice s = splices.get(0);
        if (s.end() > split.contentEnd() || s.text().indexOf('\n') >= 0 || text.lastIndexOf('\n', s.end() - 1) >= s.start()) {
            return null;
        }
        int lineStart = text.lastIndexOf('\n', s.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', s.end());
        if (lineEnd < 0) {
            return null;
        }
        int line = 0;
        for (int lf = text.indexOf('\n'); lf >= 0 && lf < lineStart; lf = text.indexOf('\n', lf + 1)) {
            line++;
        }
        String before = text.substring(lineStart, lineEnd);
        String after = text.substring(lineStart, s.start()) + s.text() + text.substring(s.end(), lineEnd);
        return before.equals(after) ? null : new LineChange(line, before, after);
    }

    /** The file with every splice made. */
    public byte[] toBytes() {
        List<Splice> ordered = new ArrayList<>(splices);
        ordered.sort(Comparator.comparingInt(Splice::start));
        StringBuilder out = new StringBuilder(text.length() + (int) Math.max(0, growth));
        int at = 0;
        for (Splice s : ordered) {
            out.append(text, at, s.start()).append(s.text());
            at = s.end();
        }
        out.append(text, at, text.length());
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private boolean splice(int start, int end, String with, boolean inFrontMatter) {
        for (Splice s : splices) {
            // ranges that touch count as overlapping: two insertions at one place (an empty body set twice) would both be written
            if (start <= s.end() && s.start() <= end) {
                return false;
            }
        }
        long grows = with.length() - (end - start);
        if (inFrontMatter && split.contentEnd() - split.contentStart() + growth + grows > YamlTree.MAX_CHARS) {
            return false; // Document refuses it with its message
        }
        if (inFrontMatter) {
            growth += grows;
        }
        splices.add(new Splice(start, end, with));
        return true;
    }

    /** Text that a stripped block scalar holds as its one content line, read back as itself. */
    private static boolean oneBlockLine(String value) {
        if (value.isEmpty() || value.charAt(0) == ' ' || value.charAt(0) == '\t') {
            return false;
        }
        char last = value.charAt(value.length() - 1);
        if (last == ' ' || last == '\t') {
            return false;
        }
        return value.codePoints().allMatch(c -> c >= 0x20 && c != 0x7F && c != 0x85 && c != 0x2028 && c != 0x2029
                && c != 0xFEFF && org.yaml.snakeyaml.reader.StreamReader.isPrintable(c));
    }

    private static boolean hasLoneSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
