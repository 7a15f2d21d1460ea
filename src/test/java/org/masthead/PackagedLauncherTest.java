package org.masthead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.masthead.cli.MastheadCommand;

/**
 * The launcher jpackage builds ({@code mvn -P installer package}) must answer {@code --version} on a machine with no
 * display: it is what installers and scripts call first, and it proves the jlinked runtime holds the modules the
 * command line needs. Skipped until that image exists, because the default build does not make it.
 */
class PackagedLauncherTest {
    private static final Path IMAGE = Path.of("target", "installer", "Masthead");

    @Test
    void thePackagedLauncherPrintsTheBuildVersionWithoutADisplay() throws IOException, InterruptedException {
        Path launcher = IMAGE.resolve("bin").resolve("Masthead");
        assumeTrue(Files.isExecutable(launcher), "no app image at " + IMAGE + " (mvn -P installer package)");

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
