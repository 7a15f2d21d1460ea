package org.masthead.seo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.masthead.content.Dates;

/**
 * The checks between the pages of a generator's site: body links to pages that do not exist or
 * are not published, drafts that published pages link to, and aliases (Hugo's {@code aliases},
 * Jekyll's {@code redirect_from}) that claim the URL of another page.
 */
final class SiteLinkChecks {
    /** Where a finding goes: check, usual severity, field, line, message. */
    interface Sink {
        void add(String check, Severity severity, String field, int line, String message, Fix fix);
    }

    private static final int NAMES_SHOWN = 3;

    private SiteLinkChecks() {
    }

    static void run(ArticleFacts self, SeoRules.FieldNames f, Function<String, Integer> lines, FolderContext ctx,
            Sink out) {
        boolean selfUnpublished = unpublished(self, ctx);
        if (!selfUnpublished) {
            for (ArticleFacts.Link link : self.links()) {
                link(self, link, ctx, out);
            }
        } else {
            Set<String> from = new LinkedHashSet<>();
            for (String key : FolderContext.keysOf(self)) {
                for (ArticleFacts a : ctx.linking(key)) {
                    if (!a.path().equals(self.path()) && !unpublished(a, ctx)) {
                        from.add(a.path());
                    }
                }
            }
            if (!from.isEmpty()) {
                String state = self.draft() ? "a draft" : "expired";
                out.add(Checks.LINK_DRAFT, Severity.INFO, "", 1, names(new ArrayList<>(from))
                        + (from.size() == 1 ? " links" : " link") + " here, but this page is " + state
                        + ": those links are dead until it is published.", null);
            }
        }
        for (String alias : self.aliases()) {
            for (ArticleFacts owner : ctx.withUrl(alias)) {
                if (!owner.path().equals(self.path())) {
                    out.add(Checks.ALIAS_TAKEN, Severity.ERROR, f.aliases(), lines.apply(f.aliases()), f.aliases()
                            + " lists " + alias + ", which is the URL of " + owner.path()
                            + "; the redirect would take that page's place. Remove it from " + f.aliases() + ".", null);
                    break;
                }
            }
        }
    }

    private static void link(ArticleFacts self, ArticleFacts.Link link, FolderContext ctx, Sink out) {
        List<ArticleFacts> targets = new ArrayList<>();
        for (String key : link.keys()) {
            targets.addAll(ctx.withKey(key));
        }
        if (targets.isEmpty()) {
            String first = link.keys().get(0);
            if (first.startsWith("u:") && !ctx.inKnownSection(first.substring(2))) {
                return; // a URL outside the folder's sections: a taxonomy, a file, another site's part
            }
            out.add(Checks.LINK_BROKEN, Severity.ERROR, "", link.line(), "the body links to " + link.shown()
                    + ", which is no page of this folder; fix the link or remove it.", null);
            return;
        }
        for (ArticleFacts t : targets) {
            if (t.path().equals(self.path()) || !unpublished(t, ctx)) {
                return;
            }
        }
        ArticleFacts t = targets.get(0);
        out.add(Checks.LINK_DRAFT, Severity.WARNING, "", link.line(), "the body links to " + link.shown() + " ("
                + t.path() + "), which is " + (t.draft() ? "a draft" : "expired")
                + "; the link is dead until that page is published.", null);
    }

    /** A draft, or past its expiry date. */
    static boolean unpublished(ArticleFacts a, FolderContext ctx) {
        if (a.draft()) {
            return true;
        }
        if (a.expiryDate().isEmpty()) {
            return false;
        }
        Optional<Dates.When> when = Dates.parse(a.expiryDate());
        if (when.isEmpty()) {
            return false;
        }
        Dates.When w = when.get();
        return w.instant() != null ? w.instant().isBefore(Instant.now(ctx.clock()))
                : w.day().isBefore(LocalDate.now(ctx.clock()));
    }

    private static String names(List<String> paths) {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < Math.min(NAMES_SHOWN, paths.size()); i++) {
            names.append(i == 0 ? "" : ", ").append(paths.get(i));
        }
        if (paths.size() > NAMES_SHOWN) {
            names.append(" and ").append(paths.size() - NAMES_SHOWN).append(" more");
        }
        return names.toString();
    }
}
