package org.masthead.seo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.masthead.seo.Severity.ERROR;
import static org.masthead.seo.Severity.WARNING;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Anchors, orphans and pages without outbound links, on a crafted Hugo site and by each generator's id rule. */
class LinkChecksTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path site;

    private void write(String path, String text) throws Exception {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String page(String title, String body) {
        return "---\ntitle: " + title + "\ndescription: The " + title + " page of the crafted site.\ndate: 2025-01-01\n---\n" + body;
    }

    private List<Tuple> linkFindings() throws Exception {
        FolderReport report = SeoChecker.checkFolder(site, SeoConfig.load(site), CLOCK);
        List<Tuple> out = new ArrayList<>();
        report.findings().forEach((path, list) -> list.stream().filter(f -> f.check().startsWith("link-"))
                .forEach(f -> out.add(tuple(path, f.check(), f.severity(), f.line()))));
        return out;
    }

    /**
     * good.md (lines 6–8 of its file) links to tools.md's "Set up Hugo 0.120!" by the id Goldmark
     * gives it (lower case, "!" and "." dropped, spaces as "-") and to its own heading, and
     * tools.md links back to it: it has no link finding. tools.md (body from line 6):
     * <ul>
     *   <li>line 10: good.md#Getting-Started: ids are lower case, and a browser matches them exactly;</li>
     *   <li>line 11: #custom is the {#custom} id of its second heading: fine;</li>
     *   <li>line 12: #notes-1 is the second "Notes" heading's id, but there is only one auto "Notes": error;</li>
     *   <li>line 13: a shortcode page's anchors cannot be known (shortcodes.md writes headings
     *       through {{&lt; include &gt;}}), so #anything is not judged.</li>
     * </ul>
     * lonely.md links nowhere and nothing links to it: both warnings. shortcodes.md is linked from
     * tools.md but links nowhere. _index.md is a list page: never an orphan.
     */
    @Test
    void anchorsMustNameAHeadingIdAndEveryPageLinksInAndOut() throws Exception {
        write("hugo.toml", "baseURL = 'https://example.org/'\n");
        write("content/_index.md", "---\ntitle: Home\n---\n");
        write("content/posts/good.md", page("Good", """

                ## Getting started
                See [the tools](tools.md#set-up-hugo-0120) and [this part](#getting-started).
                """));
        write("content/posts/tools.md", page("Tools", """

                ## Set up Hugo 0.120!
                ## Notes {#custom}
                ## Notes
                Back to [good](good.md#Getting-Started).
                See [custom](#custom).
                See [the second notes](#notes-1).
                See [anything](shortcodes.md#anything).
                """));
        write("content/posts/lonely.md", page("Lonely", "\nNo links here.\n"));
        write("content/posts/shortcodes.md", page("Shortcodes", "\n{{< include \"parts/steps.md\" >}}\n"));

        assertThat(linkFindings()).containsExactly(
                tuple("content/posts/lonely.md", "link-no-outbound", WARNING, 1),
                tuple("content/posts/lonely.md", "link-orphan", WARNING, 1),
                tuple("content/posts/shortcodes.md", "link-no-outbound", WARNING, 1),
                tuple("content/posts/tools.md", "link-anchor", ERROR, 10),
                tuple("content/posts/tools.md", "link-anchor", ERROR, 12));
    }

    @Test
    void theMessageNamesTheTargetAndItsIds() throws Exception {
        write("hugo.toml", "baseURL = 'https://example.org/'\n");
        write("content/a.md", page("A", "\n## Why it works\n## How\n[b](b.md)\n"));
        write("content/b.md", page("B", "\n[a](a.md#why)\n"));
        // about the link's message: the one-line bodies' text findings are beside the point
        write(".masthead.yml", "seo:\n  text:\n    enabled: false\n");
        FolderReport report = SeoChecker.checkFolder(site, SeoConfig.load(site), CLOCK);
        assertThat(report.findingsFor("content/b.md")).singleElement().extracting(Finding::message).isEqualTo(
                "the body links to a.md#why, but no heading of content/a.md has the id 'why' (its ids are "
                + "why-it-works, how); correct the #fragment to the heading's id.");
    }

    @Test
    void eachCheckCanBeSwitchedOffOrDemoted() throws Exception {
        write("hugo.toml", "baseURL = 'https://example.org/'\n");
        write("content/a.md", page("A", "\n[b](b.md#nope)\n"));
        write("content/b.md", page("B", "\n[a](a.md)\n"));
        assertThat(linkFindings()).extracting(t -> t.toArray()[1]).containsExactly("link-anchor");
        write(".masthead.yml", "seo:\n  severity:\n    link-anchor: warning\n");
        assertThat(linkFindings()).containsExactly(tuple("content/a.md", "link-anchor", WARNING, 7));
        write(".masthead.yml", "seo:\n  disabled: [link-anchor, link-orphan]\n");
        assertThat(linkFindings()).isEmpty();
    }

    @Test
    void githubStyleIds() {
        assertThat(HeadingIds.of("# Set up Hugo 0.120!\n## `code` and *emphasis*\n## [A link](x.md)\n"
                + "## Über naïve\n## snake_case-ok\n## Notes\n## Notes\n", HeadingIds.Rule.GITHUB))
                .containsExactly("set-up-hugo-0120", "code-and-emphasis", "a-link", "über-naïve", "snake_case-ok",
                        "notes", "notes-1");
    }

    @Test
    void kramdownIds() {
        // kramdown drops everything before the first ASCII letter and every non-ASCII letter
        assertThat(HeadingIds.of("## 2. Über Tools\n## Snake_case\n## 123\n## Notes\n## Notes\n",
                HeadingIds.Rule.KRAMDOWN)).containsExactly("ber-tools", "snakecase", "section", "notes", "notes-1");
    }

    @Test
    void setextHeadingsHtmlIdsAndCodeFences() {
        assertThat(HeadingIds.of("""
                Big Title
                =========
                Text <a id="here"></a> and <span name='there'>.

                ```
                # not a heading
                ```
                - a list item
                ---
                """, HeadingIds.Rule.GITHUB)).containsExactly("big-title", "here", "there");
    }

    @Test
    void eleventyAndTemplatePagesAreOpen() {
        assertThat(HeadingIds.of("## A\n", HeadingIds.Rule.UNKNOWN)).contains(HeadingIds.OPEN);
        assertThat(HeadingIds.of("## A\n{% include 'x.html' %}\n", HeadingIds.Rule.GITHUB)).contains(HeadingIds.OPEN);
        assertThat(HeadingIds.of("## A\n[b]({{< ref \"b.md\" >}})\n", HeadingIds.Rule.GITHUB)).containsExactly("a");
    }
}
