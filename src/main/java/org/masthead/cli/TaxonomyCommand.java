package org.masthead.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.masthead.content.ArticleFiles;
import org.masthead.content.batch.Batch;
import org.masthead.content.batch.Taxonomy;
import org.masthead.document.DocumentException;
import org.masthead.document.KeyPath;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code taxonomy DIR KEY.PATH}: the values of a list, keyword-string or category field across a
 * folder, with counts and near-duplicates; {@code --rename}, {@code --merge} and {@code --delete}
 * change them in every article at once (all-or-nothing, or a diff with {@code --dry-run}).
 */
@Command(name = "taxonomy", mixinStandardHelpOptions = true, description = {
    "List the values of a field across a folder with their counts, or rename, merge or delete one.",
    "The field is a list (tags, categories, keywords), a comma-separated keyword string "
        + "(seo.page_keywords) or a single value used as a category (subject). "
        + "Listing flags near-duplicates: case, spacing, plural and one-letter misspellings.",
    "Examples:",
    "  masthead taxonomy content tags",
    "  masthead taxonomy content subject --rename 'Digital Media' 'Digital media'",
    "  masthead taxonomy content seo.page_keywords --delete OLS --dry-run",
    "  masthead taxonomy content tags --merge go Go golang",
    "Exit 0: done; 1: no article holds the field or value; 2: usage or IO error, or a file changed meanwhile."})
public final class TaxonomyCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "DIR", description = "The content folder.")
    Path dir;

    @Parameters(index = "1", paramLabel = "KEY.PATH", description = "The field, as a dotted key path (seo.page_keywords).")
    String key;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Output format of the listing: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--rename", arity = "2", paramLabel = "OLD NEW", hideParamSyntax = true,
            description = "Rename the value OLD to NEW in every article.")
    List<String> rename;

    @Option(names = "--merge", arity = "3..*", paramLabel = "A B... INTO", hideParamSyntax = true,
            description = "Merge values into one: the last value given is the one the others become.")
    List<String> merge;

    @Option(names = "--delete", paramLabel = "VALUE", description = "Remove the value from every article.")
    String delete;

    @Option(names = "--dry-run", description = "Print the unified diff of every file that would change; write nothing.")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int actions = (rename != null ? 1 : 0) + (merge != null ? 1 : 0) + (delete != null ? 1 : 0);
        if (actions > 1 || dryRun && actions == 0 || rename != null && rename.size() != 2) {
            err.println("masthead: give at most one of --rename OLD NEW, --merge A B INTO and --delete VALUE"
                    + (dryRun && actions == 0 ? "; --dry-run goes with one of them" : "") + " (see 'masthead taxonomy --help')");
            return 2;
        }
        if (!Files.isDirectory(dir)) {
            err.println("masthead: " + dir + ": no such folder. Give a content folder.");
            return 2;
        }
        KeyPath field;
        try {
            field = Cli.keyPath(false, key, err);
        } catch (Cli.Reported e) {
            return e.exitCode;
        }
        Path root = dir.toAbsolutePath().normalize();
        int recovered = BatchOutput.recover(root, err);
        if (recovered != 0) {
            return recovered;
        }
        try {
            List<Path> files = ArticleFiles.under(root);
            if (actions == 0) {
                return list(Taxonomy.terms(root, files, field), field, out, err);
            }
            List<DocumentException> skipped = new ArrayList<>();
            Batch batch = rename != null ? Taxonomy.rename(root, files, field, rename.get(0), rename.get(1), skipped::add)
                    : merge != null ? Taxonomy.merge(root, files, field, merge.subList(0, merge.size() - 1),
                            merge.get(merge.size() - 1), skipped::add)
                    : Taxonomy.delete(root, files, field, delete, skipped::add);
            for (DocumentException e : skipped) {
                err.println("masthead: warning: " + e.getMessage() + " (left out)");
            }
            return BatchOutput.run(root, batch, dryRun, out, err);
        } catch (IllegalArgumentException e) {
            err.println("masthead: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("masthead: " + dir + ": " + Cli.describe(e));
            return 2;
        }
    }

    private int list(List<Taxonomy.Term> terms, KeyPath field, PrintWriter out, PrintWriter err) {
        List<Taxonomy.NearDuplicate> near = Taxonomy.nearDuplicates(terms);
        if (format == Format.json) {
            out.print(json(terms, near));
        } else {
            for (Taxonomy.Term t : terms) {
                out.printf("%6d  %s%n", t.count(), t.value());
            }
            if (!near.isEmpty()) {
                out.println();
                out.println("Near-duplicates:");
                for (Taxonomy.NearDuplicate n : near) {
                    out.println("  " + n.b() + "  ~  " + n.a() + "  (" + n.reason() + ")");
                }
            }
        }
        out.flush();
        if (terms.isEmpty()) {
            err.println("masthead: no article in " + dir + " has a value in " + field + ".");
            return 1;
        }
        return 0;
    }

    private String json(List<Taxonomy.Term> terms, List<Taxonomy.NearDuplicate> near) {
        StringWriter buffer = new StringWriter();
        Path root = dir.toAbsolutePath().normalize();
        try (JsonGenerator gen = new JsonFactory().createGenerator(buffer)) {
            gen.useDefaultPrettyPrinter();
            gen.writeStartObject();
            gen.writeArrayFieldStart("terms");
            for (Taxonomy.Term t : terms) {
                gen.writeStartObject();
                gen.writeStringField("value", t.value());
                gen.writeNumberField("count", t.count());
                gen.writeArrayFieldStart("files");
                for (Path f : t.files()) {
                    gen.writeString(root.relativize(f).toString().replace('\\', '/'));
                }
                gen.writeEndArray();
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeArrayFieldStart("nearDuplicates");
            for (Taxonomy.NearDuplicate n : near) {
                gen.writeStartObject();
                gen.writeStringField("a", n.a());
                gen.writeStringField("b", n.b());
                gen.writeStringField("reason", n.reason());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return buffer + "\n";
    }
}
