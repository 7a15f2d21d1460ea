package org.masthead.content.batch;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A batch as it was applied: what {@link BatchFiles#undoOf} needs to turn it back, and when, so
 * that an Undo can say which change it reverts.
 */
public record AppliedBatch(String title, List<FileChange> changes, Instant appliedAt) {
    public AppliedBatch {
        Objects.requireNonNull(title, "title");
        changes = List.copyOf(changes);
        Objects.requireNonNull(appliedAt, "appliedAt");
    }
}
