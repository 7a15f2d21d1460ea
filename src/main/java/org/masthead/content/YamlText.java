package org.masthead.content;

import java.util.regex.Pattern;

/** Writing single-line values into YAML front matter so that they read back as the same string. */
final class YamlText {
    private static final Pattern NOT_A_STRING = Pattern.compile(
            "[-+]?(\\.?[0-9][0-9_.:eE+-]*|\\.inf|\\.nan)|~|null|true|false|yes|no|on|off|y|n", Pattern.CASE_INSENSITIVE);

    private YamlText() {
    }

    /** {@code value} as a plain scalar when that reads back as the same string, else double-quoted. */
    static String scalar(String value) {
        return isPlainSafe(value) ? value : quoted(value);
    }

    static boolean isPlainSafe(String v) {
        if (v.isEmpty() || !v.strip().equals(v) || "-?:,[]{}#&*!|>'\"%@`".indexOf(v.charAt(0)) >= 0
                || v.contains(": ") || v.contains(" #") || v.endsWith(":") || NOT_A_STRING.matcher(v).matches()) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\ufeff') {
                return false;
            }
        }
        return true;
    }

    static String quoted(String v) {
        StringBuilder out = new StringBuilder(v.length() + 2).append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\t': out.append("\\t"); break;
                default:
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.append('"').toString();
    }

    /** One line of text for a block scalar: whitespace runs (line breaks too) become one space. */
    static String blockLine(String v) {
        return v.strip().replaceAll("\\s+", " ");
    }
}
