package org.masthead.seo;

import java.util.List;
import org.masthead.document.Document;

/**
 * The few values of one article that other articles' checks need: enough to find duplicates and
 * to resolve related-article links. Small on purpose, so a folder index can keep one per article
 * for 100,000 articles. Absent values are empty strings.
 *
 * @param path       the article's path relative to the content folder, with {@code /}
 * @param relatedIds ids of the articles it lists as related, in order
 */
public record ArticleFacts(String path, String id, String title, String description, String url,
                           String subject, List<String> relatedIds) {
    public ArticleFacts {
        relatedIds = List.copyOf(relatedIds);
    }

    public static ArticleFacts of(String path, Document doc, SeoRules rules) {
        return of(path, ArticleFields.of(doc, rules));
    }

    static ArticleFacts of(String path, ArticleFields view) {
        SeoRules.FieldNames f = view.rules.fields();
        return new ArticleFacts(path, view.stripped(f.id()), view.stripped(f.title()), view.stripped(f.description()),
                view.stripped(f.url()), view.stripped(f.subject()),
                view.related().stream().map(ArticleFields.Related::id).toList());
    }
}
