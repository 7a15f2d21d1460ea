package org.masthead.content.git;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.CommitCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.StatusCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The git repository a content folder lives in, read through JGit: the state of each file, the
 * branch, a file as the last commit holds it, and commits of chosen files. Status reads every
 * file's attributes (1–2 s of CPU for 100,000 files), so callers run it off the FX thread and
 * keep the {@link Snapshot}.
 *
 * <pre>{@code
 * try (GitRepository repo = GitRepository.find(folder).orElseThrow()) {
 *     GitRepository.Snapshot s = repo.status();
 *     s.stateOf(file);   // MODIFIED
 * }
 * }</pre>
 */
public final class GitRepository implements AutoCloseable {
    /** What git says of a file against the last commit. */
    public enum State { UNCHANGED, MODIFIED, NEW, CONFLICTED }

    /** The states of the folder's changed files (absolute paths; any other file is unchanged) and the branch. */
    public record Snapshot(String branch, Map<Path, State> changed) {
        public static final Snapshot NONE = new Snapshot("", Map.of());

        public State stateOf(Path file) {
            return changed.getOrDefault(file.toAbsolutePath().normalize(), State.UNCHANGED);
        }
    }

    static {
        // JGit logs through SLF4J, and Masthead ships no SLF4J provider: without this, SLF4J says
        // so on stderr at the first use, in the window's terminal and in every command's output.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
    }

    private final Repository repository;
    private final Git git;
    private final Path workTree;
    private final Path folder;

    private GitRepository(Repository repository, Path folder) {
        this.repository = repository;
        this.git = new Git(repository);
        this.workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
        this.folder = folder;
    }

    /** The repository whose work tree holds {@code folder}; empty when there is none. */
    public static Optional<GitRepository> find(Path folder) throws IOException {
        Path dir = folder.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        Repository repository = builder.setMustExist(true).build();
        if (repository.isBare()) {
            repository.close();
            return Optional.empty();
        }
        return Optional.of(new GitRepository(repository, dir));
    }

    public Path workTree() {
        return workTree;
    }

    /** The branch's short name, or the commit's abbreviated id when no branch is checked out. */
    public String branch() throws IOException {
        String branch = repository.getBranch();
        return branch == null ? "" : branch;
    }

    /** The state of every changed file under the folder. */
    public Snapshot status() throws IOException {
        StatusCommand command = git.status();
        String prefix = relative(folder);
        if (!prefix.isEmpty()) {
            command.addPath(prefix);
        }
        Status status;
        try {
            status = command.call();
        } catch (GitAPIException e) {
            throw new IOException("git status failed: " + e.getMessage(), e);
        }
        Map<Path, State> changed = new HashMap<>();
        put(changed, status.getModified(), State.MODIFIED);
        put(changed, status.getChanged(), State.MODIFIED);
        put(changed, status.getRemoved(), State.MODIFIED);
        put(changed, status.getMissing(), State.MODIFIED);
        put(changed, status.getUntracked(), State.NEW);
        put(changed, status.getAdded(), State.NEW);
        put(changed, status.getConflicting(), State.CONFLICTED);
        return new Snapshot(branch(), Map.copyOf(changed));
    }

    /**
     * {@code old} brought up to date for {@code files} alone (what the folder watcher saw change):
     * git compares only those paths, so a change costs about the same in a folder of any size.
     */
    public Snapshot refresh(Snapshot old, Collection<Path> files) throws IOException {
        if (files.isEmpty()) {
            return old;
        }
        StatusCommand command = git.status();
        files.forEach(file -> command.addPath(relative(file)));
        Status status;
        try {
            status = command.call();
        } catch (GitAPIException e) {
            throw new IOException("git status failed: " + e.getMessage(), e);
        }
        Map<Path, State> changed = new HashMap<>(old.changed());
        List<Path> asked = files.stream().map(file -> file.toAbsolutePath().normalize()).toList();
        // a folder the watcher names stands for everything under it
        changed.keySet().removeIf(path -> asked.stream().anyMatch(path::startsWith));
        put(changed, status.getModified(), State.MODIFIED);
        put(changed, status.getChanged(), State.MODIFIED);
        put(changed, status.getRemoved(), State.MODIFIED);
        put(changed, status.getMissing(), State.MODIFIED);
        put(changed, status.getUntracked(), State.NEW);
        put(changed, status.getAdded(), State.NEW);
        put(changed, status.getConflicting(), State.CONFLICTED);
        return new Snapshot(branch(), Map.copyOf(changed));
    }

    private void put(Map<Path, State> into, Set<String> paths, State state) {
        for (String path : paths) {
            into.put(workTree.resolve(path).normalize(), state);
        }
    }

    /** {@code file}'s bytes in the last commit; empty when it was not in it (or there is no commit yet). */
    public Optional<byte[]> headVersion(Path file) throws IOException {
        ObjectId head = repository.resolve(Constants.HEAD);
        if (head == null) {
            return Optional.empty();
        }
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(head);
            try (TreeWalk tree = TreeWalk.forPath(repository, relative(file), commit.getTree())) {
                if (tree == null) {
                    return Optional.empty();
                }
                return Optional.of(repository.open(tree.getObjectId(0)).getBytes());
            }
        }
    }

    /**
     * Commits exactly {@code files} (changed, new or deleted) with {@code message}; other staged
     * changes stay staged. The author and committer come from the git config.
     */
    public String commit(List<Path> files, String message) throws IOException {
        try {
            CommitCommand commit = git.commit().setMessage(message);
            for (Path file : files) {
                String path = relative(file);
                if (file.toFile().exists()) {
                    git.add().addFilepattern(path).call();
                } else {
                    git.rm().addFilepattern(path).call();
                }
                commit.setOnly(path);
            }
            return commit.call().getId().abbreviate(7).name();
        } catch (GitAPIException | RuntimeException e) {
            throw new IOException("the commit was not made: " + e.getMessage(), e);
        }
    }

    /** Stages {@code file} as it is on disk: after its conflict is resolved, git takes it as merged. */
    public void stage(Path file) throws IOException {
        try {
            git.add().addFilepattern(relative(file)).call();
        } catch (GitAPIException e) {
            throw new IOException("git add failed: " + e.getMessage(), e);
        }
    }

    /** {@code file}'s path in the repository, with forward slashes. */
    public String relative(Path file) {
        Path rel = workTree.relativize(file.toAbsolutePath().normalize());
        return rel.toString().replace(File.separatorChar, '/');
    }

    @Override
    public void close() {
        repository.close();
    }
}
