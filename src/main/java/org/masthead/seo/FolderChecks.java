package org.masthead.seo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The checks that look beyond the article: related-article links and folder-wide duplicates. */
final class FolderChecks {
    private static final int NAMES_SHOWN = 3;

    private final FolderContext ctx;
    private final SeoRules rules;
    private final List<Finding> out = new ArrayList<>();

    private FolderChecks(FolderContext ctx) {
        this.ctx = ctx;
        this.rules = ctx.rules();
    }

    /**
     * @param self    this article's facts; its path tells it apart from the others in {@code ctx}
     * @param related its related-article maps
     * @param lines   the line of a field by dotted path
     */
    static List<Finding> run(ArticleFacts self, List<ArticleFields.Related> related, Function<String, Integer> lines,
            FolderContext ctx) {
        FolderChecks checks = new FolderChecks(ctx);
        checks.related(self, related);
        if (ctx.folderKnown()) {
            SeoRules.FieldNames f = ctx.rules().fields();
            checks.duplicates(Checks.DUPLICATE_ID, Severity.ERROR, f.id(), self, ctx.withId(self.id()), lines);
            checks.duplicates(Checks.DUPLICATE_TITLE, Severity.WARNING, f.title(), self, ctx.withTitle(self.title()),
                    lines);
            checks.duplicates(Checks.DUPLICATE_DESCRIPTION, Severity.WARNING, f.description(), self,
                    ctx.withDescription(self.description()), lines);
            checks.duplicates(Checks.DUPLICATE_URL, Severity.ERROR, self.sited() ? "" : f.url(), self,
                    ctx.withUrl(self.url()), lines);
            if (!self.seoTitle().isEmpty()) {
                checks.duplicates(Checks.DUPLICATE_SEO_TITLE, Severity.WARNING, f.seoTitle(), self,
                        ctx.withSeoTitle(self.seoTitle()), lines);
            }
            if (!self.keyphrase().isEmpty()) {
                checks.cannibalisation(self, lines);
            }
            if (ctx.linksKnown() && self.sited()) {
                SiteLinkChecks.run(self, f, lines, ctx, checks::add);
            }
            LinkChecks.run(self, ctx, checks::add);
        }
        return checks.out;
    }

    private void add(String check, Severity severity, String field, int line, String message, Fix fix) {
        if (rules.enabled(check)) {
            Finding finding = Finding.of(check, rules.severity(check, severity), field, line, message);
            out.add(fix == null ? finding : finding.withFix(fix));
        }
    }

    private void related(ArticleFacts self, List<ArticleFields.Related> related) {
        Set<String> seen = new HashSet<>();
        for (ArticleFields.Related r : related) {
            String key = !r.id().isEmpty() ? "id:" + r.id() : "url:" + FolderContext.normalUrl(r.url());
            boolean isSelf = !r.id().isEmpty() ? r.id().equals(self.id())
                    : !r.url().isEmpty() && FolderContext.normalUrl(r.url()).equals(FolderContext.normalUrl(self.url()));
            if (isSelf) {
                add(Checks.RELATED_SELF, Severity.WARNING, r.field(), r.line(), r.field()
                        + " points at this article itself; remove it or pick another article.", Fix.remove(r.field()));
                continue;
            }
            if (!key.equals("url:") && !seen.add(key)) {
                add(Checks.RELATED_DUPLICATE, Severity.WARNING, r.field(), r.line(), r.field()
                        + " repeats an article listed above it (" + describe(r) + "); remove it.", Fix.remove(r.field()));
                continue;
            }
            if (ctx.folderKnown()) {
                resolve(self, r);
            }
        }
    }

