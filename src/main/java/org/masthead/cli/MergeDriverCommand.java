package org.masthead.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.masthead.content.ArticleMerge;
import org.masthead.content.ArticleMergeDriver;
import org.masthead.content.git.SystemGit;
import org.masthead.document.DocumentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code merge-driver %O %A %B %P}: git's merge driver for articles (set up by {@code git-setup}).
 * Writes the merge into {@code %A}; exit 0 when clean, 1 with conflict markers. A version that
 * does not parse leaves the merge to {@code git merge-file}, git's own line merge.
 */
@Command(name = "merge-driver", mixinStandardHelpOptions = true, description = {
    "Merge three versions of an article for git: the front matter key by key, the Markdown line by line.",
    "Configured by 'masthead git-setup' as: masthead merge-driver %O %A %B %P",
    "Exit 0: merged cleanly into CURRENT; 1: conflict markers left in CURRENT; 2: could not merge."})
public final class MergeDriverCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BASE", description = "The common ancestor's version (git's %O).")
    Path base;

    @Parameters(index = "1", paramLabel = "CURRENT", description = "This branch's version, replaced by the merge (%A).")
    Path current;

    @Parameters(index = "2", paramLabel = "OTHER", description = "The other branch's version (%B).")
    Path other;

    @Parameters(index = "3", arity = "0..1", paramLabel = "PATH", description = "The file's path in the repository (%P), for messages.")
    String name;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String shown = name != null ? name : current.toString();
        byte[] o;
        byte[] a;
        byte[] b;
        try {
            o = Files.readAllBytes(base);
            a = Files.readAllBytes(current);
            b = Files.readAllBytes(other);
        } catch (IOException e) {
            err.println("masthead merge-driver: cannot read a version of " + shown + ": " + Cli.describe(e));
            return 2;
        }
        ArticleMergeDriver.Outcome outcome;
        try {
            outcome = ArticleMergeDriver.merge(shown, o, a, b);
        } catch (DocumentException e) {
            return lineMerge(err, shown, e.getMessage());
        } catch (ArticleMerge.CannotMerge e) {
            return lineMerge(err, shown, e.getMessage());
        }
        try {
            Files.write(current, outcome.bytes());
        } catch (IOException e) {
            err.println("masthead merge-driver: cannot write the merge of " + shown + ": " + Cli.describe(e));
            return 2;
        }
        if (outcome.clean()) {
            return 0;
        }
        err.println("masthead merge-driver: " + shown + ": both sides changed " + String.join(", ", outcome.conflicts())
                + "; resolve the conflict markers (in Masthead: open the file), then git add it.");
        return 1;
    }

    /** git's ordinary merge of the lines, for a version Masthead cannot read as an article. */
    private int lineMerge(PrintWriter err, String shown, String why) {
        err.println("masthead merge-driver: " + why + " Used git's line merge (git merge-file) for " + shown + " instead.");
        try {
            SystemGit.Run run = SystemGit.run(null, "merge-file", "-L", ArticleMergeDriver.MINE, "-L", "base",
                    "-L", ArticleMergeDriver.THEIRS, current.toString(), base.toString(), other.toString());
            if (run.exitCode() < 0 || run.exitCode() > 127) {
                err.println("masthead merge-driver: git merge-file failed for " + shown + ": " + run.lastErrorLine());
                return 2;
            }
            return run.exitCode() == 0 ? 0 : 1;
        } catch (IOException e) {
            err.println("masthead merge-driver: " + Cli.describe(e));
            return 2;
        }
    }
}
