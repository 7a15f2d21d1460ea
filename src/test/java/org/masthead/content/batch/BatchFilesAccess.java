package org.masthead.content.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Lets tests of other packages leave a journal as a killed batch would. */
public final class BatchFilesAccess {
    private BatchFilesAccess() {
    }

    public static Path journal(Path root, String title, Instant time, List<FileChange> changes) throws IOException {
        return BatchJournal.write(root.toAbsolutePath().normalize(), title, time, changes);
    }
}
