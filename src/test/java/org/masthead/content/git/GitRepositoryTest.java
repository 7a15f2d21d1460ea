package org.masthead.content.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.git.GitRepository.State;

class GitRepositoryTest {
    @TempDir
    Path dir;

    private void git(String... args) throws Exception {
        SystemGit.Run run = SystemGit.run(dir, args);
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private Path repo() throws Exception {
        git("init", "-q", "-b", "drafts");
        git("config", "user.email", "editor@example.org");
        git("config", "user.name", "The Editor");
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("content/a.md"), "---\ntitle: A\n---\n");
        Files.writeString(dir.resolve("content/b.md"), "---\ntitle: B\n---\n");
        Files.writeString(dir.resolve("outside.md"), "x");
        git("add", "-A");
        git("commit", "-q", "-m", "base");
        return dir.resolve("content");
    }

    @Test
    void statusNamesEachChangedFileOfTheFolderAndTheBranch() throws Exception {
        Path content = repo();
        Files.writeString(content.resolve("a.md"), "---\ntitle: A2\n---\n");
        Files.writeString(content.resolve("c.md"), "---\ntitle: C\n---\n");
        Files.writeString(dir.resolve("outside.md"), "y");
        try (GitRepository repo = GitRepository.find(content).orElseThrow()) {
            GitRepository.Snapshot s = repo.status();
            assertThat(s.branch()).isEqualTo("drafts");
            assertThat(s.stateOf(content.resolve("a.md"))).isEqualTo(State.MODIFIED);
            assertThat(s.stateOf(content.resolve("b.md"))).isEqualTo(State.UNCHANGED);
            assertThat(s.stateOf(content.resolve("c.md"))).isEqualTo(State.NEW);
            assertThat(s.changed()).doesNotContainKey(dir.resolve("outside.md").toAbsolutePath().normalize());
            assertThat(repo.headVersion(content.resolve("a.md"))).hasValueSatisfying(
                    bytes -> assertThat(new String(bytes)).isEqualTo("---\ntitle: A\n---\n"));
            assertThat(repo.headVersion(content.resolve("c.md"))).isEmpty();
        }
    }

    @Test
    void aCommitTakesOnlyTheChosenFilesWithTheConfiguredAuthor() throws Exception {
        Path content = repo();
        Files.writeString(content.resolve("a.md"), "---\ntitle: A2\n---\n");
        Files.writeString(content.resolve("b.md"), "---\ntitle: B2\n---\n");
        Files.writeString(content.resolve("c.md"), "---\ntitle: C\n---\n");
        try (GitRepository repo = GitRepository.find(content).orElseThrow()) {
            repo.commit(List.of(content.resolve("a.md"), content.resolve("c.md")), "Retitle A, add C");
            GitRepository.Snapshot s = repo.status();
            assertThat(s.stateOf(content.resolve("a.md"))).isEqualTo(State.UNCHANGED);
            assertThat(s.stateOf(content.resolve("c.md"))).isEqualTo(State.UNCHANGED);
            assertThat(s.stateOf(content.resolve("b.md"))).isEqualTo(State.MODIFIED);
        }
        SystemGit.Run log = SystemGit.run(dir, "log", "-1", "--format=%an <%ae>|%s", "--name-only");
        assertThat(log.out()).isEqualTo("The Editor <editor@example.org>|Retitle A, add C\n\ncontent/a.md\ncontent/c.md\n");
    }

    @Test
    void aFolderOutsideAnyRepositoryHasNone() throws Exception {
        assertThat(GitRepository.find(dir)).isEmpty();
    }
}
