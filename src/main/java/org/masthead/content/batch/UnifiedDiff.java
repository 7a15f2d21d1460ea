package org.masthead.content.batch;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.masthead.content.LineDiff;
import org.masthead.document.BodyCodec;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.FastFrontMatter;
import org.masthead.document.QuickEdits;
import org.masthead.document.ScalarField;
import org.masthead.document.ScalarType;

/**
 * A batch as the unified diff {@code git diff} would print ({@code --- a/x}, {@code +++ b/x},
 * {@code @@} hunks with 3 lines of context, paths relative to the content folder), computed by
 * java-diff-utils (Myers) over the {@link #lines readable lines} of each file.
 *
 * <p>Readable lines are the file's own lines, except that a body kept in a front-matter field
 * (the reference format's {@code answer}, one physical line with {@code \n} for each line break)
 * is shown decoded, a Markdown line per line, under a line {@code answer: (Markdown, decoded)}. A
 * one-word change in an article's text is then a one-line hunk rather than a whole article
 * replaced. A last line without a line break is followed by {@code \ No newline at end of file}.
 */
public final class UnifiedDiff {
    static final int CONTEXT = 3;
    static final String DECODED = "(Markdown, decoded)";
    static final String NO_NEWLINE = "\\ No newline at end of file";
    /** Marks the last line of a text without a final line break while diffing, so that adding one is a change. */
    private static final String NO_EOL = "\u0000no-eol";

    private UnifiedDiff() {
    }

    /** The diff of every change of {@code batch}, one file after another. */
    public static String of(Path root, Batch batch) {
        // each file's diff on its own core: reading the body field back is most of the cost
        return String.join("", batch.changes().parallelStream().map(c -> of(root, c)).toList());
    }

