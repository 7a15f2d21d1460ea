package org.masthead.seo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One instance of each distinct finding among those given to it. The findings of a large folder
 * repeat: every article of a group that shares an SEO title gets the same message, and a title
 * of the same wrong length gets the same words in every article. A cache that keeps 100,000
 * articles' findings keeps each of these once. Safe for use from several threads; meant to live
 * for one check.
 */
final class Findings {
    private final Map<Finding, Finding> seen = new ConcurrentHashMap<>();
    private final Map<String, String> texts = new ConcurrentHashMap<>();

    /** {@code findings} with each replaced by the first equal finding seen, as an unmodifiable list. */
    List<Finding> all(List<Finding> findings) {
        if (findings.isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Finding first = seen.putIfAbsent(f, f);
            out.add(first == null ? f : first);
        }
        return List.copyOf(out);
    }

    /** The first string equal to {@code text} seen: subjects, SEO titles and field names repeat across articles. */
    String text(String text) {
        String first = texts.putIfAbsent(text, text);
        return first == null ? text : first;
    }

    /** {@code s} with its findings and its oft-repeated strings shared with the other results of this check. */
    SeoChecker.Scanned compact(SeoChecker.Scanned s) {
        ArticleFacts f = s.facts();
        if (f != null) {
            f = new ArticleFacts(f.path(), f.id(), f.title(), f.description(), f.url(), text(f.subject()),
                    f.relatedIds(), text(f.seoTitle()), f.draft(), text(f.expiryDate()), f.aliases(), f.links(),
                    f.sited(), text(f.keyphrase()), f.anchors(), f.noindex());
        }
        List<ArticleFields.Related> related = new ArrayList<>(s.related().size());
        for (ArticleFields.Related r : s.related()) {
            related.add(new ArticleFields.Related(text(r.field()), r.line(), r.id(), r.url(), r.urlLine()));
        }
        return new SeoChecker.Scanned(s.path(), all(s.findings()), f, List.copyOf(related), s.lines(), s.images());
    }
}
