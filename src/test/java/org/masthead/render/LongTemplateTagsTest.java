package org.masthead.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A stray {@code {{} must not make the preview read the rest of a long paragraph as one tag: a tag
 * in text, and a template link's address, are read for at most 1,000 chars.
 */
class LongTemplateTagsTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer(false);

    /** An output tag {@code {{ x…x }}} of exactly {@code length} chars. */
    private static String tag(int length) {
        return "{{ " + "x".repeat(length - 6) + " }}";
    }

    @Test
    void aTagInTextOfUpTo1000CharsIsAChipAndALongerOneIsText() {
        assertThat(renderer.render("A " + tag(1000) + " b")).contains("template-chip").doesNotContain("{{");
        assertThat(renderer.render("A " + tag(1001) + " b")).doesNotContain("template-chip").contains(tag(1001));
    }

    @Test
    void aTemplateLinkAddressOfUpTo1000CharsIsALinkAndALongerOneIsNot() {
        // the address is the tag and the path after it: {{ site.baseurl }}/xxx…
        String head = "{{ site.baseurl }}/";
        String fits = head + "x".repeat(1000 - head.length());
        String over = head + "x".repeat(1001 - head.length());
        assertThat(renderer.render("[a](" + fits + ")")).contains("<a rel=\"nofollow\" href=\"/" + "x".repeat(1000 - head.length()) + "\">a</a>");
        assertThat(renderer.render("[a](" + over + ")")).doesNotContain("<a ");
    }
}
