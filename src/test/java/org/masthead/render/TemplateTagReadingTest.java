package org.masthead.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How one template tag is read: its language, name, arguments, whether it closes or closes itself, and where it ends. */
class TemplateTagReadingTest {
    private static TemplateTag tag(String text) {
        return TemplateTag.at(text, 0);
    }

    @Test
    void aHugoShortcodeWithASlashBeforeItsCloserClosesItself() {
        assertThat(tag("{{< gallery />}}")).isEqualTo(
                new TemplateTag(TemplateSyntax.HUGO, "gallery", "", false, true, false, 16));
        assertThat(tag("{{< gallery dir=\"img\" />}}")).isEqualTo(
                new TemplateTag(TemplateSyntax.HUGO, "gallery", "dir=\"img\"", false, true, false, 26));
        assertThat(tag("{{% /note %}}")).isEqualTo(
                new TemplateTag(TemplateSyntax.HUGO_MARKDOWN, "note", "", true, false, false, 13));
    }

    @Test
    void anEscapedShortcodeNeedsANameInsideItsComment() {
        assertThat(tag("{{</* x */>}}")).isEqualTo(new TemplateTag(TemplateSyntax.HUGO, "x", "", false, false, true, 13));
        // "/**/" is an empty comment: nothing is escaped, and no shortcode is named
        assertThat(tag("{{</**/>}}")).isNull();
    }

    @Test
    void aLiquidTagNamedEndIsNotACloser() {
        assertThat(tag("{% end %}")).isEqualTo(new TemplateTag(TemplateSyntax.TAG, "end", "", false, false, false, 9));
        assertThat(tag("{% endif %}")).isEqualTo(new TemplateTag(TemplateSyntax.TAG, "if", "", true, false, false, 11));
        // a name that only starts with "end" names a tag of its own
        assertThat(tag("{% endpoint url %}")).isEqualTo(
                new TemplateTag(TemplateSyntax.TAG, "endpoint", "url", false, false, false, 18));
    }

    @Test
    void componentNamesStartWithAnyCapitalFromAToZ() {
        assertThat(tag("<Aside>")).isEqualTo(new TemplateTag(TemplateSyntax.MDX, "Aside", "", false, false, false, 7));
        assertThat(tag("<Zoom/>")).isEqualTo(new TemplateTag(TemplateSyntax.MDX, "Zoom", "", false, true, false, 7));
        assertThat(tag("</Zoom>")).isEqualTo(new TemplateTag(TemplateSyntax.MDX, "Zoom", "", true, false, false, 7));
        assertThat(tag("<Tabs.Item value=\"a\">")).isEqualTo(
                new TemplateTag(TemplateSyntax.MDX, "Tabs.Item", "value=\"a\"", false, false, false, 21));
        assertThat(tag("<div>")).isNull();
        assertThat(tag("<Foo-bar>")).isNull();
        assertThat(tag("<1>")).isNull();
    }

    @Test
    void aComponentIsFoundWhereItStartsInALine() {
        String line = "See <Badge text=\"new\" /> here.";
        assertThat(TemplateTag.at(line, 4)).isEqualTo(
                new TemplateTag(TemplateSyntax.MDX, "Badge", "text=\"new\"", false, true, false, 24));
        assertThat(TemplateTag.at("a {{< x >}}", 2)).isEqualTo(new TemplateTag(TemplateSyntax.HUGO, "x", "", false, false, false, 11));
        assertThat(TemplateTag.at("ab {{% y %}}", 3)).isEqualTo(
                new TemplateTag(TemplateSyntax.HUGO_MARKDOWN, "y", "", false, false, false, 12));
    }

    @Test
    void bracesInAPropHoldAnyGreaterOrLessThanSign() {
        String chart = "<Chart data={[{x: 1}].map(d => d.x)} />";
        assertThat(tag(chart)).isEqualTo(new TemplateTag(TemplateSyntax.MDX, "Chart", "data={[{x: 1}].map(d => d.x)}",
                false, true, false, chart.length()));
        String show = "<Show when={a < b}>";
        assertThat(tag(show)).isEqualTo(new TemplateTag(TemplateSyntax.MDX, "Show", "when={a < b}", false, false, false,
                show.length()));
        assertThat(tag("<Note x={1}>text")).isEqualTo(new TemplateTag(TemplateSyntax.MDX, "Note", "x={1}", false, false, false, 12));
        // outside braces and quotes a "<" means the tag was never closed
        assertThat(tag("<Note when=a < b>")).isNull();
    }

    @Test
    void anOpenerAtTheEndOfTheTextIsNoTag() {
        for (String text : new String[] {"<", "</", "<Foo", "<Foo bar", "{", "{{", "{%", "x {", "x {{", "{{<", "{{ x", "{# x"}) {
            assertThat(TemplateTag.at(text, text.startsWith("x") ? 2 : 0)).as(text).isNull();
        }
        assertThat(TemplateSyntax.openingAt("{{", 0)).isEqualTo(TemplateSyntax.OUTPUT);
        assertThat(TemplateSyntax.openingAt("x {", 2)).isNull();
        assertThat(TemplateSyntax.openingAt("<", 0)).isNull();
    }
}
