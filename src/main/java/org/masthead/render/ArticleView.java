package org.masthead.render;

import java.util.List;

/**
 * What an article page shows, as plain text; any part may be null or blank and is then left out
 * (a file from another tool may have only a body).
 */
public record ArticleView(String title, String date, String dateFormat, String postOnText, String question,
                          String markdown, List<RelatedLink> related) {
    public ArticleView {
        related = related == null ? List.of() : List.copyOf(related);
    }

    /** A page with only a body. */
    public static ArticleView ofMarkdown(String markdown) {
        return new ArticleView(null, null, null, null, null, markdown, List.of());
    }
}
