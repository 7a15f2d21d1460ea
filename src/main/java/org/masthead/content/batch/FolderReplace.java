package org.masthead.content.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.masthead.content.InputSchema;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.KeyPath;
import org.masthead.document.QuickEdits;

/**
 * Find and replace across a folder: in the prose (the text fields and the body, the default), the
 * body alone, one field, or every value. A
 * replace is planned as a {@link Batch} of splices through {@link Document}: a field's value is
 * set, the body is replaced through the document's Markdown, so no byte outside a changed value
 * moves. The body field of the reference format is searched as decoded Markdown (a line break,
 * not the two characters {@code \n}).
 *
 * <pre>{@code
 * Query q = new Query("colour", "color", false, Scope.PROSE_FIELDS, null);
 * List<Match> matches = FolderReplace.find(root, files, q);
 * Batch batch = FolderReplace.plan(root, files, q, Set.of(matches.get(2)));   // all but the third
 * }</pre>
 */
public final class FolderReplace {
    /**
     * Where a query looks. {@code PROSE_FIELDS}: the body and every string field that holds text a
     * reader sees (titles, descriptions, summaries, the question, and fields the folder's schema
     * types as text, textarea or Markdown), never URLs, ids, dates, paths, slugs or keywords.
     * {@code ALL}: every front-matter value and the body, as a text search of the files would.
     */
    public enum Scope { BODY, FIELD, PROSE_FIELDS, ALL }

    /**
     * What to replace: {@code pattern} as plain text or a regular expression (multi-line:
     * {@code ^} and {@code $} match at each line), {@code replacement} taken literally or, for a
     * regex, with {@code $1} and {@code ${name}} for groups. {@code fieldPath} only with {@link Scope#FIELD}.
     */
    public record Query(String pattern, String replacement, boolean regex, Scope scope, String fieldPath) {
        public Query {
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(replacement, "replacement");
            Objects.requireNonNull(scope, "scope");
        }

        /**
         * The compiled pattern. Throws {@link IllegalArgumentException} with a one-line message for
         * an empty pattern, a regex that does not compile, a replacement naming a missing group, or a
         * bad field path.
         */
        public Pattern compile() {
            if (pattern.isEmpty()) {
                throw new IllegalArgumentException("the pattern is empty; give the text to find.");
            }
            if (scope == Scope.FIELD) {
                field();
            }
            Pattern compiled;
            try {
                compiled = regex ? Pattern.compile(pattern, Pattern.MULTILINE) : Pattern.compile(Pattern.quote(pattern));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("the regular expression '" + pattern + "' is not valid: "
                        + e.getDescription() + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : "") + ".", e);
            }
            if (regex) {
                checkReplacement(compiled);
            }
            return compiled;
        }

        /** The field of {@link Scope#FIELD}. */
        public KeyPath field() {
            if (fieldPath == null) {
                throw new IllegalArgumentException("a field replace needs the field's key path.");
            }
            return KeyPath.parse(fieldPath);
        }

        String replacementText() {
            return regex ? replacement : Matcher.quoteReplacement(replacement);
        }

        /** The replacement's {@code \\x} escapes and {@code $n} or {@code ${name}} references, as a match would expand them. */
        private void checkReplacement(Pattern compiled) {
            int groups = compiled.matcher("").groupCount();
            for (int i = 0; i < replacement.length(); i++) {
                char c = replacement.charAt(i);
                if (c == '\\') {
                    if (++i == replacement.length()) {
                        throw badReplacement("it ends with a lone backslash");
                    }
                } else if (c == '$') {
                    if (i + 1 == replacement.length()) {
                        throw badReplacement("it ends with a lone $");
                    }
                    char next = replacement.charAt(i + 1);
                    if (next == '{') {
                        int close = replacement.indexOf('}', i);
                        String name = close < 0 ? "" : replacement.substring(i + 2, close);
                        if (close < 0 || !pattern.contains("(?<" + name + ">")) {
                            throw badReplacement("the pattern has no group named '" + name + "'");
                        }
                        i = close;
                    } else if (Character.isDigit(next)) {
                        if (next - '0' > groups) {
                            throw badReplacement("the pattern has no group " + next);
                        }
                    } else {
                        throw badReplacement("$ must be followed by a group number or {name}");
                    }
                }
            }
        }

