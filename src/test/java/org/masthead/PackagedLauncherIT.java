package org.masthead;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.masthead.cli.MastheadCommand;

/**
 * The launcher jpackage builds ({@code mvn -P installer package}) must answer {@code --version} on a machine with no
 * display: it is what installers and scripts call first, and it proves the jlinked runtime holds the modules the
 * command line needs. Failsafe runs it in the {@code installer} profile only ({@code mvn -P installer verify}), after
 * {@code package} has built the image; the default build makes no image, so it does not run there.
 */
class PackagedLauncherIT {
    private static final Path INSTALLER = Path.of("target", "installer");

    /** Where jpackage puts the launcher in an app image, on each system. */
    private static Path launcher() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return INSTALLER.resolve("Masthead").resolve("Masthead.exe");
        }
        if (os.startsWith("mac")) {
            return INSTALLER.resolve("Masthead.app").resolve("Contents").resolve("MacOS").resolve("Masthead");
        }
        return INSTALLER.resolve("Masthead").resolve("bin").resolve("Masthead");
    }

    @Test
    void thePackagedLauncherPrintsTheBuildVersionWithoutADisplay() throws IOException, InterruptedException {
        Path launcher = launcher();
        assertThat(launcher).as("the app image's launcher (mvn -P installer verify builds it)").isExecutable();

        ProcessBuilder builder = new ProcessBuilder(launcher.toAbsolutePath().toString(), "--version")
                .redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        process.getOutputStream().close();
        boolean finished = process.waitFor(60, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(finished).as("launcher finished within 60 s").isTrue();
        assertThat(process.exitValue()).as("exit code; output: %s", output).isZero();
        assertThat(MastheadCommand.version()).isNotEqualTo("unknown");
        assertThat(output.strip()).isEqualTo("Masthead " + MastheadCommand.version());
    }
}
