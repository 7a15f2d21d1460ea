package org.masthead.content.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.FileBytes;
import org.masthead.document.KeyPath;

/**
 * The values of a taxonomy field across a folder, and renaming, merging and deleting them. The
 * field may be a list ({@code tags}, {@code categories}, {@code keywords}), a comma-separated
 * keyword string (the reference format's {@code seo.page_keywords}), or a single value used as a
 * category ({@code subject}).
 *
 * <p>A text value is split on commas when the field's name says it holds keywords ({@code
 * keywords}, {@code tags}, {@code categories}, any name containing "keyword"), or when most of
 * the folder's values of it contain a comma; otherwise each value is one term.
 *
 * <pre>List&lt;Taxonomy.Term&gt; terms = Taxonomy.terms(root, files, KeyPath.parse("subject"));
 * Batch batch = Taxonomy.rename(root, files, KeyPath.parse("subject"), "Digital Media", "Digital media");</pre>
 *
 * Planning reads files and never writes; articles that do not parse are left out.
 */
public final class Taxonomy {
    /** A value, how many articles hold it, and which (absolute paths, in the order given). */
    public record Term(String value, int count, List<Path> files) {
        public Term {
            files = List.copyOf(files);
        }
    }

    /** Two terms that are probably one; {@code a} is the more used. See {@link TaxonomySimilarity}. */
    public record NearDuplicate(String a, String b, String reason) {
    }

    /** An article read for planning. */
    private record Article(Path file, byte[] bytes, Document doc) {
    }

    private Taxonomy() {
    }

    /** Every value of {@code field} with its count, most used first (then by value). */
    public static List<Term> terms(Path root, List<Path> files, KeyPath field) throws IOException {
        List<Article> articles = read(root, files, e -> { });
        boolean split = splits(articles, field);
        Map<String, Set<Path>> holders = new LinkedHashMap<>();
        for (Article a : articles) {
            for (TaxonomyValues.Place place : TaxonomyValues.places(a.doc, field, split)) {
                holders.computeIfAbsent(place.value(), v -> new LinkedHashSet<>()).add(a.file);
            }
        }
        List<Term> out = new ArrayList<>();
        holders.forEach((value, in) -> out.add(new Term(value, in.size(), new ArrayList<>(in))));
        out.sort(Comparator.comparingInt(Term::count).reversed()
                .thenComparing(Term::value, String.CASE_INSENSITIVE_ORDER).thenComparing(Term::value));
        return out;
    }

    /** Pairs of terms that differ only in case, plural, spacing or a small misspelling. */
    public static List<NearDuplicate> nearDuplicates(List<Term> terms) {
        return TaxonomySimilarity.pairs(terms);
    }

    public static Batch rename(Path root, List<Path> files, KeyPath field, String from, String to) throws IOException {
        return rename(root, files, field, from, to, e -> { });
    }

    /** {@link #rename}, handing each article it had to leave out (an edit the model refused) to {@code skipped}. */
    public static Batch rename(Path root, List<Path> files, KeyPath field, String from, String to,
                               Consumer<DocumentException> skipped) throws IOException {
        String into = checkedTerm(to);
        return plan(root, files, field, Set.of(from.strip()), into, skipped,
                "Rename " + field + " '" + from.strip() + "' to '" + into + "'");
    }

    public static Batch merge(Path root, List<Path> files, KeyPath field, List<String> from, String into)
            throws IOException {
        return merge(root, files, field, from, into, e -> { });
    }

    /** Every term of {@code from} becomes {@code into}; see {@link TaxonomyEdits} for duplicates. */
    public static Batch merge(Path root, List<Path> files, KeyPath field, List<String> from, String into,
                              Consumer<DocumentException> skipped) throws IOException {
        String target = checkedTerm(into);
        Set<String> merged = new LinkedHashSet<>();
        from.forEach(v -> merged.add(v.strip()));
        return plan(root, files, field, merged, target, skipped,
                "Merge " + field + " '" + String.join("', '", merged) + "' into '" + target + "'");
    }

    public static Batch delete(Path root, List<Path> files, KeyPath field, String value) throws IOException {
        return delete(root, files, field, value, e -> { });
    }

    /** Removes the term: the list item, the keyword with one separator, or the category field itself. */
    public static Batch delete(Path root, List<Path> files, KeyPath field, String value,
                               Consumer<DocumentException> skipped) throws IOException {
        return plan(root, files, field, Set.of(value.strip()), null, skipped,
                "Delete " + field + " '" + value.strip() + "'");
    }

    private static String checkedTerm(String to) {
        String into = to == null ? "" : to.strip();
        if (into.isEmpty()) {
            throw new IllegalArgumentException("the new value is empty; give the value to rename to.");
        }
        return into;
    }

    private static Batch plan(Path root, List<Path> files, KeyPath field, Set<String> from, String into,
                              Consumer<DocumentException> skipped, String title) throws IOException {
        List<Article> articles = read(root, files, skipped);
        boolean split = splits(articles, field);
        if (split && into != null && into.indexOf(',') >= 0) {
            throw new IllegalArgumentException("'" + into + "' holds a comma, but " + field
                    + " is a comma-separated list; give one keyword.");
        }
        List<FileChange> changes = new ArrayList<>();
        for (Article a : articles) {
            try {
                Document edited = TaxonomyEdits.replace(a.doc, field, split, from, into);
                if (edited != a.doc) {
                    changes.add(FileChange.edit(a.file, a.bytes, edited.toBytes()));
                }
            } catch (DocumentException e) {
                skipped.accept(e);
            }
        }
        return new Batch(title, changes);
    }

    /** Whether text values of {@code field} are comma-separated keywords (see the class comment). */
    private static boolean splits(List<Article> articles, KeyPath field) {
        if (TaxonomyValues.keywordName(field)) {
            return true;
        }
        int texts = 0;
        int commas = 0;
        for (Article a : articles) {
            String value = a.doc.getString(field).orElse(null);
            if (value != null && !value.isBlank()) {
                texts++;
                commas += value.indexOf(',') >= 0 ? 1 : 0;
            }
        }
        return commas * 2 > texts;
    }

    private static List<Article> read(Path root, List<Path> files, Consumer<DocumentException> skipped)
            throws IOException {
        Path base = root.toAbsolutePath().normalize();
        List<Article> out = new ArrayList<>(files.size());
        for (Path f : files) {
            Path file = base.resolve(f).toAbsolutePath().normalize();
            byte[] bytes = FileBytes.read(file);
            try {
                String name = file.startsWith(base) ? base.relativize(file).toString().replace('\\', '/') : file.toString();
                out.add(new Article(file, bytes, Document.parse(name, bytes)));
            } catch (DocumentException e) {
                skipped.accept(e);
            }
        }
        return out;
    }
}
