package org.masthead.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.masthead.content.ArticleFiles;
import org.masthead.content.batch.Batch;
import org.masthead.content.batch.FolderReplace;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code replace DIR PATTERN REPLACEMENT}: find and replace across every article of a folder, in
 * the prose by default (the body and the text fields a reader sees: titles, descriptions,
 * summaries; never URLs, ids, dates, paths or slugs, which a careless replace would break), in one
 * field with {@code --field}, in the body alone with {@code --body}, or in every value with
 * {@code --everywhere}; applied all-or-nothing, or shown as a diff with {@code --dry-run}. Keys are
 * never changed.
 */
@Command(name = "replace", mixinStandardHelpOptions = true,
        description = {"Find and replace across every article of a folder, all-or-nothing.",
            "By default searches the prose: the body and the text fields (title, description, summary,",
            "question and the like, and fields the folder's schema types as text), never urls, ids,",
            "dates, paths or slugs. --field, --body or --everywhere choose otherwise; keys never change.",
            "Exit 0 when files changed (or would), 1 when nothing matched, 2 on a usage error."})
public final class ReplaceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The content folder.")
    Path folder;

    @Parameters(index = "1", paramLabel = "PATTERN", description = "The text to find (a regular expression with --regex).")
    String pattern;

    @Parameters(index = "2", paramLabel = "REPLACEMENT",
            description = "What replaces it; with --regex, $1 or ${name} insert a group (\\$ for a dollar sign).")
    String replacement;

    @Option(names = "--regex", description = "PATTERN is a Java regular expression; ^ and $ match at each line.")
    boolean regex;

    @ArgGroup(exclusive = true)
    Where where;

    static final class Where {
        @Option(names = "--field", paramLabel = "KEY.PATH", description = "Only in this front-matter field.")
        String field;

        @Option(names = "--body", description = "Only in the body (the reference format's answer field, decoded).")
        boolean body;

        @Option(names = "--everywhere", description = "In every front-matter value (urls, ids, dates too) and the body.")
        boolean everywhere;
    }

    @Option(names = "--dry-run", description = "Print the unified diff of every file it would change; write nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(folder)) {
            err.println("masthead: " + folder + ": no such folder. Give a folder of Markdown articles.");
            return 2;
        }
        FolderReplace.Query query = query();
        try {
            query.compile();
        } catch (IllegalArgumentException e) {
            err.println("masthead: " + e.getMessage());
            return 2;
        }
        if (!dryRun) {
            int recovered = BatchOutput.recover(folder, err);
            if (recovered != 0) {
                return recovered;
            }
        }
        Batch batch;
        try {
            List<Path> files = ArticleFiles.under(folder);
            Consumer<String> skipped = problem -> err.println("masthead: skipped: " + problem);
            if (dryRun) {
                // streamed: each file's diff is printed as it is planned, and nothing else is kept
                int changed = FolderReplace.diff(folder, files, query, Set.of(), skipped, out::print);
                return BatchOutput.previewed(query.describe(), changed, out, err);
            }
            batch = FolderReplace.plan(folder, files, query, Set.of(), skipped);
        } catch (IOException e) {
            err.println("masthead: " + folder + ": cannot read: " + Cli.describe(e));
            return 2;
        }
        return BatchOutput.run(folder, batch, dryRun, out, err);
    }

    private FolderReplace.Query query() {
        if (where != null && where.field != null) {
            return new FolderReplace.Query(pattern, replacement, regex, FolderReplace.Scope.FIELD, where.field);
        }
        if (where != null && where.body) {
            return new FolderReplace.Query(pattern, replacement, regex, FolderReplace.Scope.BODY, null);
        }
        if (where != null && where.everywhere) {
            return new FolderReplace.Query(pattern, replacement, regex, FolderReplace.Scope.ALL, null);
        }
        return new FolderReplace.Query(pattern, replacement, regex, FolderReplace.Scope.PROSE_FIELDS, null);
    }
}
