package org.masthead.seo;

import java.util.List;
import org.masthead.document.Document;

/**
 * The few values of one article that other articles' checks need: enough to find duplicates,
 * to resolve related-article links and, on a generator's site, body links and aliases. Small on
 * purpose, so a folder index can keep one per article for 100,000 articles. Absent values are
 * empty strings.
 *
 * @param path       the article's path relative to the content folder, with {@code /}
 * @param url        the page's URL: the url field, or on a generator's site the URL it publishes the page at
 * @param relatedIds ids of the articles it lists as related, in order
 * @param seoTitle   the separate SEO title, "" when the site has none apart from the title
 * @param draft      whether the site does not publish it (a draft, or not yet published)
 * @param expiryDate when the site stops publishing it, as written; "" for never
 * @param aliases    the other URLs that redirect to it
 * @param links      the links its body makes to pages of the folder
 * @param sited      whether url, aliases and links were worked out for a generator's site; facts
 *                   without them (from the folder index) leave the link checks out
 * @param keyphrase  the focus keyphrase its keyphrase field sets, "" for none (a keyword standing
 *                   in for one is not compared between articles)
 * @param anchors    the ids a link's {@code #fragment} may name on this page ({@link HeadingIds}); holds
 *                   {@link HeadingIds#OPEN} when they cannot all be known, and is empty when not sited
 * @param noindex    whether the page asks search engines not to index it ({@code noindex: true}, or
 *                   {@code robots} naming {@code noindex})
 */
public record ArticleFacts(String path, String id, String title, String description, String url,
                           String subject, List<String> relatedIds, String seoTitle, boolean draft,
                           String expiryDate, List<String> aliases, List<Link> links, boolean sited,
                           String keyphrase, List<String> anchors, boolean noindex) {
    /**
     * A body link: the lookup keys any of which resolves it, the target as written, its line, and
     * its {@code #fragment}, percent-decoded ("" for none).
     */
    public record Link(List<String> keys, String shown, int line, String fragment) {
        public Link {
            keys = List.copyOf(keys);
        }

        public Link(List<String> keys, String shown, int line) {
            this(keys, shown, line, "");
        }
    }

    public ArticleFacts {
        java.util.Objects.requireNonNull(keyphrase, "keyphrase");
        relatedIds = List.copyOf(relatedIds);
        aliases = List.copyOf(aliases);
        links = List.copyOf(links);
        anchors = List.copyOf(anchors);
    }

    /** Facts without a focus keyphrase, heading ids or an indexing choice. */
    public ArticleFacts(String path, String id, String title, String description, String url, String subject,
                        List<String> relatedIds, String seoTitle, boolean draft, String expiryDate,
                        List<String> aliases, List<Link> links, boolean sited) {
        this(path, id, title, description, url, subject, relatedIds, seoTitle, draft, expiryDate, aliases, links, sited,
                "", List.of(), false);
    }

    /** Facts known without the article's site: no SEO title apart, drafts, aliases or links. */
    public ArticleFacts(String path, String id, String title, String description, String url, String subject,
                        List<String> relatedIds) {
        this(path, id, title, description, url, subject, relatedIds, "", false, "", List.of(), List.of(), false);
    }

    public static ArticleFacts of(String path, Document doc, SeoRules rules) {
        ArticleFields view = ArticleFields.of(doc, rules);
        return of(path, view.at(path, view.body, view.bodyLine));
    }

    /** The fields sites and SEO plugins use to keep a page out of search engines. */
    static boolean noindex(ArticleFields view) {
        for (String name : java.util.List.of("noindex", "no_index", "seo.noindex", "robots", "seo.robots", "meta_robots")) {
            String value = view.stripped(name).toLowerCase(java.util.Locale.ROOT);
            if (value.equals("true") && !name.contains("robots") || value.contains("noindex")) {
                return true;
            }
        }
        return false;
    }

    static ArticleFacts of(String path, ArticleFields view) {
        SeoRules.FieldNames f = view.rules.fields();
        SitePage page = view.page();
        boolean sited = view.rules.site() != null && !view.rules.reference();
        return new ArticleFacts(path, view.stripped(f.id()), view.stripped(f.title()), view.stripped(f.description()),
                sited ? page.url() : view.stripped(f.url()), view.stripped(f.subject()),
                view.related().stream().map(ArticleFields.Related::id).toList(),
                f.seoTitle().isEmpty() ? "" : view.stripped(f.seoTitle()),
                page.placement() == org.masthead.content.site.Placement.DRAFT,
                f.expiryDate().isEmpty() ? "" : view.stripped(f.expiryDate()),
                page.aliases(), page.links(), sited, keyphrase(view), page.anchors(), noindex(view));
    }

    private static String keyphrase(ArticleFields view) {
        if (!view.rules.text().enabled()) {
            return "";
        }
        KeyphraseChecks.Focus focus = KeyphraseChecks.focus(view, false);
        return focus == null ? "" : focus.text();
    }
}
