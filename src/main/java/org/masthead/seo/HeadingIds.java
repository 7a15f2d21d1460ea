package org.masthead.seo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.content.site.Generator;

/**
 * The ids a site gives an article's headings, so that a link's {@code #fragment} can be judged.
 * Each generator's Markdown renderer has its own rule:
 * <ul>
 *   <li>GitHub style (Hugo's Goldmark with its default {@code autoHeadingIDType: github}; Astro's
 *       and Docusaurus's github-slugger; MkDocs; a plain folder, as the preview's commonmark
 *       anchors): lower case; letters, digits, {@code -} and {@code _} kept; each space a
 *       {@code -}; everything else dropped. {@code "Set up Hugo 0.120!"} is {@code set-up-hugo-0120}.</li>
 *   <li>kramdown (Jekyll): leading characters up to the first ASCII letter dropped; only ASCII
 *       letters, digits, spaces and {@code -} kept; spaces become {@code -}; lower case; an empty
 *       result is {@code section}. {@code "2. Über Tools"} is {@code ber-tools}.</li>
 * </ul>
 * A repeated id gets {@code -1}, {@code -2}, ... in order, in both. An explicit {@code {#id}}
 * (Goldmark, kramdown, Docusaurus) wins, and every {@code id="…"} or {@code name="…"} of HTML in
 * the body is a target too. Eleventy's markdown-it gives headings no id unless the site adds a
 * plugin, so its pages' anchors are not known.
 */
final class HeadingIds {
    /** In an anchor list: the page's ids cannot all be known (template tags may write headings). */
    static final String OPEN = "*";

    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?[ \\t]*$");
    private static final Pattern EXPLICIT = Pattern.compile("\\s*\\{:?\\s*#([\\w:.-]+)[^}]*\\}\\s*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern HTML_ID = Pattern.compile("<[a-zA-Z][^>]*?\\s(?:id|name)\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{[<%]|\\{%|^\\s*<[A-Z]", Pattern.MULTILINE);
    private static final Pattern LINK_TEMPLATE = Pattern.compile(
            "\\{\\{[<%]\\s*/?(?:rel)?ref\\b|\\{%-?\\s*(?:link|post_url)\\b");

    /** How a renderer turns heading text into an id. */
    enum Rule { GITHUB, KRAMDOWN, UNKNOWN }

    private HeadingIds() {
    }

    static Rule ruleOf(Generator generator) {
        return switch (generator) {
            case JEKYLL -> Rule.KRAMDOWN;
            case ELEVENTY -> Rule.UNKNOWN;
            default -> Rule.GITHUB;
        };
    }

    /**
     * The ids of {@code markdown}'s headings and HTML anchors, in order; holding {@link #OPEN}
     * when the rule is unknown or template tags (other than link tags) may add headings.
     */
    static List<String> of(String markdown, Rule rule) {
        Set<String> out = new LinkedHashSet<>();
        if (rule == Rule.UNKNOWN || TEMPLATE.matcher(LINK_TEMPLATE.matcher(markdown).replaceAll("")).find()) {
            out.add(OPEN);
        }
        Map<String, Integer> seen = new HashMap<>();
        String[] lines = markdown.split("\n", -1);
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String stripped = line.stripLeading();
            if (fence != null) {
                if (stripped.startsWith(fence) && stripped.substring(fence.length()).isBlank()) {
                    fence = null;
                }
                continue;
            }
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                int n = 0;
                while (n < stripped.length() && stripped.charAt(n) == stripped.charAt(0)) {
                    n++;
                }
                fence = stripped.substring(0, n);
                continue;
            }
            Matcher html = HTML_ID.matcher(line);
            while (html.find()) {
                out.add(html.group(1));
            }
            String heading = null;
            Matcher atx = ATX.matcher(line);
            if (atx.matches()) {
                heading = atx.group(2) == null ? "" : atx.group(2).replaceFirst("[ \\t]+#+$", "");
            } else if (i + 1 < lines.length && !line.startsWith("    ") && isText(line)
                    && SETEXT.matcher(lines[i + 1]).matches()) {
                heading = line.strip();
            }
            if (heading == null) {
                continue;
            }
            Matcher explicit = EXPLICIT.matcher(heading);
            if (explicit.find()) {
                out.add(explicit.group(1));
                continue;
            }
            String id = id(text(heading), rule);
            int n = seen.merge(id, 1, Integer::sum) - 1;
            out.add(n == 0 ? id : id + "-" + n);
        }
        return new ArrayList<>(out);
    }

    /** A line that may sit over a setext underline: not a list item, quote, table row or HTML. */
    private static boolean isText(String line) {
        String s = line.strip();
        return !s.isEmpty() && !s.startsWith("-") && !s.startsWith("*") && !s.startsWith(">") && !s.startsWith("|")
                && !s.startsWith("<") && !s.matches("^\\d+[.)]\\s.*");
    }

    /** The heading's text as the reader sees it: links by their words, no emphasis marks, code or HTML tags. */
    static String text(String heading) {
        String t = LINK.matcher(heading).replaceAll("$1");
        t = TAG.matcher(t).replaceAll("");
        return t.replace("`", "").replace("**", "").replace("*", "").replace("~~", "").strip();
    }

    static String id(String text, Rule rule) {
        StringBuilder out = new StringBuilder(text.length());
        if (rule == Rule.KRAMDOWN) {
            int start = 0;
            while (start < text.length() && !isAsciiLetter(text.charAt(start))) {
                start++;
            }
            for (int i = start; i < text.length(); i++) {
                char c = text.charAt(i);
                if (isAsciiLetter(c) || c >= '0' && c <= '9' || c == '-') {
                    out.append(Character.toLowerCase(c));
                } else if (c == ' ') {
                    out.append('-');
                }
            }
            return out.length() == 0 ? "section" : out.toString();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_') {
                out.appendCodePoint(cp);
            } else if (cp == ' ') {
                out.append('-');
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