        private IllegalArgumentException badReplacement(String why) {
            return new IllegalArgumentException("the replacement '" + replacement + "' is not valid: " + why
                    + " (write \\$ for a dollar sign).");
        }

        /** What the replace does, as a batch's title says it. */
        public String describe() {
            String where = switch (scope) {
                case BODY -> " in the body";
                case FIELD -> " in " + fieldPath;
                case PROSE_FIELDS -> " in the prose fields and the body";
                case ALL -> " in every value";
            };
            return "Replace " + (regex ? "regex " : "") + "\"" + pattern + "\" with \"" + replacement + "\"" + where;
        }
    }

    /**
     * One match: its file, line and column in the file (1-based; column in characters),
     * {@code where} it is ("body" or the field's key path), the line of the body or value that
     * holds it, and that line with this match replaced.
     */
    public record Match(Path file, int line, int column, String where, String lineText, String replaced) {
    }

    private FolderReplace() {
    }

    /** Every match of {@code q} in {@code files}, file by file in the given order, each file's in text order. */
    public static List<Match> find(Path root, List<Path> files, Query q) throws IOException {
        Pattern pattern = q.compile();
        InputSchema schema = schema(root, q);
        WordFilter word = WordFilter.of(q);
        return eachFile(files, file -> {
            Document doc = open(file, q, word, null);
            if (doc == null) {
                return List.<Match>of();
            }
            List<Match> inFile = new ArrayList<>();
            for (ReplacePlace place : ReplacePlace.of(doc, q, schema)) {
                for (TextMatches.Hit hit : TextMatches.find(pattern, q.replacementText(), place.text())) {
                    inFile.add(place.match(file, doc, hit));
                }
            }
            inFile.sort(Comparator.comparingInt(Match::line).thenComparingInt(Match::column));
            return inFile;
        });
    }

    /** The batch that replaces every match of {@code q} in {@code files} except {@code excluded}. */
    public static Batch plan(Path root, List<Path> files, Query q, Set<Match> excluded) throws IOException {
        return plan(root, files, q, excluded, problem -> { });
    }

    /** As {@link #plan(Path, List, Query, Set)}; files left out (do not parse, or refuse the edit) are told to {@code problems}. */
    public static Batch plan(Path root, List<Path> files, Query q, Set<Match> excluded, Consumer<String> problems)
            throws IOException {
        Planner planner = new Planner(root, q, excluded, problems);
        List<FileChange> changes = eachFile(files, file -> {
            Planned planned = planner.plan(file, false);
            return planned == null ? List.<FileChange>of() : List.of(planned.change());
        });
        return new Batch(q.describe(), changes);
    }

    /**
     * The preview of a replace: the unified diff of each file it would change, handed to
     * {@code out} a file at a time in the order of {@code files}, the same text as
     * {@link UnifiedDiff#of(Path, Batch)} of {@link #plan}; only a chunk of files is held at a time,
     * so a folder of 100,000 articles needs no more memory than one of 1,000. Returns how many files
     * would change.
     */
    public static int diff(Path root, List<Path> files, Query q, Set<Match> excluded, Consumer<String> problems,
                           Consumer<String> out) throws IOException {
        Planner planner = new Planner(root, q, excluded, problems);
        int[] changed = {0};
        InOrder.each(files, file -> planner.plan(file, true), planned -> {
            changed[0]++;
            out.accept(planned.diff());
        });
        return changed[0];
    }

    /** One file's change; for a preview, its diff, and the change only when the diff needed it. */
    private record Planned(FileChange change, String diff) {
    }

    /** A query made ready to plan file after file, from any thread. */
    private static final class Planner {
        private final Path root;
        private final Query q;
        private final Set<Match> excluded;
        private final Consumer<String> told;
        private final Pattern pattern;
        private final InputSchema schema;
        private final WordFilter word;
        // the one field a query searches, when it is not the body: only that value is read
        private final KeyPath field;

        Planner(Path root, Query q, Set<Match> excluded, Consumer<String> problems) {
            this.root = root;
            this.q = q;
            this.excluded = excluded;
            this.pattern = q.compile();
            this.schema = schema(root, q);
            this.word = WordFilter.of(q);
            this.told = message -> {
                synchronized (problems) {
                    problems.accept(message);
                }
            };
            KeyPath path = q.scope() == Scope.FIELD ? q.field() : null;
            this.field = path != null && !path.isEmpty() && !"answer".equals(path.steps().get(0)) ? path : null;
        }

        /** The file's change (and its diff for a {@code preview}), or null when it would not change. */
        Planned plan(Path file, boolean preview) throws IOException {
            byte[] bytes = Files.readAllBytes(file);
            if (!WordFilter.mayMatch(word, bytes)) {
                return null;
            }
            Path abs = file.toAbsolutePath().normalize();
            if (excluded.isEmpty()) {
                QuickEdits quick = quickly(bytes);
                if (quick != null && !quick.changed()) {
                    return null;
                }
                if (quick != null) {
                    QuickEdits.LineChange line = preview ? quick.changedLine() : null;
                    String diff = line == null ? null : UnifiedDiff.ofLine(root, abs, quick.text(), line);
                    return diff != null ? new Planned(null, diff) : planned(FileChange.edit(abs, bytes, quick.toBytes()), preview);
                }
            }
            Document doc = parse(file, bytes, told);
            if (doc == null) {
                return null;
            }
            Document edited = doc;
            try {
                for (ReplacePlace place : ReplacePlace.of(doc, q, schema)) {
                    List<TextMatches.Hit> kept = new ArrayList<>();
                    for (TextMatches.Hit hit : TextMatches.find(pattern, q.replacementText(), place.text())) {
                        if (excluded.isEmpty() || !excluded.contains(place.match(file, doc, hit))) {
                            kept.add(hit);
                        }
                    }
                    if (!kept.isEmpty()) {
                        edited = place.apply(edited, TextMatches.apply(place.text(), kept));
                    }
                }
            } catch (DocumentException e) {
                told.accept(e.getMessage());
                return null;
            }
            return edited == doc ? null : planned(FileChange.edit(abs, doc.toBytes(), edited.toBytes()), preview);
        }

        private Planned planned(FileChange change, boolean preview) {
            return change.isEmpty() ? null : new Planned(change, preview ? UnifiedDiff.of(root, change) : null);
        }

        /**
         * The file with every match replaced by quick splices ({@link QuickEdits}), without the full
         * parser: most of a folder-wide replace is files whose values are one-line plain or block
         * strings. Null when the fast reader cannot read it or any of its edits cannot be proved
         * local; the file then goes through {@link Document}.
         */
        private QuickEdits quickly(byte[] bytes) {
            QuickEdits quick = field != null ? QuickEdits.readField(bytes, field) : QuickEdits.read(bytes);
            if (quick == null) {
                return null;
            }
            for (ReplacePlace place : ReplacePlace.of(quick, q, schema)) {
                List<TextMatches.Hit> hits = TextMatches.find(pattern, q.replacementText(), place.text());
                if (!hits.isEmpty() && !place.apply(quick, TextMatches.apply(place.text(), hits))) {
                    return null;
                }
            }
            return quick;
        }
    }

    private interface PerFile<T> {
        List<T> of(Path file) throws IOException;
    }

    /** {@code work} on every file, on all cores (parsing is most of a replace), the results in the files' order. */
    private static <T> List<T> eachFile(List<Path> files, PerFile<T> work) throws IOException {
        try {
            return files.parallelStream().map(file -> {
                try {
                    return work.of(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).flatMap(List::stream).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The folder's schema, which makes more fields prose; only read for that scope. */
    private static InputSchema schema(Path root, Query q) {
        if (q.scope() != Scope.PROSE_FIELDS) {
            return InputSchema.none();
        }
        try {
            return InputSchema.load(root);
        } catch (IOException | DocumentException e) {
            return InputSchema.none();
        }
    }

    /**
     * The parsed file, or null when it cannot hold a match or does not parse. A plain query
     * skips unparsed the files whose bytes cannot hold a match (see {@link WordFilter}).
     */
    private static Document open(Path file, Query q, WordFilter word, Consumer<String> problems) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (!WordFilter.mayMatch(word, bytes)) {
            return null;
        }
        return parse(file, bytes, problems);
    }

    private static Document parse(Path file, byte[] bytes, Consumer<String> problems) {
        try {
            return Document.parse(file.toString(), bytes);
        } catch (DocumentException e) {
            if (problems != null) {
                problems.accept(e.getMessage());
            }
            return null;
        }
    }
}
