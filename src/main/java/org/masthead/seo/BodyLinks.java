package org.masthead.seo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links an article's Markdown makes, with their lines: inline links and link reference
 * definitions, Hugo's {@code ref}/{@code relref} shortcodes and Jekyll's {@code link} and
 * {@code post_url} tags. Fenced code and inline code are skipped, since links there are examples.
 */
final class BodyLinks {
    enum Kind { MARKDOWN, REF, JEKYLL_LINK, POST_URL }

    /** One link as written; {@code line} is the article's line. */
    record Raw(Kind kind, String target, int line) {
    }

    private static final Pattern INLINE = Pattern.compile("\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+[\"'(][^)]*)?\\)");
    private static final Pattern DEFINITION = Pattern.compile("^ {0,3}\\[(?!\\^)[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
    private static final Pattern REF = Pattern.compile(
            "\\{\\{[<%]\\s*(?:rel)?ref\\s+(?:path=)?(?:\"([^\"]*)\"|'([^']*)'|`([^`]*)`|([^\\s%>]+))");
    private static final Pattern LINK_TAG = Pattern.compile("\\{%-?\\s*link\\s+([^\\s%]+)\\s*-?%\\}");
    private static final Pattern POST_URL = Pattern.compile("\\{%-?\\s*post_url\\s+([^\\s%]+)\\s*-?%\\}");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?!`).*?(?<!`)\\1(?!`)");

    private BodyLinks() {
    }

    static List<Raw> of(String body, int firstLine) {
        List<Raw> out = new ArrayList<>();
        String fence = null;
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String stripped = line.stripLeading();
            if (fence != null) {
                if (stripped.startsWith(fence) && stripped.substring(fence.length()).replace(fence.substring(0, 1), "")
                        .isBlank()) {
                    fence = null;
                }
                continue;
            }
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                char c = stripped.charAt(0);
                int n = 0;
                while (n < stripped.length() && stripped.charAt(n) == c) {
                    n++;
                }
                fence = String.valueOf(c).repeat(n);
                continue;
            }
            if (line.startsWith("    ") || line.startsWith("\t")) {
                continue; // an indented code block, or a list's continuation: neither is worth the risk
            }
            String text = CODE_SPAN.matcher(line).replaceAll("");
            int at = firstLine + i;
            add(out, INLINE.matcher(text), Kind.MARKDOWN, at);
            add(out, DEFINITION.matcher(text), Kind.MARKDOWN, at);
            // Hugo expands shortcodes before Markdown, so a `raw string` argument is no code span
            Matcher ref = REF.matcher(line);
            while (ref.find()) {
                for (int g = 1; g <= 4; g++) {
                    if (ref.group(g) != null) {
                        out.add(new Raw(Kind.REF, ref.group(g), at));
                        break;
                    }
                }
            }
            add(out, LINK_TAG.matcher(text), Kind.JEKYLL_LINK, at);
            add(out, POST_URL.matcher(text), Kind.POST_URL, at);
        }
        return out;
    }

    private static void add(List<Raw> out, Matcher m, Kind kind, int line) {
        while (m.find()) {
            String target = m.group(1);
            if (!target.contains("{{") && !target.contains("{%")) {
                out.add(new Raw(kind, target, line));
            }
        }
    }
}
