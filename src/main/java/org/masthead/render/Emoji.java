package org.masthead.render;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Emoji shortcodes, {@code :smile:} and {@code :+1:}, as the emoji they name, in text and never in
 * code; an unknown name stays as written. The names are GitHub's, as Goldmark's emoji extension
 * and Jekyll's jemoji use them, from the gemoji data bundled under {@code emoji/} with its
 * licence.
 */
final class Emoji implements PostProcessor {
    private static final Pattern SHORTCODE = Pattern.compile(":([a-z0-9_+-]+):");

    /** The emoji named {@code name}, or null. */
    static String named(String name) {
        return Table.NAMES.get(name);
    }

    @Override
    public Node process(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                String literal = text.getLiteral();
                if (literal.indexOf(':') >= 0) {
                    text.setLiteral(replace(literal));
                }
            }
        });
        return document;
    }

    static String replace(String text) {
        Matcher m = SHORTCODE.matcher(text);
        StringBuilder out = null;
        int at = 0;
        while (m.find()) {
            String emoji = named(m.group(1));
            if (emoji == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, at, m.start()).append(emoji);
            at = m.end();
        }
        return out == null ? text : out.append(text, at, text.length()).toString();
    }

    private static final class Table {
        static final Map<String, String> NAMES = load();

        private static Map<String, String> load() {
            Map<String, String> names = new HashMap<>(4096);
            try (InputStream in = Objects.requireNonNull(Emoji.class.getResourceAsStream("emoji/gemoji.tsv"),
                    "Resource not found: emoji/gemoji.tsv");
                 BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    int tab = line.indexOf('\t');
                    if (tab > 0) {
                        names.put(line.substring(0, tab), line.substring(tab + 1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the bundled emoji table", e);
            }
            return names;
        }
    }
}
