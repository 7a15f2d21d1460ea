package org.masthead.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever an article holds, the preview gets only our own markup. */
class SafeOutputPropertiesTest {
    private static final Set<String> OUR_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "em",
            "strong", "code", "pre", "a", "img", "span", "div", "table", "thead", "tbody", "tr", "th", "td", "input",
            "del", "blockquote", "hr", "br", "sup", "section", "dl", "dt", "dd");
    private static final Set<String> OUR_ATTRIBUTES = Set.of("href", "src", "alt", "title", "class", "id", "rel",
            "start", "align", "type", "disabled", "checked", "data-source-line", "dir", "data-footnote-ref",
            "data-footnotes", "data-footnote-backref", "data-footnote-backref-idx", "aria-label");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z0-9]+)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([a-zA-Z-]+)(?:=\"([^\"]*)\")?");

    private final MarkdownRenderer renderer = new MarkdownRenderer(false);

    @Property(tries = 400)
    void onlyOurTagsAndAttributes(@ForAll("markdownish") String markdown) {
        String html = renderer.render(markdown);
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            assertThat(OUR_TAGS).as("tag in %s", html).contains(tag.group(2));
            Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
            while (attribute.find()) {
                assertThat(OUR_ATTRIBUTES).as("attribute in %s", html).contains(attribute.group(1));
                String value = attribute.group(2) == null ? "" : attribute.group(2).toLowerCase();
                assertThat(value).doesNotStartWith("javascript:").doesNotStartWith("vbscript:");
                if (attribute.group(1).equals("src")) {
                    assertThat(value).doesNotStartWith("http").doesNotStartWith("//");
                }
            }
        }
    }

    @Provide
    Arbitrary<String> markdownish() {
        Arbitrary<String> pieces = Arbitraries.of("<script>", "</script>", "<img src=x onerror=alert(1)>", "<a href=\"",
                "javascript:alert(1)", "[x](", ")", "![y](", "https://e.org/i.png", "//e.org/i.png", "$", "$$", "\\(",
                "\\)", "\\[", "\\]", "*", "_", "`", "```", "\n", "\n\n", " ", "a", "1", "|", "---", "- ", "1. ", "> ",
                "# ", "<div>", "&", "\"", "'", "<", ">", "\\", "www.x.org", "<http://x.org>", "<javascript:x>",
                "data:text/html,", "[ ] ", "~~", "{{< ", "{{% ", " >}}", " %}}", "{{</* ", " */>}}", "/", "{% ",
                " %}", "{{ ", " }}", "{# ", " #}", "end", "<Tabs", "</Tabs>", "<X a=\"<script>\" />", " />", "note",
                "highlight", "code-toggle", "[!NOTE]", ":smile:", "[^1]", "[^1]: ", ": ", "](", "ref \"", "\"");
        return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
    }
}
