package org.masthead.document;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/** Writes a value as YAML scalar text in a chosen style, quoting a plain value only when it must. */
final class YamlScalars {
    private static final Resolver RESOLVER = new Resolver();
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private YamlScalars() {
    }

    static ScalarType type(Tag tag) {
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            return ScalarType.NUMBER;
        }
        if (tag.equals(Tag.BOOL)) {
            return ScalarType.BOOLEAN;
        }
        if (tag.equals(Tag.TIMESTAMP)) {
            return ScalarType.DATE;
        }
        return tag.equals(Tag.NULL) ? ScalarType.NULL : ScalarType.STRING;
    }

    static ScalarStyle style(DumperOptions.ScalarStyle style, String raw) {
        switch (style) {
            case SINGLE_QUOTED:
                return ScalarStyle.SINGLE_QUOTED;
            case DOUBLE_QUOTED:
                return ScalarStyle.DOUBLE_QUOTED;
            case FOLDED:
            case LITERAL:
                boolean folded = style == DumperOptions.ScalarStyle.FOLDED;
                String header = raw.substring(0, Lines.lineEnd(raw, 0));
                if (header.matches("^.[0-9]?-.*")) {
                    return folded ? ScalarStyle.FOLDED_STRIP : ScalarStyle.LITERAL_STRIP;
                }
                if (header.matches("^.[0-9]?\\+.*")) {
                    return folded ? ScalarStyle.FOLDED_KEEP : ScalarStyle.LITERAL_KEEP;
                }
                return folded ? ScalarStyle.FOLDED : ScalarStyle.LITERAL;
            default:
                return ScalarStyle.PLAIN;
        }
    }

    /** What a YAML reader would make of {@code value} written plain. */
    static ScalarType plainType(String value) {
        return type(RESOLVER.resolve(NodeId.scalar, value, true));
    }

    /** True when {@code value} cannot be written plain and read back as the same string. */
    static boolean needsQuotes(String value, boolean flow) {
        if (value.isEmpty() || plainType(value) != ScalarType.STRING) {
            return true;
        }
        char first = value.charAt(0);
        char last = value.charAt(value.length() - 1);
        if (INDICATORS.indexOf(first) >= 0 || first == ' ' || last == ' ' || last == ':') {
            return true;
        }
        if (value.contains(": ") || value.contains(" #") || value.contains(":\t") || value.contains("\t#")) {
            return true;
        }
        if (flow && value.chars().anyMatch(c -> ",[]{}".indexOf(c) >= 0)) {
            return true;
        }
        return value.codePoints().anyMatch(c -> c < 0x20 || !plainPrintable(c));
    }

    private static boolean plainPrintable(int c) {
        return StreamReader.isPrintable(c) && c != 0x85 && c != 0x2028 && c != 0x2029 && c != 0xFEFF;
    }

    /** Plain when possible, else single-quoted when it can hold the value, else double-quoted. */
    static String plainOrQuoted(String value, boolean flow) {
        if (!needsQuotes(value, flow)) {
            return value;
        }
        return canSingleQuote(value) ? singleQuoted(value) : doubleQuoted(value);
    }

    static boolean canSingleQuote(String value) {
        return value.codePoints().allMatch(c -> c >= 0x20 && plainPrintable(c));
    }

    static String singleQuoted(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    static String doubleQuoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case 0 -> out.append("\\0");
                case 0x85 -> out.append("\\N");
                case 0x2028 -> out.append("\\L");
                case 0x2029 -> out.append("\\P");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == 0xFEFF || !StreamReader.isPrintable(c)) {
                        out.append(c <= 0xFF ? String.format("\\x%02X", c)
                                : c <= 0xFFFF ? String.format("\\u%04X", c) : String.format("\\U%08X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    /**
     * A block scalar ({@code >} or {@code |}) that keeps the old header's style character,
     * indentation digit and trailing comment; the chomping indicator follows the value's trailing
     * line breaks. Content lines are written at {@code indent}.
     */
    static String block(String oldRaw, String value, String indent, String lineBreak) {
        String header = oldRaw.substring(0, Lines.lineEnd(oldRaw, 0));
        char style = header.charAt(0);
        int i = 1;
        while (i < header.length() && "+-0123456789".indexOf(header.charAt(i)) >= 0) {
            i++;
        }
        String digits = header.substring(1, i).replaceAll("[+-]", "");
        String rest = header.substring(i);
        int trailing = 0;
        while (trailing < value.length() && value.charAt(value.length() - 1 - trailing) == '\n') {
            trailing++;
        }
        String chomp = trailing == 0 ? "-" : trailing == 1 ? "" : "+";
        String text = value.substring(0, value.length() - trailing);
        List<String> lines = style == '>' ? foldedLines(text) : List.of(text.split("\n", -1));
        StringBuilder out = new StringBuilder().append(style).append(digits).append(chomp).append(rest);
        for (String line : lines) {
            out.append(lineBreak);
            if (!line.isEmpty()) {
                out.append(indent).append(line);
            }
        }
        for (int extra = 1; extra < trailing; extra++) {
            out.append(lineBreak);
        }
        return out.toString();
    }

    /** In a folded scalar one line break reads as a space, so each real line break needs a blank line. */
    private static List<String> foldedLines(String text) {
        List<String> lines = new ArrayList<>();
        String[] segments = text.split("\n", -1);
        if (!segments[0].isEmpty()) {
            lines.add(segments[0]);
        }
        for (int s = 1; s < segments.length; s++) {
            lines.add("");
            if (!segments[s].isEmpty()) {
                lines.add(segments[s]);
            }
        }
        return lines;
    }
}
