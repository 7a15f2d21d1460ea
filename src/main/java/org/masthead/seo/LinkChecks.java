package org.masthead.seo;

import java.util.ArrayList;
import java.util.List;

/**
 * The link checks between an article and the rest of its folder that {@link SiteLinkChecks}
 * leaves out: a {@code #fragment} must name a heading (or HTML id) of the page it points into,
 * and an article must be linked to by another and link to another (orphans and dead ends, as
 * Yoast's and Screaming Frog's audits count them: links written in articles, not the listings a
 * theme generates). On a generator's site a link is a body link or a related article; in the
 * reference format, whose bodies the site links through {@code related_articleN}, a related
 * article. List pages (a section's {@code _index.md}, the home page) and unpublished pages are
 * not judged for orphans, and a link from an unpublished page does not count; in a folder where
 * no article links to another, no page is (the site links only through its listings).
 */
final class LinkChecks {
    private static final int IDS_SHOWN = 5;

    private LinkChecks() {
    }

    static void run(ArticleFacts self, FolderContext ctx, SiteLinkChecks.Sink out) {
        boolean sited = ctx.linksKnown() && self.sited();
        if (sited) {
            anchors(self, ctx, out);
            if (!self.noindex() && !SiteLinkChecks.unpublished(self, ctx)) {
                noindexTargets(self, ctx, out);
            }
        }
        if ((sited || ctx.rules().reference() && !self.sited()) && ctx.anyLinks() && !listPage(self.path())
                && !SiteLinkChecks.unpublished(self, ctx)) {
            orphan(self, ctx, out, sited);
        }
    }

    private static void anchors(ArticleFacts self, FolderContext ctx, SiteLinkChecks.Sink out) {
        for (ArticleFacts.Link link : self.links()) {
            if (link.fragment().isEmpty()) {
                continue;
            }
            ArticleFacts target = null;
            for (String key : link.keys()) {
                for (ArticleFacts t : ctx.withKey(key)) {
                    if (t.path().equals(self.path())) {
                        target = self; // the open article's own headings as typed, not as last indexed
                    } else if (target == null) {
                        target = t;
                    }
                }
            }
            if (target == null || !target.sited() || target.anchors().contains(HeadingIds.OPEN)
                    || target.anchors().contains(link.fragment())) {
                continue;
            }
            List<String> ids = target.anchors();
            String known = ids.isEmpty() ? "it has no headings"
                    : "its ids are " + String.join(", ", ids.subList(0, Math.min(IDS_SHOWN, ids.size())))
                    + (ids.size() > IDS_SHOWN ? " and " + (ids.size() - IDS_SHOWN) + " more" : "");
            String page = target == self ? "this page" : target.path();
            out.add(Checks.LINK_ANCHOR, Severity.ERROR, "", link.line(), "the body links to " + link.shown()
                    + ", but no heading of " + page + " has the id '" + link.fragment() + "' (" + known
                    + "); correct the #fragment to the heading's id.", null);
        }
    }

    /** Links from this indexed page to pages that ask not to be indexed (drafts are {@code link-draft}'s). */
    private static void noindexTargets(ArticleFacts self, FolderContext ctx, SiteLinkChecks.Sink out) {
        for (ArticleFacts.Link link : self.links()) {
            for (String key : link.keys()) {
                ArticleFacts target = ctx.withKey(key).stream().filter(t -> !t.path().equals(self.path()))
                        .findFirst().orElse(null);
                if (target != null) {
                    if (target.noindex()) {
                        out.add(Checks.INDEX_NOINDEX_LINKED, Severity.WARNING, "", link.line(), "the body links to "
                                + link.shown() + " (" + target.path() + "), which asks search engines not to index "
                                + "it (noindex): readers can follow the link, search engines will not. Link to an "
                                + "indexed page, or drop noindex there.", null);
                    }
                    break;
                }
            }
        }
    }

    private static void orphan(ArticleFacts self, FolderContext ctx, SiteLinkChecks.Sink out, boolean sited) {
        boolean linksOut = self.relatedIds().stream().anyMatch(id -> !id.isBlank() && !id.equals(self.id()));
        for (int i = 0; sited && !linksOut && i < self.links().size(); i++) {
            for (String key : self.links().get(i).keys()) {
                for (ArticleFacts t : ctx.withKey(key)) {
                    linksOut |= !t.path().equals(self.path());
                }
            }
        }
        List<ArticleFacts> from = new ArrayList<>(ctx.listing(self.id()));
        if (sited) {
            for (String key : FolderContext.keysOf(self)) {
                from.addAll(ctx.linking(key));
            }
        }
        boolean linkedIn = from.stream().anyMatch(a -> !a.path().equals(self.path())
                && !SiteLinkChecks.unpublished(a, ctx));
        String how = sited ? "links in its body or related articles" : "related articles";
        if (!linkedIn) {
            out.add(Checks.LINK_ORPHAN, Severity.WARNING, "", 1, "no other article of the folder links here ("
                    + how + "), so readers and search engines find it only through listings; link to it from an "
                    + "article on a related topic.", null);
        }
        if (!linksOut) {
            out.add(Checks.LINK_NO_OUTBOUND, Severity.WARNING, "", 1, "this article links to no other article of "
                    + "the folder (" + how + "); add a link to an article on a related topic.", null);
        }
    }

    /** A section's list page or the site's home page: their links are the listing itself. */
    static boolean listPage(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.startsWith("_index.") || SitePage.pageKey(path).isEmpty();
    }
}
