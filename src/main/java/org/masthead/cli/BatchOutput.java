package org.masthead.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.masthead.content.batch.Batch;
import org.masthead.content.batch.BatchConflictException;
import org.masthead.content.batch.BatchFiles;
import org.masthead.content.batch.UnifiedDiff;

/**
 * The end every folder-wide command shares: with {@code --dry-run} the unified diff of every file
 * the batch would change, on stdout, and nothing written; else the batch applied all-or-nothing
 * and one line saying what changed. Exit codes as the command line promises: 0 done, 1 nothing
 * to change, 2 the batch could not be applied (a file changed meanwhile, or an IO error).
 *
 * <pre>{@code
 * int code = BatchOutput.recover(root, err);     // first, before planning: reads must see a whole folder
 * if (code != 0) return code;
 * Batch batch = ...plan...;
 * return BatchOutput.run(root, batch, dryRun, out, err);
 * }</pre>
 */
public final class BatchOutput {
    private BatchOutput() {
    }

    /**
     * Completes a batch of {@code root} that a crash interrupted, saying so on stderr. Returns 0,
     * or 2 after a one-line message when the folder cannot be recovered.
     */
    public static int recover(Path root, PrintWriter err) {
        try {
            Optional<String> said = BatchFiles.recover(root);
            said.ifPresent(message -> err.println("masthead: " + message));
            err.flush();
            return 0;
        } catch (IOException e) {
            err.println("masthead: " + root + ": cannot complete an interrupted batch: " + Cli.describe(e));
            err.flush();
            return 2;
        }
    }

    /**
     * The end of a dry run whose diff a command printed as it planned (for a batch too large to
     * hold): what would change, on stderr, and the exit code; {@code files} is how many diffs it printed.
     */
    public static int previewed(String title, int files, PrintWriter out, PrintWriter err) {
        out.flush();
        if (files == 0) {
            err.println("masthead: " + title + ": nothing to change.");
            err.flush();
            return 1;
        }
        err.println("masthead: " + title + ": would change " + count(files) + " (dry run: nothing was written).");
        err.flush();
        return 0;
    }

    private static String count(int files) {
        return files + (files == 1 ? " file" : " files");
    }

    /** Prints the diff of {@code batch} ({@code dryRun}) or applies it; returns the exit code. */
    public static int run(Path root, Batch batch, boolean dryRun, PrintWriter out, PrintWriter err) {
        try {
            if (batch.isEmpty()) {
                err.println("masthead: " + batch.title() + ": nothing to change.");
                return 1;
            }
            int files = batch.changes().size();
            String count = count(files);
            if (dryRun) {
                UnifiedDiff.write(root, batch, out::print);
                return previewed(batch.title(), files, out, err);
            }
            try {
                BatchFiles.apply(root, batch);
            } catch (BatchConflictException e) {
                err.println("masthead: " + batch.title() + ": " + e.getMessage());
                return 2;
            } catch (IOException e) {
                err.println("masthead: " + batch.title() + ": " + Cli.describe(e));
                return 2;
            }
            out.println(batch.title() + ": changed " + count + ".");
            return 0;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