    /**
     * The diff of every change of {@code batch}, as {@link #of(Path, Batch)}, handed to {@code out}
     * a file at a time while the next files' diffs are worked out, so the whole text is never held.
     */
    public static void write(Path root, Batch batch, Consumer<String> out) {
        try {
            InOrder.each(batch.changes(), c -> of(root, c), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a diff reads no file
        }
    }

    /** The diff of one file: its two header lines, then its hunks; every line ends with a line break. */
    public static String of(Path root, FileChange c) {
        Readable before = readable(c.file().toString(), c.before());
        List<String> after = besideTheBody(before, c.before(), c.after());
        return of(root, c, before.lines(), after != null ? after : lines(c.target().toString(), c.after()));
    }

    /**
     * The diff of a file whose only change is one line of its front matter, {@code change}, made
     * from the lines around it alone (a preview of a folder-wide change of one field need not read
     * the rest of each file, nor decode its body); the same text as {@link #of(Path, FileChange)}
     * of the change. Null when that cannot be shown from those lines: the context reaches the body
     * field or the last line, or the changed line equals the line after it on either side.
     *
     * <p>Why it is the same: the line diff (Myers, greedy from the start) runs through the equal
     * lines before the change, then meets the changed line. When neither the old nor the new line
     * equals the next old line, no path of one edit goes on, and the first path of two edits to
     * reach the end is "remove the old line, add the new one" whatever follows; so a diff of the
     * lines up to the next one finds the same edits, and the hunk needs 3 lines of context after it.
     */
    static String ofLine(Path root, Path file, String text, QuickEdits.LineChange change) {
        int last = change.line() + CONTEXT; // the last line the hunk shows
        List<String> old = new ArrayList<>(last + 1);
        int at = 0;
        for (int n = 0; n <= last; n++) {
            int lf = text.indexOf('\n', at);
            if (lf < 0) {
                return null; // the hunk would show the last line, which may lack its line break
            }
            String line = text.substring(at, lf);
            if (line.startsWith(BODY_KEY)) {
                return null; // readable lines from here on are the decoded body, numbered otherwise
            }
            old.add(line);
            at = lf + 1;
        }
        String next = old.get(change.line() + 1);
        if (!old.get(change.line()).equals(change.before()) || change.after().equals(next) || change.before().equals(next)) {
            return null;
        }
        List<String> upToNext = old.subList(0, change.line() + 2);
        List<String> now = new ArrayList<>(upToNext);
        now.set(change.line(), change.after());
        String name = name(root, file);
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("a/" + name, "b/" + name, old,
                DiffUtils.diff(upToNext, now), CONTEXT);
        StringBuilder out = new StringBuilder();
        for (String line : diff) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /** The key of the field the reference format keeps its body in, at the start of its line. */
    private static final String BODY_KEY = "answer:";

    /** As {@link #of(Path, FileChange)}, with both sides read in full: what the shortcut must agree with. */
    static String ofRead(Path root, FileChange c) {
        return of(root, c, lines(c.file().toString(), c.before()), lines(c.target().toString(), c.after()));
    }

    private static String of(Path root, FileChange c, List<String> oldLines, List<String> newLines) {
        List<String> old = endsWithNewline(c.before()) ? oldLines : marked(oldLines);
        List<String> now = endsWithNewline(c.after()) ? newLines : marked(newLines);
        if (old.equals(now) && !java.util.Arrays.equals(c.before(), c.after())) {
            // the change is in bytes the readable lines do not show (the body field's quoting): show the file's own lines
            old = marked(rawLines(c.before()));
            now = marked(rawLines(c.after()));
        }
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("a/" + name(root, c.file()), "b/" + name(root, c.target()),
                old, DiffUtils.diff(old, now), CONTEXT);
        StringBuilder out = new StringBuilder();
        if (diff.isEmpty()) {
            out.append("--- a/").append(name(root, c.file())).append('\n')
                    .append("+++ b/").append(name(root, c.target())).append('\n');
        }
        for (String line : diff) {
            if (line.endsWith(NO_EOL)) {
                out.append(line, 0, line.length() - NO_EOL.length()).append('\n').append(NO_NEWLINE).append('\n');
            } else {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    /** Side-by-side rows of one change, over the same readable lines as the diff. */
    public static List<LineDiff.Row> rows(FileChange c) {
        return LineDiff.rows(lines(c.file().toString(), c.before()), lines(c.target().toString(), c.after()));
    }

    /**
     * The readable lines of a file's bytes (see the class comment), without line breaks; the
     * file's own lines when it does not parse or keeps its body after the front matter.
     */
    public static List<String> lines(String source, byte[] bytes) {
        return readable(source, bytes).lines();
    }

    /**
     * Readable lines, and where the decoded body sits among them: the file's lines before
     * {@code rawFirst} are readable lines of the same numbers; its lines after {@code rawLast} are
     * readable lines from {@code readableAfter} on. {@code rawFirst} is -1 when every readable line
     * is the file's own.
     */
    private record Readable(List<String> lines, int rawFirst, int rawLast, int readableAfter) {
        static Readable raw(List<String> lines) {
            return new Readable(lines, -1, -1, -1);
        }
    }

    /**
     * The readable lines of {@code after}, made from those of {@code before} without reading the
     * file again (the cost of a preview is mostly reading each file twice and decoding its body
     * twice), when every changed line lies in the front matter outside the body field's lines:
     * the body field is then the same text in both. Null otherwise.
     */
    private static List<String> besideTheBody(Readable before, byte[] old, byte[] now) {
        if (before.rawFirst() < 1 || hasBom(old) || hasBom(now)) {
            return null;
        }
        // compared as bytes: a line is the same in both files when its bytes and the line break before it are
        int most = Math.min(old.length, now.length);
        int prefix = java.util.Arrays.mismatch(old, now);
        if (prefix < 0) {
            return null;
        }
        int suffix = 0;
        while (suffix < most - prefix && old[old.length - 1 - suffix] == now[now.length - 1 - suffix]) {
            suffix++;
        }
        int changedEnd = old.length - suffix; // bytes [prefix, changedEnd) of the old file changed
        int header = lineStart(old, before.rawFirst());
        int afterBody = lineStart(old, before.rawLast() + 1);
        int close = closingFence(old);
        if (header < 0 || afterBody < 0 || close < 0 || changedEnd > close - 1) {
            return null; // the change reaches the closing fence or the body after it, which decide what the body is
        }
        List<String> out = new ArrayList<>();
        if (changedEnd <= header - 1) {
            out.addAll(split(new String(now, 0, now.length - (old.length - header), StandardCharsets.UTF_8)));
            out.addAll(before.lines().subList(before.rawFirst(), before.lines().size()));
            return out;
        }
        if (prefix >= afterBody) {
            out.addAll(before.lines().subList(0, before.readableAfter()));
            out.addAll(split(new String(now, afterBody, now.length - afterBody, StandardCharsets.UTF_8)));
            return out;
        }
        return null;
    }

    /** Where line {@code line} (0-based) of {@code bytes} starts, or -1 when it has fewer lines. */
    private static int lineStart(byte[] bytes, int line) {
        int at = 0;
        for (int n = 0; n < line; n++) {
            while (at < bytes.length && bytes[at] != '\n') {
                at++;
            }
            if (at >= bytes.length) {
                return -1;
            }
            at++;
        }
        return at;
    }

    /** Where the {@code ---} line that closes the front matter starts, or -1. */
    private static int closingFence(byte[] bytes) {
        int at = lineStart(bytes, 1);
        while (at >= 0 && at < bytes.length) {
            int end = at;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int trimmed = end;
            while (trimmed > at && (bytes[trimmed - 1] == ' ' || bytes[trimmed - 1] == '\t' || bytes[trimmed - 1] == '\r')) {
                trimmed--;
            }
            if (trimmed - at == 3 && bytes[at] == '-' && bytes[at + 1] == '-' && bytes[at + 2] == '-') {
                return at;
            }
            at = end + 1;
        }
        return -1;
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    private static Readable readable(String source, byte[] bytes) {
        // the fast reader decides most files without the full parser; its spans are offsets in the same text
        FastFrontMatter.Result fast = FastFrontMatter.read(bytes, bytes.length);
        String text;
        ScalarField scalar;
        if (fast != null) {
            if (fast.bodyPath() == null) {
                return Readable.raw(rawLines(bytes));
            }
            boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
            text = bom ? new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8) : new String(bytes, StandardCharsets.UTF_8);
            scalar = fast.root().entries().get(fast.bodyPath().last().toString()) instanceof ScalarField s ? s : null;
        } else {
            Document doc;
            try {
                doc = Document.parse(source, bytes);
            } catch (DocumentException | RuntimeException e) {
                return Readable.raw(rawLines(bytes));
            }
            if (!doc.bodyField().isFrontMatterField()) {
                return Readable.raw(rawLines(bytes));
            }
            text = doc.text();
            scalar = doc.get(doc.bodyField().path()).orElse(null) instanceof ScalarField s ? s : null;
        }
        if (scalar == null || scalar.span().length() == 0 || scalar.type() == ScalarType.NULL) {
            return Readable.raw(rawLines(bytes));
        }
        int start = scalar.span().start();
        int end = scalar.span().end();
        int firstLineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lastLineEnd = text.indexOf('\n', end);
        List<String> out = new ArrayList<>(split(text.substring(0, firstLineStart)));
        int rawFirst = out.size();
        out.add(text.substring(firstLineStart, start).stripTrailing() + " " + DECODED);
        for (String line : split(BodyCodec.decode(scalar.value()))) {
            out.add(line.isEmpty() ? "" : "    " + line);
        }
        if (lastLineEnd < 0) {
            if (end < text.length()) {
                out.add(text.substring(end));
            }
            return Readable.raw(out); // the body field ends the file: no shortcut
        }
        if (!text.substring(end, lastLineEnd).isBlank()) {
            out.add(text.substring(end, lastLineEnd));
        }
        int rawLast = rawFirst;
        for (int i = text.indexOf('\n', firstLineStart); i >= 0 && i < lastLineEnd; i = text.indexOf('\n', i + 1)) {
            rawLast++;
        }
        int readableAfter = out.size();
        out.addAll(split(text.substring(lastLineEnd + 1)));
        return new Readable(out, rawFirst, rawLast, readableAfter);
    }

    private static List<String> marked(List<String> lines) {
        if (lines.isEmpty()) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines);
        out.set(out.size() - 1, out.get(out.size() - 1) + NO_EOL);
        return out;
    }

    private static boolean endsWithNewline(byte[] bytes) {
        return bytes.length == 0 || bytes[bytes.length - 1] == '\n';
    }

    private static List<String> rawLines(byte[] bytes) {
        return split(new String(bytes, StandardCharsets.UTF_8));
    }

    /** Lines split at {@code \n} only (a CR stays at its line's end, as git shows it); no empty last line for a final break. */
    public static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int lf = text.indexOf('\n'); lf >= 0; lf = text.indexOf('\n', start)) {
            lines.add(text.substring(start, lf));
            start = lf + 1;
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private static String name(Path root, Path file) {
        Path dir = root.toAbsolutePath().normalize();
        return dir.relativize(file.toAbsolutePath().normalize()).toString().replace(File.separatorChar, '/');
    }
}
