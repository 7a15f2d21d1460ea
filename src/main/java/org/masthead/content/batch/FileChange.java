package org.masthead.content.batch;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * One file of a folder-wide change: the file, its bytes as they were read when the change was
 * planned, where it ends up, and the bytes it gets there. {@code target} equals {@code file} for
 * an edit in place; a rename or move names another path. The bytes it was planned against are
 * kept so that applying can refuse a file that changed since.
 */
public record FileChange(Path file, byte[] before, Path target, byte[] after) {
    public FileChange {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(after, "after");
    }

    /** An edit in place. */
    public static FileChange edit(Path file, byte[] before, byte[] after) {
        return new FileChange(file, before, file, after);
    }

    /** A rename or move, with the moved file's new bytes (equal to {@code before} when only the name changes). */
    public static FileChange move(Path file, byte[] before, Path target, byte[] after) {
        return new FileChange(file, before, target, after);
    }

    public boolean isMove() {
        return !file.equals(target);
    }

    /** True when applying it would change nothing on disk. */
    public boolean isEmpty() {
        return !isMove() && Arrays.equals(before, after);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FileChange c && file.equals(c.file) && target.equals(c.target)
                && Arrays.equals(before, c.before) && Arrays.equals(after, c.after);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, target, Arrays.hashCode(before), Arrays.hashCode(after));
    }

    @Override
    public String toString() {
        return isMove() ? "move " + file + " -> " + target : "edit " + file;
    }
}
