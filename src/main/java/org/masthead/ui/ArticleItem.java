package org.masthead.ui;

import java.nio.file.Path;

/** One row of the article list: what the list needs, nothing of the body. */
public record ArticleItem(Path path, String title, String problem) {
    public boolean hasProblem() {
        return problem != null;
    }

    public String label() {
        return title == null || title.isBlank() ? path.getFileName().toString() : title;
    }
}
