package org.masthead.render;

import java.util.Set;
import org.commonmark.node.Text;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Template tags inside text: {@code {{< new-in 0.1 >}}}, {@code {{ page.title }}},
 * {@code {% include note.html %}}. Each becomes a {@link TemplateInline}; Hugo's escaped form
 * becomes the text it stands for.
 */
final class TemplateInlineParser implements InlineContentParser {
    // a tag is short; reading further would only cost time on a stray brace
    private static final int MAX_LENGTH = 1000;

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        Position start = scanner.position();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3 && scanner.hasNext(); i++) {
            text.append(scanner.peek());
            scanner.next();
        }
        TemplateSyntax syntax = TemplateSyntax.openingAt(text, 0);
        if (syntax == null) {
            scanner.setPosition(start);
            return ParsedInline.none();
        }
        String close = syntax.close();
        // a tag ends at the first closer after its opener, so that one closer decides it
        while (text.length() < MAX_LENGTH && !(text.length() >= syntax.open().length() + close.length() && endsWith(text, close))) {
            if (!scanner.hasNext()) {
                scanner.setPosition(start);
                return ParsedInline.none();
            }
            text.append(scanner.peek());
            scanner.next();
        }
        TemplateTag tag = TemplateTag.at(text, 0);
        if (tag != null && tag.end() == text.length()) {
            if (tag.escaped()) {
                return ParsedInline.of(new Text(tag.asText()), scanner.position());
            }
            return ParsedInline.of(new TemplateInline(tag), scanner.position());
        }
        scanner.setPosition(start);
        return ParsedInline.none();
    }

    private static boolean endsWith(StringBuilder text, String end) {
        int from = text.length() - end.length();
        for (int i = 0; i < end.length(); i++) {
            if (text.charAt(from + i) != end.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static final class Factory implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('{');
        }

        @Override
        public InlineContentParser create() {
            return new TemplateInlineParser();
        }
    }
}
