package org.masthead.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.masthead.content.git.GitSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code git-setup [DIR] [--undo]}: has git merge the repository's articles with
 * {@code masthead merge-driver}. Idempotent.
 */
@Command(name = "git-setup", mixinStandardHelpOptions = true, description = {
    "Have git merge articles with Masthead: '*.md merge=masthead' in .gitattributes (commit it),",
    "and merge.masthead.driver in this clone's .git/config. Running it again changes nothing.",
    "Exit 0: done; 2: not a git repository, or git failed."})
public final class GitSetupCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "A folder in the repository (default: the current one).")
    Path dir = Path.of(".");

    @Option(names = "--undo", description = "Remove the .gitattributes lines and the config section again.")
    boolean undo;

    @Option(names = "--launcher", paramLabel = "COMMAND",
            description = "How git should start Masthead (default: 'masthead' when it is on the PATH, else this Java and jar).")
    String launcher;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<String> done = undo ? GitSetup.undo(dir) : GitSetup.install(dir, launcher != null ? launcher : launcher());
            if (done.isEmpty()) {
                out.println(undo ? "Nothing to remove: the merge driver was not set up here." : "Already set up; nothing changed.");
            }
            done.forEach(line -> out.println(Character.toUpperCase(line.charAt(0)) + line.substring(1) + "."));
            if (!undo && done.stream().anyMatch(line -> line.contains(GitSetup.ATTRIBUTES))) {
                out.println("Commit " + GitSetup.ATTRIBUTES + " so the team merges the same way; each clone runs 'masthead git-setup' once.");
            }
            return 0;
        } catch (GitSetup.Failed e) {
            err.println("masthead: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("masthead: " + Cli.describe(e));
            return 2;
        }
    }

    /**
     * The command that runs this Masthead: {@code masthead} when the installed launcher is on the
     * PATH; else this JVM with this jar (or class path), with the flags of {@code bin/masthead}
     * for short runs.
     */
    static String launcher() {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String entry : path.split(File.pathSeparator)) {
                if (!entry.isEmpty() && Files.isExecutable(Path.of(entry, "masthead"))) {
                    return "masthead";
                }
            }
        }
        String java = quote(Path.of(System.getProperty("java.home"), "bin", "java").toString())
                + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC";
        try {
            Path code = Path.of(MastheadCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (code.toString().endsWith(".jar")) {
                return java + " -jar " + quote(code.toString());
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no code source to name: the class path below still starts this Masthead
        }
        return java + " -cp " + quote(System.getProperty("java.class.path")) + " org.masthead.App";
    }

    /** {@code text} as one word for the shell git runs the driver with. */
    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
