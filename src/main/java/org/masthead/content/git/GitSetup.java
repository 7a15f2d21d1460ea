package org.masthead.content.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes git merge a repository's articles with Masthead's merge driver: the {@code .gitattributes}
 * lines that name the driver for {@code *.md} and {@code *.markdown} (committed, so the team
 * shares them) and the {@code merge.masthead} section of the clone's own config, which says how
 * to run it (each clone sets it up once: git never takes commands from a repository). Running it
 * again changes nothing; {@link #undo} takes both away.
 *
 * <pre>{@code
 * List<String> done = GitSetup.install(Path.of("content"), "masthead");
 * }</pre>
 */
public final class GitSetup {
    public static final String ATTRIBUTES = ".gitattributes";
    public static final List<String> LINES = List.of("*.md merge=masthead", "*.markdown merge=masthead");
    public static final String DRIVER_KEY = "merge.masthead.driver";
    static final String NAME_KEY = "merge.masthead.name";
    static final String SECTION = "merge.masthead";

    private GitSetup() {
    }

    /** A folder that is not in a git work tree, or a git that refused. */
    public static final class Failed extends Exception {
        Failed(String message) {
            super(message);
        }
    }

    /** The top folder of the work tree that holds {@code dir}. */
    public static Path root(Path dir) throws IOException, Failed {
        if (!Files.isDirectory(dir)) {
            throw new Failed(dir + ": no such folder. Give a folder inside a git repository.");
        }
        SystemGit.Run run = SystemGit.run(dir, "rev-parse", "--show-toplevel");
        if (run.exitCode() != 0) {
            throw new Failed(dir + " is not inside a git work tree. Run 'git init' or clone the repository first.");
        }
        return Path.of(run.out().strip());
    }

    /**
     * Sets the driver up in the repository of {@code dir}, run as {@code launcher merge-driver
     * %O %A %B %P}; returns what it changed, empty when all was in place already.
     */
    public static List<String> install(Path dir, String launcher) throws IOException, Failed {
        Path root = root(dir);
        List<String> done = new ArrayList<>();
        Path attributes = root.resolve(ATTRIBUTES);
        String text = Files.isRegularFile(attributes) ? Files.readString(attributes, StandardCharsets.UTF_8) : "";
        List<String> present = text.lines().map(String::strip).toList();
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        StringBuilder added = new StringBuilder(text);
        for (String line : LINES) {
            if (!present.contains(line)) {
                if (added.length() > 0 && added.charAt(added.length() - 1) != '\n') {
                    added.append(newline);
                }
                added.append(line).append(newline);
                done.add("added '" + line + "' to " + ATTRIBUTES);
            }
        }
        if (!done.isEmpty()) {
            Files.writeString(attributes, added, StandardCharsets.UTF_8);
        }
        String command = launcher + " merge-driver %O %A %B %P";
        SystemGit.Run current = SystemGit.run(root, "config", "--local", "--get", DRIVER_KEY);
        if (current.exitCode() != 0 || !current.out().strip().equals(command)) {
            git(root, "config", "--local", NAME_KEY, "Masthead: articles merged field by field");
            git(root, "config", "--local", DRIVER_KEY, command);
            done.add("set " + DRIVER_KEY + " to '" + command + "' in .git/config");
        }
        return done;
    }

    /** Takes the {@code .gitattributes} lines and the config section away; returns what it removed. */
    public static List<String> undo(Path dir) throws IOException, Failed {
        Path root = root(dir);
        List<String> done = new ArrayList<>();
        Path attributes = root.resolve(ATTRIBUTES);
        if (Files.isRegularFile(attributes)) {
            String text = Files.readString(attributes, StandardCharsets.UTF_8);
            StringBuilder kept = new StringBuilder();
            int from = 0;
            while (from < text.length()) {
                int end = text.indexOf('\n', from);
                end = end < 0 ? text.length() : end + 1;
                String line = text.substring(from, end);
                if (LINES.contains(line.strip())) {
                    done.add("removed '" + line.strip() + "' from " + ATTRIBUTES);
                } else {
                    kept.append(line);
                }
                from = end;
            }
            if (!done.isEmpty()) {
                if (kept.toString().isBlank()) {
                    Files.delete(attributes);
                } else {
                    Files.writeString(attributes, kept, StandardCharsets.UTF_8);
                }
            }
        }
        if (SystemGit.run(root, "config", "--local", "--get-regexp", "^merge\\.masthead\\.").exitCode() == 0) {
            git(root, "config", "--local", "--remove-section", SECTION);
            done.add("removed [merge \"masthead\"] from .git/config");
        }
        return done;
    }

    private static void git(Path root, String... args) throws IOException, Failed {
        SystemGit.Run run = SystemGit.run(root, args);
        if (run.exitCode() != 0) {
            throw new Failed("git " + args[0] + " failed in " + root + ": " + run.lastErrorLine());
        }
    }
}
