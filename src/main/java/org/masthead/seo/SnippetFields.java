package org.masthead.seo;

import org.masthead.document.Document;

/**
 * What a search snippet shows of one article, read through the folder's field mapping: the SEO
 * title (or the title where the site has no separate one), the description and the page's real
 * address ({@link SeoChecker#pageUrl}).
 */
public record SnippetFields(String title, String description, String url) {
    public static SnippetFields of(String path, Document doc, SeoRules rules) {
        ArticleFields view = ArticleFields.of(doc, rules);
        SeoRules.FieldNames f = rules.fields();
        String title = view.string(f.seoTitle()).filter(s -> !s.isBlank()).or(() -> view.string(f.title())).orElse("");
        String description = view.string(f.description()).orElse("");
        return new SnippetFields(title, description, SeoChecker.pageUrl(path, doc, rules));
    }

    /** The address as a results page prints it: the host, then the path's segments joined by › . */
    public String breadcrumb() {
        String u = url.strip();
        String host = "";
        int scheme = u.indexOf("://");
        if (scheme >= 0) {
            String rest = u.substring(scheme + 3);
            int slash = rest.indexOf('/');
            host = slash < 0 ? rest : rest.substring(0, slash);
            u = slash < 0 ? "" : rest.substring(slash);
        }
        StringBuilder out = new StringBuilder(host);
        for (String part : u.split("/")) {
            if (!part.isEmpty()) {
                out.append(out.length() == 0 ? "" : " › ").append(part);
            }
        }
        return out.toString();
    }
}
