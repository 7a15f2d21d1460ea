package org.masthead.seo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.masthead.seo.Severity.ERROR;
import static org.masthead.seo.Severity.INFO;
import static org.masthead.seo.Severity.WARNING;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.masthead.document.Document;

/**
 * The exact findings on the sample sites in {@code samples-sites/}, worked out by reading their
 * files (description lengths counted by hand, widths from the font's own tables), not copied from
 * the checker. Every title is under 60 characters and every description under 156 unless named.
 *
 * <p>The text checks, on by default: no page sets a keyphrase or keywords, so each judged page
 * (list pages and drafts included) gets {@code keyphrase-missing} as a note at line 1 and no other
 * keyphrase finding. Every body is a line or three, 1 to 24 words, so every page but a list page
 * gets {@code content-length}, reported where its body starts (the line after the front matter).
 * No body has a heading, a passive sentence or a sentence over 20 words. Flesch reading ease
 * (206.835 − 1.015 × words per sentence − 84.6 × syllables per word), syllables counted by the
 * README's rule, is over 60 on every body but Astro's third-post: "Start with binoculars." is 3
 * words and 1 + 1 + 4 = 6 syllables, 206.835 − 3.045 − 169.2 = 34.6. The lowest of the others are
 * "Check the weather first." and "No observing this week." (4 words; 5 and 6 syllables: 97.0 and
 * 75.9), and the two-word "Not ready.", "Mostly oak.", "Nothing yet." and "Coming soon." (3
 * syllables: 77.9).
 */
class SampleSitesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Path SITES = Path.of(System.getProperty("masthead.sampleSites", "samples-sites"));

    private static List<Tuple> findings(Path folder) throws Exception {
        FolderReport report = SeoChecker.checkFolder(folder, SeoConfig.load(folder), CLOCK);
        List<Tuple> actual = new ArrayList<>();
        report.findings().forEach((path, list) -> list.forEach(
                f -> actual.add(tuple(path, f.check(), f.severity(), f.field(), f.line()))));
        return actual;
    }

    /**
     * Hugo (hugo.toml, TOML and YAML front matter, archetypes/default.md asking for title, date and
     * description):
     * <ul>
     *   <li>install.md's alias /docs/setup/ is setup.md's own URL (line 6, the aliases key);</li>
     *   <li>setup.md's description is 186 characters (error), 1102 px wide (advice);</li>
     *   <li>cloudy-week.md has no description, which the archetype gives every page;</li>
     *   <li>comet-draft.md is a draft (so its missing description is not judged) that night-sky.md
     *       links to with relref on line 10; night-sky.md's line 11 links to a checklist.md that
     *       does not exist; its ref to first-light.md resolves, and the link in its fenced block is
     *       an example;</li>
     *   <li>the two _index.md list pages need only a title; docs/shared/ is a headless bundle and
     *       archetypes/ is not content, so none of those is judged; first-light.md's relative link
     *       to ../docs/install.md resolves.</li>
     *   <li>links between pages (body links; the list pages and the draft are not judged): setup.md
     *       links to no page, cloudy-week.md to none and none to it, and no page links to night-sky.md;
     *       install.md links to setup.md and is linked from first-light.md, which night-sky.md refs.</li>
     * </ul>
     * A dead body link is an error (line 11).
     */
    @Test
    void hugo() throws Exception {
        String k = "keyphrase-missing";
        String thin = "content-length";
        assertThat(findings(SITES.resolve("hugo"))).containsExactly(
                tuple("content/_index.md", k, INFO, "", 1),
                tuple("content/docs/_index.md", k, INFO, "", 1),
                tuple("content/docs/install.md", k, INFO, "", 1),
                tuple("content/docs/install.md", "alias-taken", ERROR, "aliases", 6),
                tuple("content/docs/install.md", thin, WARNING, "", 8),
                tuple("content/docs/setup.md", k, INFO, "", 1),
                tuple("content/docs/setup.md", "link-no-outbound", WARNING, "", 1),
                tuple("content/docs/setup.md", "seo-description-length", ERROR, "description", 4),
                tuple("content/docs/setup.md", "seo-description-width", INFO, "description", 4),
                tuple("content/docs/setup.md", thin, WARNING, "", 6),
                tuple("content/posts/_index.md", k, INFO, "", 1),
                tuple("content/posts/cloudy-week.md", k, INFO, "", 1),
                tuple("content/posts/cloudy-week.md", "link-no-outbound", WARNING, "", 1),
                tuple("content/posts/cloudy-week.md", "link-orphan", WARNING, "", 1),
                tuple("content/posts/cloudy-week.md", "required-field", WARNING, "description", 1),
                tuple("content/posts/cloudy-week.md", thin, WARNING, "", 6),
                tuple("content/posts/comet-draft.md", "draft", INFO, "", 1),
                tuple("content/posts/comet-draft.md", k, INFO, "", 1),
                tuple("content/posts/comet-draft.md", "link-draft", INFO, "", 1),
                tuple("content/posts/comet-draft.md", thin, WARNING, "", 6),
                tuple("content/posts/first-light.md", k, INFO, "", 1),
                tuple("content/posts/first-light.md", thin, WARNING, "", 8),
                tuple("content/posts/night-sky.md", k, INFO, "", 1),
                tuple("content/posts/night-sky.md", "link-orphan", WARNING, "", 1),
                tuple("content/posts/night-sky.md", thin, WARNING, "", 8),
                tuple("content/posts/night-sky.md", "link-draft", WARNING, "", 10),
                tuple("content/posts/night-sky.md", "link-broken", ERROR, "", 11));
    }

    /** The snippet's address is the page's real one: base URL and the posts permalink with the explicit slug. */
    @Test
    void hugoPageUrlsFollowTheConfig() throws Exception {
        Path site = SITES.resolve("hugo");
        SeoRules rules = SeoConfig.load(site);
        assertThat(SeoChecker.pageUrl("content/posts/first-light.md",
                Document.parse(site.resolve("content/posts/first-light.md")), rules))
                .isEqualTo("https://fieldnotes.example.org/2024/03/first-light-at-the-observatory/");
        assertThat(SeoChecker.pageUrl("content/docs/setup.md", Document.parse(site.resolve("content/docs/setup.md")),
                rules)).isEqualTo("https://fieldnotes.example.org/docs/setup/");
    }

    /**
     * Jekyll (_config.yml with permalink: pretty, exclude: notes/):
     * <ul>
     *   <li>_drafts/dovetails.md and the published: false post are reported as drafts only;</li>
     *   <li>hello-world and glue-up share the title "Hello world" (line 3 of each);</li>
     *   <li>second-post's post_url on line 8 names a post that is not in _posts;</li>
     *   <li>glue-up has no description while 4 of the 5 posts have one;</li>
     *   <li>about.md's redirect_from lists /2024/01/15/hello-world/, the pretty URL of the first post;</li>
     *   <li>links between pages: hello-world links to about.md and second-post to hello-world, and
     *       those are all the links; so no page links to second-post, glue-up or finishing, and
     *       glue-up, finishing and about.md link to no page (the drafts are not judged).</li>
     * </ul>
     * _includes/, notes/ (excluded) and README.md are not pages; the link tag to about.md resolves.
     */
    @Test
    void jekyll() throws Exception {
        String k = "keyphrase-missing";
        String thin = "content-length";
        assertThat(findings(SITES.resolve("jekyll"))).containsExactly(
                tuple("_drafts/dovetails.md", "draft", INFO, "", 1),
                tuple("_drafts/dovetails.md", k, INFO, "", 1),
                tuple("_drafts/dovetails.md", thin, WARNING, "", 4),
                tuple("_posts/2024-01-15-hello-world.md", k, INFO, "", 1),
                tuple("_posts/2024-01-15-hello-world.md", "duplicate-title", WARNING, "title", 3),
                tuple("_posts/2024-01-15-hello-world.md", thin, WARNING, "", 6),
                tuple("_posts/2024-02-01-second-post.md", k, INFO, "", 1),
                tuple("_posts/2024-02-01-second-post.md", "link-orphan", WARNING, "", 1),
                tuple("_posts/2024-02-01-second-post.md", thin, WARNING, "", 6),
                tuple("_posts/2024-02-01-second-post.md", "link-broken", ERROR, "", 8),
                tuple("_posts/2024-02-20-glue-up.md", k, INFO, "", 1),
                tuple("_posts/2024-02-20-glue-up.md", "link-no-outbound", WARNING, "", 1),
                tuple("_posts/2024-02-20-glue-up.md", "link-orphan", WARNING, "", 1),
                tuple("_posts/2024-02-20-glue-up.md", "required-field", WARNING, "description", 1),
                tuple("_posts/2024-02-20-glue-up.md", "duplicate-title", WARNING, "title", 3),
                tuple("_posts/2024-02-20-glue-up.md", thin, WARNING, "", 5),
                tuple("_posts/2024-03-05-finishing.md", k, INFO, "", 1),
                tuple("_posts/2024-03-05-finishing.md", "link-no-outbound", WARNING, "", 1),
                tuple("_posts/2024-03-05-finishing.md", "link-orphan", WARNING, "", 1),
                tuple("_posts/2024-03-05-finishing.md", thin, WARNING, "", 6),
                tuple("_posts/2024-03-30-new-bench.md", "draft", INFO, "", 1),
                tuple("_posts/2024-03-30-new-bench.md", k, INFO, "", 1),
                tuple("_posts/2024-03-30-new-bench.md", thin, WARNING, "", 7),
                tuple("about.md", k, INFO, "", 1),
                tuple("about.md", "link-no-outbound", WARNING, "", 1),
                tuple("about.md", "alias-taken", ERROR, "redirect_from", 6),
                tuple("about.md", thin, WARNING, "", 9));
    }

    /**
     * Astro (astro.config.mjs read for its literal site, a blog collection in src/content):
     * <ul>
     *   <li>first-post links (line 8) to second-post, a draft, which hears of it;</li>
     *   <li>fourth-post's link to /blog/moon-guide/ (line 8) finds no page; its link to
     *       /blog/first-post/ does;</li>
     *   <li>third-post has no description while 3 of the collection's 4 posts have one;</li>
     *   <li>no page links to fourth-post, and third-post neither links nor is linked to; first-post
     *       is linked from fourth-post, and a link to a draft still leads out of first-post;</li>
     *   <li>first-post's heroImage (line 5), its social card's image, is public/blog-placeholder-3.jpg,
     *       a JPEG of 96 × 48 pixels: under the 1200 × 630 a large card needs.</li>
     * </ul>
     * The pubDate values ("Jul 08 2024") are dates to Astro's schema; _notes.md is not in the collection.
     */
    @Test
    void astro() throws Exception {
        String k = "keyphrase-missing";
        String thin = "content-length";
        assertThat(findings(SITES.resolve("astro"))).containsExactly(
                tuple("src/content/blog/first-post.md", k, INFO, "", 1),
                tuple("src/content/blog/first-post.md", "social-image-size", WARNING, "heroImage", 5),
                tuple("src/content/blog/first-post.md", thin, WARNING, "", 7),
                tuple("src/content/blog/first-post.md", "link-draft", WARNING, "", 8),
                tuple("src/content/blog/fourth-post.md", k, INFO, "", 1),
                tuple("src/content/blog/fourth-post.md", "link-orphan", WARNING, "", 1),
                tuple("src/content/blog/fourth-post.md", thin, WARNING, "", 7),
                tuple("src/content/blog/fourth-post.md", "link-broken", ERROR, "", 8),
                tuple("src/content/blog/second-post.md", "draft", INFO, "", 1),
                tuple("src/content/blog/second-post.md", k, INFO, "", 1),
                tuple("src/content/blog/second-post.md", "link-draft", INFO, "", 1),
                tuple("src/content/blog/second-post.md", thin, WARNING, "", 7),
                tuple("src/content/blog/third-post.md", k, INFO, "", 1),
                tuple("src/content/blog/third-post.md", "link-no-outbound", WARNING, "", 1),
                tuple("src/content/blog/third-post.md", "link-orphan", WARNING, "", 1),
                tuple("src/content/blog/third-post.md", "required-field", WARNING, "description", 1),
                tuple("src/content/blog/third-post.md", thin, WARNING, "", 5),
                tuple("src/content/blog/third-post.md", "readability-flesch", WARNING, "", 5));
    }

    /** No finding on a sample site names a field that site's profile does not map. */
    @Test
    void findingsNameOnlyTheSitesOwnFields() throws Exception {
        for (String name : List.of("hugo", "jekyll", "astro")) {
            Path site = SITES.resolve(name);
            SeoRules rules = SeoConfig.load(site);
            List<String> used = new ArrayList<>(SiteFields.byRole(rules.fields()).values());
            used.add("");
            SeoChecker.checkFolder(site, rules, CLOCK).findings().values().forEach(list -> list.forEach(
                    f -> assertThat(used).as(name + ": " + f.message()).contains(f.field())));
        }
    }
}
