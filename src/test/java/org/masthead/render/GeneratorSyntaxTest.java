package org.masthead.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template syntax and Markdown extensions of static site generators, as the preview shows them. */
class GeneratorSyntaxTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer(false);

    private String render(String markdown) {
        return renderer.render(markdown);
    }

    @Nested
    class Templates {
        @Test
        void pairedShortcodeIsALabelledBlockAroundItsRenderedMarkdown() {
            String html = render("""
                    Before.

                    {{< note title="Heads up" >}}
                    Some **bold** text.

                    - an item
                    {{< /note >}}

                    After.
                    """);
            assertThat(html).contains("<div class=\"template template-hugo\"",
                    "<span class=\"template-name\">note</span> <span class=\"template-args\">title=&quot;Heads up&quot;</span>",
                    "<div class=\"template-body\">\n<p data-source-line=\"4\" dir=\"auto\">Some <strong>bold</strong> text.</p>",
                    "<li data-source-line=\"6\" dir=\"auto\">an item</li>\n</ul>\n</div></div>",
                    "<p data-source-line=\"9\" dir=\"auto\">After.</p>");
            assertThat(html).doesNotContain("{{", "/note");
        }

        @Test
        void codeToggleBodyStaysOneCodeBlock() {
            String html = render("""
                    {{< code-toggle file=hugo >}}
                    baseURL = 'https://example.org/'

                    [params]
                    x = 1
                    {{< /code-toggle >}}
                    """);
            assertThat(html).contains("<span class=\"template-name\">code-toggle</span>",
                    "<pre><code>baseURL = 'https://example.org/'\n\n[params]\nx = 1\n</code></pre></div>");
            assertThat(html).doesNotContain("<p ", "<p>", "<a ");
        }

        @Test
        void liquidHighlightIsCodeInItsLanguageAndOtherTagsPairByEndName() {
            String html = render("""
                    {% highlight ruby %}
                    def foo; end
                    {% endhighlight %}

                    {%- if site.show -%}
                    Shown *maybe*.
                    {% endif %}
                    """);
            assertThat(html).contains("<code class=\"language-ruby\">def foo; end\n</code>",
                    "template-liquid", "<span class=\"template-name\">if</span> <span class=\"template-args\">site.show</span>",
                    "<div class=\"template-body\">\n<p data-source-line=\"6\" dir=\"auto\">Shown <em>maybe</em>.</p>\n</div>");
            assertThat(html).doesNotContain("endif", "endhighlight");
        }

        @Test
        void standaloneAndInlineTagsAreLabelledNotRunNorRunIntoText() {
            String html = render("""
                    {{< figure src="a.png" alt="A" >}}
                    Text with {{< new-in 0.1 >}} and {{ page.title | upcase }} and {# note #} in it.
                    """);
            assertThat(html).contains("<div class=\"template template-hugo\"",
                    "<span class=\"template-name\">figure</span> <span class=\"template-args\">src=&quot;a.png&quot; alt=&quot;A&quot;</span></div></div>",
                    "<p data-source-line=\"2\" dir=\"auto\">Text with <span class=\"template-chip template-hugo\"",
                    "<span class=\"template-name\">page.title | upcase</span>",
                    "<span class=\"template-name\">comment</span> <span class=\"template-args\">note</span>");
        }

        @Test
        void mdxComponentsAreBlocksAndChipsAndTheirMarkupStaysText() {
            String html = render("""
                    <Tabs groupId="os">
                    <TabItem value="linux" label="Linux">

                    Run *this*.

                    </TabItem>
                    </Tabs>

                    <Figure src="x.png"
                      caption="over two lines" />

                    Inline <Badge text="<b>new</b>" /> chip.
                    """);
            assertThat(html).contains("template-mdx", "<span class=\"template-name\">Tabs</span>",
                    "<span class=\"template-name\">TabItem</span>", "<p data-source-line=\"4\" dir=\"auto\">Run <em>this</em>.</p>",
                    "<span class=\"template-name\">Figure</span> <span class=\"template-args\">src=&quot;x.png&quot;\n  caption=&quot;over two lines&quot;</span>",
                    "<span class=\"template-name\">Badge</span> <span class=\"template-args\">text=&quot;&lt;b&gt;new&lt;/b&gt;&quot;</span>");
            assertThat(html).doesNotContain("<b>", "</TabItem>", "&lt;/Tabs&gt;");
            assertThat(render("Returns a List<String> here.\n")).contains("a List&lt;String&gt; here.").doesNotContain("template");
        }

        @Test
        void anUnclosedOpenerStandsAloneAndAStrayCloserIsShownAsOne() {
            String html = render("{{% details %}}\n\nText.\n\n{{< /gone >}}\n");
            assertThat(html).contains("<span class=\"template-name\">details</span></div></div>",
                    "<p data-source-line=\"3\" dir=\"auto\">Text.</p>", "template-closing",
                    "<span class=\"template-name\">/gone</span>");
        }

        @Test
        void hugosEscapedShortcodesShowAsWrittenInCodeAndText() {
            String html = render("```\n{{</* myshortcode */>}}\n```\n\nSee `{{%/* x */%}}` and {{</* y */>}}.\n");
            assertThat(html).contains("<code>{{&lt; myshortcode &gt;}}\n</code>", "<code>{{% x %}}</code>",
                    "and {{&lt; y &gt;}}.");
        }

        @Test
        void tagsInFencedCodeStayCode() {
            String html = render("```go-html-template\n{{< note >}}\n{{ .Title }}\n```\n\n{{< /note >}}\n");
            assertThat(html).contains("<code class=\"language-go-html-template\">{{&lt; note &gt;}}\n{{ .Title }}\n</code>");
        }
    }

    @Nested
    class Extensions {
        @Test
        void githubAlertsBecomeTitledAlertBoxes() {
            String html = render("> [!WARNING]\n> Back up first.\n\n> [!NOTICE]\n> Not a kind.\n");
            assertThat(html).contains("<div class=\"markdown-alert markdown-alert-warning\" data-source-line=\"1\" dir=\"auto\">"
                    + "<p class=\"markdown-alert-title\">Warning</p>\n<p data-source-line=\"1\" dir=\"auto\">Back up first.</p>\n</div>");
            assertThat(html).contains("<blockquote", "[!NOTICE]");
        }

        @Test
        void docusaurusAdmonitionsAreAlertsWithTheirTitles() {
            String html = render(":::danger Take care\n\nThis **deletes** files.\n\n:::\n\nAfter.\n\n:::unknown\nx\n:::\n");
            assertThat(html).contains("<div class=\"markdown-alert markdown-alert-caution\" data-source-line=\"1\" dir=\"auto\">"
                    + "<p class=\"markdown-alert-title\">Take care</p>\n<p data-source-line=\"3\" dir=\"auto\">This <strong>deletes</strong> files.</p>\n</div>",
                    "<p data-source-line=\"7\" dir=\"auto\">After.</p>", ":::unknown");
        }

        @Test
        void footnotesAreNumberedAndListedAtTheEnd() {
            String html = render("Claim[^src] here.\n\n[^src]: The source.\n\nMore.\n");
            assertThat(html).contains("<sup class=\"footnote-ref\"><a href=\"#fn-src\" id=\"fnref-src\" data-footnote-ref>1</a></sup>");
            assertThat(html.indexOf("<section class=\"footnotes\"")).isGreaterThan(html.indexOf("More."));
            assertThat(html).contains("The source.");
        }

        @Test
        void definitionListsAsKramdownAndGoldmarkWriteThem() {
            String html = render("Goldmark\n: Hugo's renderer\n: also *CommonMark*\n\nkramdown\n: Jekyll's\n  over two lines\n");
            assertThat(html).contains("<dl data-source-line=\"1\" dir=\"auto\">\n<dt dir=\"auto\">Goldmark</dt>",
                    "<p data-source-line=\"2\" dir=\"auto\">Hugo's renderer</p>",
                    "<p data-source-line=\"3\" dir=\"auto\">also <em>CommonMark</em></p>",
                    "<dt dir=\"auto\">kramdown</dt>", "Jekyll's\nover two lines</p>");
            assertThat(render("A line\n:not a definition\n")).doesNotContain("<dl");
        }

        @Test
        void emojiShortcodesBecomeEmojiOutsideCodeOnly() {
            String html = render("Nice :+1: and :tada: but :nosuchname: and `:smile:`\n");
            assertThat(html).contains("Nice \uD83D\uDC4D and \uD83C\uDF89 but :nosuchname: and <code>:smile:</code>");
        }
    }

    @Nested
    class Links {
        @TempDir
        Path site;

        private SitePaths paths(Path file, String urlPath) throws Exception {
            return new SitePaths(URI.create("https://example.org/docs/"), urlPath, site.resolve("content"), file,
                    List.of(site.resolve("static")));
        }

        private Path write(String path) throws Exception {
            Path file = site.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "x");
            return file;
        }

        @Test
        void relativeLinksResolveAgainstThePagesUrlToTheArticleOrThePublishedAddress() throws Exception {
            Path article = write("content/guide/intro.md");
            write("content/guide/install/_index.md");
            write("content/about.md");
            write("static/images/logo.png");
            String html = renderer.render("""
                    [install](../install/) [sub](g) [about](/docs/about/#team) [missing](../nowhere/) [file](other.md) [web](https://x.org/)
                    [top](#here) ![logo](/images/logo.png) ![near](pic.png)
                    """, paths(article, "/docs/guide/intro/"));
            // a page's URL ends in a slash: a relative link goes below it, as a browser reads it there
            assertThat(html).contains("href=\"install/_index.md\">install", "href=\"https://example.org/docs/guide/intro/g\">sub",
                    "href=\"../about.md#team\"", "href=\"https://example.org/docs/guide/nowhere/\"", "href=\"other.md\"", "href=\"https://x.org/\"", "href=\"#here\"",
                    "src=\"" + site.resolve("static/images/logo.png").toUri() + "\"", "src=\"pic.png\"");
        }

        @Test
        void templateLinkTargetsResolveToTheirFiles() throws Exception {
            Path article = write("content/guide/intro.md");
            write("content/guide/install.md");
            write("content/_posts/2010-07-21-name.md");
            write("content/reference/config.md");
            String html = renderer.render("""
                    [a]({{< ref "install.md" >}}) [b]({{< relref "/reference/config" >}}#x) [c]({% post_url 2010-07-21-name %})
                    [d]({% link reference/config.md %}) [e]({{ site.baseurl }}/reference/config/) [f]({{< ref "config" >}})
                    [g]({{ "/gone/" | relative_url }})
                    """, paths(article, "/docs/guide/intro/"));
            assertThat(html).contains("href=\"install.md\">a", "href=\"../reference/config.md#x\">b",
                    "href=\"../_posts/2010-07-21-name.md\">c", "href=\"../reference/config.md\">d",
                    "href=\"../reference/config.md\">e", "href=\"../reference/config.md\">f",
                    "href=\"https://example.org/docs/gone/\">g");
        }

        @Test
        void withoutASiteLinksStayAsWritten() {
            String html = render("[a](g) ![b](/images/x.png) [c]({{< ref \"install.md\" >}}) [d]({% post_url x %})");
            assertThat(html).contains("href=\"g\"", "src=\"/images/x.png\"", "href=\"install.md\">c", "href=\"\">d");
        }
    }
}
