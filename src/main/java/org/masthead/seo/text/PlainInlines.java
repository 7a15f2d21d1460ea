package org.masthead.seo.text;

import java.util.Arrays;
import java.util.List;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;

/**
 * commonmark's inline parser with a short way through the common case: a paragraph or heading
 * whose only inline markup is emphasis ({@code *}, {@code _}) becomes one {@link Plain} node, its
 * characters less the delimiters commonmark's emphasis rules consume. That is all
 * {@link ArticleText} reads of such a block: the text, with emphasis dissolved and line breaks as
 * white space. Anything else (code, links, images, HTML, entities, escapes) goes to commonmark's
 * own parser, which is also what the short way is held to, delimiter by delimiter (the
 * {@code PlainMarkdownTest}). The prose of a whole folder is parsed here, and commonmark's general
 * parser cost the text checks a fifth of their time.
 */
final class PlainInlines implements InlineParserFactory {
    /** The text of a block with no inline markup but emphasis, the emphasis taken out; line breaks are kept. */
    static final class Plain extends CustomNode {
        final char[] chars;

        Plain(char[] chars) {
            this.chars = chars;
        }
    }

    @Override
    public InlineParser create(InlineParserContext context) {
        return new Parser(context);
    }

    private static final class Parser implements InlineParser {
        private final InlineParserContext context;
        private InlineParser full;
        private char[] buffer = new char[256];

        Parser(InlineParserContext context) {
            this.context = context;
        }

        @Override
        public void parse(SourceLines lines, Node block) {
            int n = join(lines.getLines());
            int kept = Emphasis.strip(buffer, n);
            if (kept < 0) {
                if (full == null) {
                    // the library's own parser: links, code and the rest are its to read, exactly as the preview reads them
                    full = new InlineParserImpl(context);
                }
                full.parse(lines, block);
            } else if (kept > 0) {
                block.appendChild(new Plain(Arrays.copyOf(buffer, kept)));
            }
        }

        /** The lines into {@link #buffer}, joined by line breaks as commonmark joins them; their length. */
        private int join(List<SourceLine> lines) {
            int n = 0;
            for (int i = 0; i < lines.size(); i++) {
                CharSequence line = lines.get(i).getContent();
                int length = line.length();
                if (n + length + 1 > buffer.length) {
                    buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, n + length + 1));
                }
                if (i > 0) {
                    buffer[n++] = '\n';
                }
                if (line instanceof String s) {
                    s.getChars(0, length, buffer, n);
                } else {
                    for (int j = 0; j < length; j++) {
                        buffer[n + j] = line.charAt(j);
                    }
                }
                n += length;
            }
            return n;
        }
    }
}
