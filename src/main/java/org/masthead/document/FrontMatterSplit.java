package org.masthead.document;

/**
 * Where the front matter sits in a text. {@code contentStart..contentEnd} is what the format's
 * parser reads; {@code bodyStart} is the first char after the closing delimiter line.
 */
record FrontMatterSplit(FrontMatterFormat format, int contentStart, int contentEnd, int bodyStart) {

    static final FrontMatterSplit NONE = new FrontMatterSplit(FrontMatterFormat.NONE, 0, 0, 0);

    static FrontMatterSplit of(String source, String text) throws DocumentException {
        if (opensWith(text, "---")) {
            return fenced(source, text, FrontMatterFormat.YAML, "---", "...");
        }
        if (opensWith(text, "+++")) {
            return fenced(source, text, FrontMatterFormat.TOML, "+++", null);
        }
        if (text.startsWith("{")) {
            int end = JsonTree.objectEnd(source, text);
            return new FrontMatterSplit(FrontMatterFormat.JSON, 0, end, restOfLineStart(text, end));
        }
        return NONE;
    }

    /** True when the first line is exactly {@code fence}, allowing trailing blanks. */
    private static boolean opensWith(String text, String fence) {
        if (!text.startsWith(fence)) {
            return false;
        }
        int end = Lines.lineEnd(text, 0);
        return end < text.length() && text.substring(fence.length(), end).isBlank();
    }

    private static FrontMatterSplit fenced(String source, String text, FrontMatterFormat format, String fence,
                                           String altFence) throws DocumentException {
        int contentStart = Lines.nextLineStart(text, 0);
        int at = contentStart;
        while (at < text.length()) {
            boolean candidate = text.startsWith(fence, at) || altFence != null && text.startsWith(altFence, at);
            if (candidate && isFence(text.substring(at, Lines.lineEnd(text, at)).stripTrailing(), fence, altFence)) {
                return new FrontMatterSplit(format, contentStart, at, Lines.nextLineStart(text, at));
            }
            at = Lines.nextLineStart(text, at);
        }
        throw new DocumentException(source, 1, 1,
                "the front matter opened by '" + fence + "' on line 1 is never closed.",
                "Add a line with just '" + fence + "' after the last front-matter line.");
    }

    private static boolean isFence(String line, String fence, String altFence) {
        return line.equals(fence) || line.equals(altFence);
    }

    /** After a JSON object, the body starts on the next line when the rest of the line is blank. */
    private static int restOfLineStart(String text, int end) {
        int lineEnd = Lines.lineEnd(text, end);
        return text.substring(end, lineEnd).isBlank() ? Lines.nextLineStart(text, end) : end;
    }
}
