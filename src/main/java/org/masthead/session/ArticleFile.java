package org.masthead.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.masthead.document.AtomicFiles;
import org.masthead.document.Document;

/** Writing an article's file, never over a change made on disk since it was loaded. */
public final class ArticleFile {
    private ArticleFile() {
    }

    /** Thrown when the file changed on disk since it was loaded or saved. */
    public static final class ChangedOnDisk extends IOException {
        public final String diskText;

        public ChangedOnDisk(Path path, String diskText) {
            super(path.getFileName() + " changed on disk since it was opened.");
            this.diskText = diskText;
        }
    }

    /**
     * Writes {@code snapshot} atomically, unless the file on disk is no longer what was loaded or
     * last saved (and {@code overwrite} is false); a null {@code saved} always asks. IO: call it
     * off the FX thread.
     */
    public static void write(Path path, Document saved, Document snapshot, boolean overwrite) throws IOException {
        byte[] onDisk = Files.readAllBytes(path);
        if (!overwrite && (saved == null || !Arrays.equals(onDisk, saved.toBytes()))) {
            throw new ChangedOnDisk(path, new String(onDisk, StandardCharsets.UTF_8));
        }
        AtomicFiles.write(path, snapshot.toBytes());
    }
}
