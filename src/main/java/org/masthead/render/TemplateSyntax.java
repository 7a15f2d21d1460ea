package org.masthead.render;

import java.util.Locale;

/**
 * The template languages whose tags a static site's Markdown may hold: what opens and closes a
 * tag, and how the preview labels it. None of them is ever run: the preview only shows where
 * they are.
 */
enum TemplateSyntax {
    /** Hugo shortcode whose inner text Hugo passes on as it is: {@code {{< name args >}}}. */
    HUGO("{{<", ">}}", "hugo"),
    /** Hugo shortcode whose inner text Hugo renders as Markdown: {@code {{% name args %}}}. */
    HUGO_MARKDOWN("{{%", "%}}", "hugo"),
    /** Liquid (Jekyll) and Nunjucks (Eleventy) tags: {@code {% name args %}}, closed by {@code {% endname %}}. */
    TAG("{%", "%}", "liquid"),
    /** Liquid and Nunjucks output: {@code {{ page.title | upcase }}}. */
    OUTPUT("{{", "}}", "liquid"),
    /** Nunjucks and Jinja comments: {@code {# note #}}. */
    COMMENT("{#", "#}", "liquid"),
    /** An MDX component (Astro, Docusaurus): {@code <Name prop="x" />}, or a pair around Markdown. */
    MDX("<", ">", "mdx");

    private final String open;
    private final String close;
    private final String family;

    TemplateSyntax(String open, String close, String family) {
        this.open = open;
        this.close = close;
        this.family = family;
    }

    String open() {
        return open;
    }

    String close() {
        return close;
    }

    /** The CSS class that colours the placeholder: {@code template-hugo}, {@code template-liquid}, {@code template-mdx}. */
    String cssClass() {
        return "template-" + family;
    }

    String label() {
        return family.toUpperCase(Locale.ROOT);
    }

    /** The syntax whose opener starts {@code text} at {@code at}, or null; {@code {{<} is tried before {@code {{}. */
    static TemplateSyntax openingAt(CharSequence text, int at) {
        if (at >= text.length()) {
            return null;
        }
        char c = text.charAt(at);
        if (c == '<') {
            return at + 1 < text.length() && isComponentStart(text.charAt(at + 1)) ? MDX : null;
        }
        if (c != '{' || at + 1 >= text.length()) {
            return null;
        }
        char d = text.charAt(at + 1);
        if (d == '{') {
            char e = at + 2 < text.length() ? text.charAt(at + 2) : 0;
            return e == '<' ? HUGO : e == '%' ? HUGO_MARKDOWN : OUTPUT;
        }
        return d == '%' ? TAG : d == '#' ? COMMENT : null;
    }

    /** An MDX component's name starts with a capital; {@code <div>} is HTML, {@code </X>} a closing tag. */
    private static boolean isComponentStart(char c) {
        return c >= 'A' && c <= 'Z' || c == '/';
    }
}
