package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.masthead.content.git.SystemGit;

/**
 * A real git repository in a temporary folder, for tests of what git does with Masthead: the
 * merge driver is set up by {@code git-setup} itself, and git starts it as a child JVM on the
 * test class path.
 */
final class GitFixture {
    final Path root;

    GitFixture(Path root) throws IOException {
        this.root = root;
        git("init", "-q", "-b", "main");
        git("config", "user.email", "writer@example.org");
        git("config", "user.name", "Writer");
        git("config", "commit.gpgsign", "false");
    }

    /** How git starts this Masthead: the test class path, with the short-run JVM flags. */
    static String launcher() {
        return GitSetupCommand.quote(Path.of(System.getProperty("java.home"), "bin", "java").toString())
                + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xmx256m -cp "
                + GitSetupCommand.quote(System.getProperty("java.class.path")) + " org.masthead.App";
    }

    /** Runs {@code masthead git-setup} on the repository; returns its exit code. */
    int setup(String... more) {
        List<String> args = new ArrayList<>(List.of("git-setup", root.toString(), "--launcher", launcher()));
        args.addAll(List.of(more));
        StringWriter err = new StringWriter();
        int code = MastheadCommand.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                args.toArray(String[]::new));
        assertThat(err.toString()).isEmpty();
        return code;
    }

    SystemGit.Run git(String... args) throws IOException {
        return SystemGit.run(root, args);
    }

    /** Runs git and fails the test unless it succeeds. */
    String ok(String... args) throws IOException {
        SystemGit.Run run = git(args);
        assertThat(run.exitCode()).as("git %s: %s", String.join(" ", args), run.err()).isZero();
        return run.out();
    }

    void write(String name, String text) throws IOException {
        Files.write(root.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }

    String read(String name) throws IOException {
        return Files.readString(root.resolve(name), StandardCharsets.UTF_8);
    }

    void commitAll(String message) throws IOException {
        ok("add", "-A");
        ok("commit", "-q", "-m", message);
    }

    /**
     * Commits {@code base} as {@code name} on main, {@code theirs} on a branch, {@code mine} on
     * main, and merges the branch into main; returns git's merge run.
     */
    SystemGit.Run merge(String name, String base, String mine, String theirs) throws IOException {
        write(name, base);
        commitAll("base");
        ok("checkout", "-q", "-b", "other");
        write(name, theirs);
        commitAll("theirs");
        ok("checkout", "-q", "main");
        write(name, mine);
        commitAll("mine");
        return git("merge", "--no-edit", "other");
    }

    /** What git's own line merge makes of the three versions, and how many conflicts it counts. */
    SystemGit.Run lineMerge(String base, String mine, String theirs) throws IOException {
        Path dir = Files.createTempDirectory(root.getParent(), "line-merge");
        Files.writeString(dir.resolve("base"), base);
        Files.writeString(dir.resolve("mine"), mine);
        Files.writeString(dir.resolve("theirs"), theirs);
        return SystemGit.run(dir, "merge-file", "-p", "mine", "base", "theirs");
    }
}
