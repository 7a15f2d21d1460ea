package org.masthead.render;

/**
 * One template tag as written: {@code {{< figure src="a.png" >}}}, {@code {% endhighlight %}},
 * {@code <Tabs groupId="os">}. Found by {@link #at}, never evaluated.
 *
 * @param syntax      which template language wrote it
 * @param name        the shortcode, tag or component name; for {@link TemplateSyntax#OUTPUT} the
 *                    whole expression
 * @param args        the rest of the tag as written, stripped; may be empty
 * @param closing     a closing tag ({@code {{< /note >}}}, {@code {% endif %}}, {@code </Tabs>}):
 *                    {@link #name} is then the name of the tag it closes
 * @param selfClosing a tag that says it has no closing partner ({@code {{< x />}}}, {@code <X />})
 * @param escaped     Hugo's way to write a shortcode as text, the tag's inside wrapped in a comment
 *                    ({@code /*} and its closer): shown as it reads, without the comment
 * @param end         the index just past the tag in the text it was found in
 */
record TemplateTag(TemplateSyntax syntax, String name, String args, boolean closing, boolean selfClosing,
                   boolean escaped, int end) {
    // longer tags are not tags: a stray "{%" must not swallow the rest of a long article
    private static final int MAX_LENGTH = 4000;

    /** The tag starting at {@code at} in {@code text}, or null when none starts there. */
    static TemplateTag at(CharSequence text, int at) {
        TemplateSyntax syntax = TemplateSyntax.openingAt(text, at);
        if (syntax == null) {
            return null;
        }
        if (syntax == TemplateSyntax.MDX) {
            return component(text, at);
        }
        int from = at + syntax.open().length();
        int close = indexOf(text, syntax.close(), from, Math.min(text.length(), from + MAX_LENGTH));
        if (close < 0) {
            return null;
        }
        String inner = text.subSequence(from, close).toString();
        int end = close + syntax.close().length();
        return switch (syntax) {
            case HUGO, HUGO_MARKDOWN -> shortcode(syntax, inner, end);
            case TAG -> liquid(trimMarkers(inner), end);
            case OUTPUT -> inner.isBlank() ? null : new TemplateTag(syntax, trimMarkers(inner), "", false, false, false, end);
            case COMMENT -> new TemplateTag(syntax, "comment", inner.strip(), false, false, false, end);
            case MDX -> null;
        };
    }

    /** The tag as its author wrote it, for an escaped Hugo shortcode: {@code {{< x >}}}. */
    String asText() {
        String body = args.isEmpty() ? name : name + " " + args;
        return syntax.open() + " " + (closing ? "/" : "") + body + " " + syntax.close();
    }

    private static TemplateTag shortcode(TemplateSyntax syntax, String inner, int end) {
        String s = inner.strip();
        if (s.startsWith("/*") && s.endsWith("*/") && s.length() >= 4) {
            TemplateTag shown = shortcode(syntax, s.substring(2, s.length() - 2), end);
            return shown == null ? null : new TemplateTag(syntax, shown.name, shown.args, shown.closing, false, true, end);
        }
        boolean closing = s.startsWith("/");
        if (closing) {
            s = s.substring(1).strip();
        }
        boolean selfClosing = !closing && s.endsWith("/");
        if (selfClosing) {
            s = s.substring(0, s.length() - 1).strip();
        }
        int space = firstSpace(s);
        String name = space < 0 ? s : s.substring(0, space);
        if (name.isEmpty()) {
            return null;
        }
        return new TemplateTag(syntax, name, space < 0 ? "" : s.substring(space).strip(), closing, selfClosing, false, end);
    }

    private static TemplateTag liquid(String inner, int end) {
        int space = firstSpace(inner);
        String name = space < 0 ? inner : inner.substring(0, space);
        if (name.isEmpty()) {
            return null;
        }
        String args = space < 0 ? "" : inner.substring(space).strip();
        boolean closing = name.length() > 3 && name.startsWith("end") && args.isEmpty();
        return new TemplateTag(TemplateSyntax.TAG, closing ? name.substring(3) : name, args, closing, false, false, end);
    }

    /** {@code <Name attr="x" other={1}>}, {@code <Name />} or {@code </Name>}; quotes and braces may hold {@code >}. */
    private static TemplateTag component(CharSequence text, int at) {
        int i = at + 1;
        boolean closing = i < text.length() && text.charAt(i) == '/';
        if (closing) {
            i++;
        }
        int nameStart = i;
        if (i >= text.length() || text.charAt(i) < 'A' || text.charAt(i) > 'Z') {
            return null;
        }
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_' || text.charAt(i) == '.')) {
            i++;
        }
        String name = text.subSequence(nameStart, i).toString();
        if (i < text.length() && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '>' && text.charAt(i) != '/') {
            return null;
        }
        int limit = Math.min(text.length(), at + MAX_LENGTH);
        int depth = 0;
        char quote = 0;
        for (int j = i; j < limit; j++) {
            char c = text.charAt(j);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'' || c == '`') {
                quote = c;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (c == '>' && depth == 0) {
                boolean self = text.charAt(j - 1) == '/';
                String args = text.subSequence(i, self ? j - 1 : j).toString().strip();
                if (closing && !args.isEmpty()) {
                    return null;
                }
                return new TemplateTag(TemplateSyntax.MDX, name, args, closing, self, false, j + 1);
            } else if (c == '<' && depth == 0) {
                return null;
            }
        }
        return null;
    }

    /** Liquid's and Nunjucks' whitespace control: {@code {%- x -%}} is the tag {@code x}. */
    private static String trimMarkers(String inner) {
        String s = inner.strip();
        if (s.startsWith("-") || s.startsWith("~")) {
            s = s.substring(1);
        }
        if (s.endsWith("-") || s.endsWith("~")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.strip();
    }

    private static int firstSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(CharSequence text, String what, int from, int limit) {
        outer:
        for (int i = from; i + what.length() <= limit; i++) {
            for (int k = 0; k < what.length(); k++) {
                if (text.charAt(i + k) != what.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
