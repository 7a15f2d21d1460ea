package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitSetupCommandTest {
    @TempDir
    Path dir;

    private String driver(GitFixture repo) throws Exception {
        return repo.git("config", "--local", "--get", "merge.masthead.driver").out();
    }

    @Test
    void setupAddsTheAttributesAndTheDriverOnceAndKeepsWhatWasThere() throws Exception {
        GitFixture repo = new GitFixture(dir);
        repo.write(".gitattributes", "*.png binary");
        Files.createDirectories(dir.resolve("content/physics"));

        assertThat(repo.setup()).isZero();
        String attributes = repo.read(".gitattributes");
        String config = repo.read(".git/config");
        assertThat(attributes).isEqualTo("*.png binary\n*.md merge=masthead\n*.markdown merge=masthead\n");
        assertThat(driver(repo)).isEqualTo(GitFixture.launcher() + " merge-driver %O %A %B %P\n");

        // again, from a folder inside the repository: nothing changes
        StringWriter out = new StringWriter();
        int code = MastheadCommand.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "git-setup", dir.resolve("content/physics").toString(), "--launcher", GitFixture.launcher());
        assertThat(code).isZero();
        assertThat(out.toString()).contains("Already set up");
        assertThat(repo.read(".gitattributes")).isEqualTo(attributes);
        assertThat(repo.read(".git/config")).isEqualTo(config);
    }

    @Test
    void undoRemovesBothAndLeavesTheRest() throws Exception {
        GitFixture repo = new GitFixture(dir);
        repo.write(".gitattributes", "*.png binary\n");
        String config = repo.read(".git/config");
        assertThat(repo.setup()).isZero();

        assertThat(repo.setup("--undo")).isZero();

        assertThat(repo.read(".gitattributes")).isEqualTo("*.png binary\n");
        assertThat(repo.git("config", "--local", "--get", "merge.masthead.driver").exitCode()).isNotZero();
        assertThat(repo.read(".git/config")).isEqualTo(config);
        assertThat(repo.setup("--undo")).isZero();
    }

    @Test
    void undoDeletesAnAttributesFileThatHeldOnlyTheDriver() throws Exception {
        GitFixture repo = new GitFixture(dir);
        assertThat(repo.setup()).isZero();
        assertThat(dir.resolve(".gitattributes")).exists();
        assertThat(repo.setup("--undo")).isZero();
        assertThat(dir.resolve(".gitattributes")).doesNotExist();
    }

    @Test
    void outsideARepositoryItSaysSoInOneLine() {
        StringWriter err = new StringWriter();
        int code = MastheadCommand.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "git-setup", dir.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("masthead: " + dir + " is not inside a git work tree. Run 'git init' or"
                + " clone the repository first." + System.lineSeparator());
    }

    @Test
    void theDefaultLauncherRunsThisMasthead() {
        String launcher = GitSetupCommand.launcher();
        if (!launcher.equals("masthead")) {
            assertThat(launcher).contains(System.getProperty("java.home")).contains("-XX:TieredStopAtLevel=1");
        }
        assertThat(GitSetupCommand.quote("it's")).isEqualTo("'it'\\''s'");
    }
}
