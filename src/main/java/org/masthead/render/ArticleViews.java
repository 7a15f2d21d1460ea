package org.masthead.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.masthead.document.Document;
import org.masthead.document.KeyPath;

/** Reads what a page shows from a document's front matter and Markdown. */
public final class ArticleViews {
    private static final Pattern RELATED_KEY = Pattern.compile("related_article\\d+");

    private ArticleViews() {
    }

    /**
     * The view of {@code doc}: {@code title} (or {@code article_title}), {@code date},
     * {@code date_format}, {@code post_on_text}, {@code question}, the Markdown, and the
     * {@code related_articleN} maps in file order. Missing fields are null.
     */
    public static ArticleView of(Document doc) {
        return of(doc, doc.markdown());
    }

    /**
     * The view of {@code doc}'s fields with {@code markdown} as the article. The editor's text can
     * be shown before it is encoded into the document, which for a 1 MB {@code answer} takes a
     * re-parse of the front matter that the preview does not need.
     */
    public static ArticleView of(Document doc, String markdown) {
        String title = string(doc, "title");
        if (title == null) {
            title = string(doc, "article_title");
        }
        return new ArticleView(title, string(doc, "date"), string(doc, "date_format"), string(doc, "post_on_text"),
                string(doc, "question"), markdown, related(doc));
    }

    private static List<RelatedLink> related(Document doc) {
        List<RelatedLink> links = new ArrayList<>();
        for (String key : doc.root().entries().keySet()) {
            if (RELATED_KEY.matcher(key).matches()) {
                String id = doc.getString(KeyPath.of(key, "id")).orElse(null);
                String title = doc.getString(KeyPath.of(key, "title")).orElse(null);
                String url = doc.getString(KeyPath.of(key, "url")).orElse(null);
                if (id != null || title != null || url != null) {
                    links.add(new RelatedLink(id, title, url));
                }
            }
        }
        return links;
    }

    private static String string(Document doc, String key) {
        return doc.getString(KeyPath.of(key)).orElse(null);
    }
}
