package org.masthead.content.git;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The system's {@code git}, run as a process: it is what the user's credentials, SSH setup and
 * merge drivers are configured for. Output is read on its own threads so a full pipe never
 * blocks the process.
 *
 * <pre>{@code
 * SystemGit.Run r = SystemGit.run(repo, "merge-file", "-L", "ours", "-L", "base", "-L", "theirs", a, o, b);
 * }</pre>
 */
public final class SystemGit {
    /** What a run printed and how it ended. */
    public record Run(int exitCode, String out, String err) {
        /** The last non-blank line git wrote to stderr (where it says what went wrong), or the exit code. */
        public String lastErrorLine() {
            List<String> lines = err.lines().filter(l -> !l.isBlank()).toList();
            return lines.isEmpty() ? "git exited with " + exitCode : lines.get(lines.size() - 1).strip();
        }
    }

    /** Thrown when there is no {@code git} to run. */
    public static final class Missing extends IOException {
        Missing(String why) {
            super("git is not installed or not on the PATH (" + why + "). Install git and try again.");
        }
    }

    private SystemGit() {
    }

    public static Run run(Path dir, String... args) throws IOException {
        return run(dir, null, args);
    }

    /** Runs git in {@code dir}; each line of stderr also goes to {@code progress} (git's progress), when given. */
    public static Run run(Path dir, Consumer<String> progress, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (dir != null) {
            builder.directory(dir.toFile());
        }
        // never wait on a prompt nobody can answer: a missing credential is an error line instead
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new Missing(e.getMessage());
        }
        process.getOutputStream().close();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> drain(process.getInputStream(), null));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream(), progress));
        try {
            int code = process.waitFor();
            return new Run(code, out.join(), err.join());
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("git " + args[0] + " was stopped");
        }
    }

    private static String drain(InputStream in, Consumer<String> progress) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try (InputStream buffered = new BufferedInputStream(in)) {
            int c;
            while ((c = buffered.read()) >= 0) {
                all.write(c);
                // git redraws its progress with \r; each redraw is a line to show
                if (progress != null && (c == '\n' || c == '\r')) {
                    String text = line.toString(StandardCharsets.UTF_8).strip();
                    if (!text.isEmpty()) {
                        progress.accept(text);
                    }
                    line.reset();
                } else {
                    line.write(c);
                }
            }
        } catch (IOException e) {
            // the process ended or was stopped: what was read is all there is
        }
        return all.toString(StandardCharsets.UTF_8);
    }
}
