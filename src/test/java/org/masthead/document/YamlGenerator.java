package org.masthead.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random YAML front matter from a seed: nested block and flow maps and lists, scalars plain,
 * quoted, multi-line and in block style with every chomping, tags, anchors and aliases, comments,
 * explicit ({@code ? key}) keys.
 * Always valid YAML, so a refusal by the model is the model's choice, not the input's fault.
 */
final class YamlGenerator {
    private static final String[] PLAIN = {"alpha", "two words", "12", "-3.5", "yes", "null", "~", "2024-03-01",
        "x:y", "a#b", "\u00e9t\u00e9", "https://x.y/z?q=1", "0x1F", "true", "plain, comma"};
    private static final String[] QUOTED = {"'single ''q'''", "'a: b'", "\"dq \\\" \\t \\u00e9\"", "\"\"", "''",
        "\"12\"", "'# not a comment'", "\"multi\nline\"", "'multi\n\nparagraph'"};
    private static final String[] TAGGED = {"!!str 012", "!!binary aGVsbG8=", "!!int 7", "!!str yes",
        "!!float 1.5", "!!null ''", "!!bool true", "!!timestamp 2020-01-02"};
    private static final String[] BLOCK_HEADERS = {"|", "|-", "|+", ">", ">-", ">+", "|2", ">1-"};
    private static final String[] BLOCK_LINES = {"line one", "  more indented", "", "x  ", "#not comment",
        "SPACES", "word word"};

    private final Random random;
    private final StringBuilder out = new StringBuilder();
    private int anchors;
    /** Anchors whose node is complete: an alias inside its own anchored node would be recursive. */
    private final List<Integer> complete = new ArrayList<>();

    private YamlGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** The front matter text (without the fences), ending with a line break. */
    static String frontMatter(long seed) {
        YamlGenerator generator = new YamlGenerator(seed);
        generator.blockMap(0, 0, true);
        return generator.out.toString();
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private String key(int index) {
        String key = "k" + index;
        return switch (random.nextInt(6)) {
            case 0 -> "'" + key + "'";
            case 1 -> "\"" + key + "\"";
            default -> key;
        };
    }

    private void blockMap(int indent, int depth, boolean startOnNewLine) {
        int size = 1 + random.nextInt(depth == 0 ? 6 : 4);
        for (int i = 0; i < size; i++) {
            if (chance(15)) {
                out.append(" ".repeat(indent)).append("# note ").append(i).append('\n');
            }
            if (i > 0 || startOnNewLine) {
                out.append(" ".repeat(indent));
            }
            if (chance(8)) {
                out.append("? ").append(key(i)).append('\n').append(" ".repeat(indent)).append(':');
            } else {
                out.append(key(i)).append(':');
            }
            value(indent, depth, false);
        }
    }

    private void blockList(int indent, int depth) {
        int size = 1 + random.nextInt(4);
        for (int i = 0; i < size; i++) {
            out.append(" ".repeat(indent)).append('-');
            value(indent, depth, true);
        }
    }

    /** After "key:" or "-": the rest of the line and any lines below, at {@code indent} (the owner's). */
    private void value(int indent, int depth, boolean item) {
        int kind = random.nextInt(depth >= 3 ? 5 : 8);
        int id = kind != 2 && chance(12) ? ++anchors : 0;
        String anchor = id > 0 ? "&a" + id + " " : "";
        switch (kind) {
            case 0, 1 -> line(" " + anchor + scalar(indent + 2, false), true);
            case 2 -> line(" " + (!complete.isEmpty() && chance(70) ? alias() : pick(TAGGED)), true);
            case 3 -> blockScalar(indent, anchor);
            case 4 -> line(" " + anchor + flow(depth), false);
            case 5 -> {
                out.append(anchor.isEmpty() ? "" : " " + anchor.strip());
                if (item && anchor.isEmpty() && chance(50)) {
                    out.append(' ');
                    blockMap(indent + 2, depth + 1, false);
                } else {
                    out.append('\n');
                    blockMap(indent + 2, depth + 1, true);
                }
            }
            default -> {
                out.append(anchor.isEmpty() ? "" : " " + anchor.strip()).append('\n');
                blockList(item || chance(50) ? indent + 2 : indent, depth + 1);
            }
        }
        if (id > 0) {
            complete.add(id);
        }
    }

    private String alias() {
        return "*a" + complete.get(random.nextInt(complete.size()));
    }

    private void line(String text, boolean commentable) {
        out.append(text);
        if (commentable && chance(20)) {
            out.append(" # c");
        }
        out.append('\n');
    }

    /** A plain or quoted scalar; a multi-line quoted one continues at {@code continuation} spaces. */
    private String scalar(int continuation, boolean flow) {
        if (chance(55)) {
            String plain = pick(PLAIN);
            return flow ? plain.replace(",", "") : plain;
        }
        String quoted = pick(QUOTED);
        return flow ? quoted.replace("\n", " ") : quoted.replace("\n", "\n" + " ".repeat(continuation));
    }

    private void blockScalar(int indent, String anchor) {
        String header = pick(BLOCK_HEADERS);
        out.append(' ').append(anchor).append(header).append(chance(20) ? " # header" : "").append('\n');
        int explicit = Character.isDigit(header.charAt(1 % header.length())) ? header.charAt(1) - '0' : -1;
        String pad = " ".repeat(explicit >= 0 ? indent + explicit : indent + 2);
        int lines = 1 + random.nextInt(3);
        for (int i = 0; i < lines; i++) {
            String content = i == 0 ? "first" : pick(BLOCK_LINES);
            out.append(content.isEmpty() ? "" : content.equals("SPACES") ? pad + "   " : pad + content).append('\n');
        }
        int trailing = random.nextInt(3);
        for (int i = 0; i < trailing; i++) {
            out.append(chance(50) ? "" : pad + " ".repeat(random.nextInt(3))).append('\n');
        }
    }

    private String flow(int depth) {
        if (depth >= 3 || chance(30)) {
            return scalar(0, true);
        }
        int size = random.nextInt(4);
        List<String> parts = new ArrayList<>();
        boolean map = chance(50);
        for (int i = 0; i < size; i++) {
            String member = !complete.isEmpty() && chance(10) ? alias() : flow(depth + 1);
            parts.add(map ? "f" + i + ": " + member : member);
        }
        return map ? "{" + String.join(", ", parts) + "}" : "[" + String.join(", ", parts) + "]";
    }
}