    private void resolve(ArticleFacts self, ArticleFields.Related r) {
        List<ArticleFacts> same = !r.id().isEmpty() ? ctx.withId(r.id()) : ctx.withUrl(r.url());
        List<ArticleFacts> targets = others(self, same).first();
        if (r.id().isEmpty() && r.url().isEmpty()) {
            add(Checks.RELATED_MISSING, Severity.ERROR, r.field(), r.line(), r.field()
                    + " has neither id nor url; give the id and url of an article in this folder.", null);
        } else if (targets.isEmpty()) {
            add(Checks.RELATED_MISSING, Severity.ERROR, r.field(), r.line(), r.field() + " points at " + describe(r)
                    + ", which is not in this folder; fix the link or remove it.", null);
        } else if (!r.id().isEmpty()) {
            String url = targets.get(0).url();
            if (!url.isEmpty() && !FolderContext.normalUrl(url).equals(FolderContext.normalUrl(r.url()))) {
                String field = r.field() + ".url";
                add(Checks.RELATED_URL, Severity.ERROR, field, r.urlLine(), field + " '" + r.url()
                        + "' is not the url of article " + r.id() + " (" + targets.get(0).path() + "), which is '"
                        + url + "'.", Fix.set(field, url));
            }
        }
    }

    /** Another article aims at the same keyphrase: the two compete for the same searches. */
    private void cannibalisation(ArticleFacts self, Function<String, Integer> lines) {
        Others others = others(self, ctx.withKeyphrase(self.keyphrase()));
        if (others.isEmpty()) {
            return;
        }
        String field = rules.fields().keyphrase();
        int line = lines.apply(field);
        if (line <= 1) {
            field = KeyphraseChecks.FOCUS_KEYWORD;
            line = lines.apply(field);
        }
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < others.first().size(); i++) {
            names.append(i == 0 ? "" : ", ").append(others.first().get(i).path());
        }
        if (others.count() > NAMES_SHOWN) {
            names.append(" and ").append(others.count() - NAMES_SHOWN).append(" more");
        }
        add(Checks.KEYPHRASE_DUPLICATE, Severity.WARNING, field, line, "the keyphrase '" + self.keyphrase()
                + "' is also the focus keyphrase of " + names + "; the articles compete for the same searches. "
                + "Give each its own keyphrase, or merge them.", null);
    }

    private static String describe(ArticleFields.Related r) {
        return !r.id().isEmpty() ? "id " + r.id() : "url " + r.url();
    }

    private void duplicates(String check, Severity severity, String field, ArticleFacts self, List<ArticleFacts> same,
            Function<String, Integer> lines) {
        Others others = others(self, same);
        if (others.isEmpty()) {
            return;
        }
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < others.first().size(); i++) {
            names.append(i == 0 ? "" : ", ").append(others.first().get(i).path());
        }
        if (others.count() > NAMES_SHOWN) {
            names.append(" and ").append(others.count() - NAMES_SHOWN).append(" more");
        }
        String what = field.isEmpty() ? "the page's URL " + self.url() : field;
        add(check, severity, field, field.isEmpty() ? 1 : lines.apply(field), what + " is the same as in " + names
                + "; each article needs its own " + (field.isEmpty() ? "URL" : field) + ".", null);
    }

    /** The first few articles of {@code same} that are not {@code self}, and how many there are in all. */
    private record Others(List<ArticleFacts> first, int count) {
        boolean isEmpty() {
            return count == 0;
        }
    }

    private static Others others(ArticleFacts self, List<ArticleFacts> same) {
        // a draft is not published, so it shares nothing with the pages that are
        if (self.draft()) {
            return new Others(List.of(), 0);
        }
        List<ArticleFacts> first = new ArrayList<>(NAMES_SHOWN);
        int count = 0;
        for (ArticleFacts a : same) {
            if (!a.draft() && !a.path().equals(self.path())) {
                count++;
                if (first.size() < NAMES_SHOWN) {
                    first.add(a);
                } else if (same instanceof FolderContext.Group group) {
                    return new Others(first, group.publishedOtherThan(self.path()));
                }
            }
        }
        return new Others(first, count);
    }
}
