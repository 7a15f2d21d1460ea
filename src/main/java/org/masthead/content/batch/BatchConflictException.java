package org.masthead.content.batch;

import java.nio.file.Path;
import java.util.List;

/**
 * A batch was refused before anything was written: the files listed no longer hold the bytes the
 * batch was planned against (edited or removed since), or a move's target is taken. The caller
 * can plan again, or ask the user.
 */
public final class BatchConflictException extends Exception {
    private final List<Path> files;

    public BatchConflictException(String message, List<Path> files) {
        super(message);
        this.files = List.copyOf(files);
    }

    /** The files that changed since the batch was planned, and the move targets that exist. */
    public List<Path> files() {
        return files;
    }
}
