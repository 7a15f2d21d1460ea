package org.masthead.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts a class's {@code main} in a separate JVM on the test class path, so a test can kill it
 * with SIGKILL ({@link Process#destroyForcibly()} on Linux) as a crash or power cut would.
 */
public final class ChildJvm {
    private ChildJvm() {
    }

    /** A builder for {@code java -cp <test class path> main args...}, tuned to start fast. */
    public static ProcessBuilder builder(Class<?> main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:-UsePerfData");
        command.add("-Xmx256m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    }

    /** Reads lines from the child's stdout until one equals {@code line}; false if the stream ended first. */
    public static boolean awaitLine(BufferedReader out, String line) throws IOException {
        for (String read = out.readLine(); read != null; read = out.readLine()) {
            if (read.equals(line)) {
                return true;
            }
        }
        return false;
    }

    public static BufferedReader stdout(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** SIGKILL, then wait for the process to be gone so its file handles are closed. */
    public static void kill(Process process) throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("child JVM " + process.pid() + " survived SIGKILL");
        }
    }
}
