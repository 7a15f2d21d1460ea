package org.masthead.document;

/**
 * JSON string literals. U+2028 and U+2029 are escaped too, so the result is also a valid
 * JavaScript string literal (the preview passes article HTML to its page this way).
 */
public final class JsonStrings {
    private JsonStrings() {
    }

    public static String quote(String value) {
        return append(new StringBuilder(value.length() + 2), value).toString();
    }

    /** Appends {@code value} as a quoted literal; a long listing reuses one builder this way. */
    public static StringBuilder append(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }
}
