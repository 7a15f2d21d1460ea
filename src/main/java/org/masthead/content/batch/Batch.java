package org.masthead.content.batch;

import java.util.List;
import java.util.Objects;

/**
 * A folder-wide change as the user previews and applies it: a title that says what it does
 * ("Rename tag go to golang") and the files it changes. Files whose bytes would not change are
 * left out, so a preview lists only what moves.
 */
public record Batch(String title, List<FileChange> changes) {
    public Batch {
        Objects.requireNonNull(title, "title");
        changes = changes.stream().filter(c -> !c.isEmpty()).toList();
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
