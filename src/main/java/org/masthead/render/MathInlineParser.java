package org.masthead.render;

import java.util.Set;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Takes TeX out of a paragraph before Markdown can see it, so {@code $a_1 * b_2$} keeps its
 * underscores and stars. Dollar math follows pandoc's rule, which keeps prices such as
 * "$5 and $10" as text: the opening {@code $} is not followed by white space; the closing one is
 * not preceded by white space and not followed by a digit (nor by a dollar). One addition: math padded on both
 * sides, {@code $ p $}, also counts when it closes on the same line, because a quarter of the
 * reference articles write it so and the site typesets it. Backslash-escaped dollars
 * ({@code \$}) never open or close.
 */
final class MathInlineParser implements InlineContentParser {

    static final class Factory implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('$', '\\');
        }

        @Override
        public InlineContentParser create() {
            return new MathInlineParser();
        }
    }

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        if (scanner.peek() == '$') {
            scanner.next();
            return scanner.peek() == '$' ? doubleDollar(scanner) : singleDollar(scanner);
        }
        scanner.next(); // the backslash
        if (scanner.next('(')) {
            return untilBackslashPair(scanner, ')', false);
        }
        if (scanner.next('[')) {
            return untilBackslashPair(scanner, ']', true);
        }
        // Any other escape is the core parser's business.
        return ParsedInline.none();
    }

    private static ParsedInline singleDollar(Scanner scanner) {
        Position start = scanner.position();
        char first = scanner.peek();
        if (first == '\n' || first == Scanner.END) {
            return ParsedInline.none();
        }
        // "$ p $": padded on both sides, on one line, as many real articles write it
        boolean padded = isSpace(first);
        char previous = ' ';
        while (scanner.hasNext()) {
            char c = scanner.peek();
            if (c == '\n' && padded) {
                return ParsedInline.none();
            }
            if (c == '\\') {
                scanner.next();
                previous = scanner.peek();
                scanner.next();
                continue;
            }
            if (c == '$') {
                Position end = scanner.position();
                scanner.next();
                if (isSpace(previous) == padded && !isDigit(scanner.peek()) && scanner.peek() != '$'
                        && !blank(scanner, start, end)) {
                    return math(scanner, start, end, false);
                }
                if (padded) {
                    // padded math is the looser form: the first dollar must close it
                    return ParsedInline.none();
                }
                previous = '$';
                continue;
            }
            previous = c;
            scanner.next();
        }
        return ParsedInline.none();
    }

    private static ParsedInline doubleDollar(Scanner scanner) {
        scanner.next();
        Position start = scanner.position();
        while (scanner.hasNext()) {
            char c = scanner.peek();
            if (c == '\\') {
                scanner.next();
                scanner.next();
            } else if (c == '$') {
                Position end = scanner.position();
                scanner.next();
                if (scanner.next('$')) {
                    return blank(scanner, start, end) ? ParsedInline.none() : math(scanner, start, end, true);
                }
            } else {
                scanner.next();
            }
        }
        return ParsedInline.none();
    }

    private static ParsedInline untilBackslashPair(Scanner scanner, char closer, boolean display) {
        Position start = scanner.position();
        while (scanner.hasNext()) {
            if (scanner.peek() == '\\') {
                Position end = scanner.position();
                scanner.next();
                if (scanner.next(closer)) {
                    return blank(scanner, start, end) ? ParsedInline.none() : math(scanner, start, end, display);
                }
                // skip whatever was escaped, so "\\)" is not read as a closer
                scanner.next();
            } else {
                scanner.next();
            }
        }
        return ParsedInline.none();
    }

    private static ParsedInline math(Scanner scanner, Position start, Position end, boolean display) {
        String tex = scanner.getSource(start, end).getContent();
        return ParsedInline.of(new MathInline(tex, display), scanner.position());
    }

    private static boolean blank(Scanner scanner, Position start, Position end) {
        return scanner.getSource(start, end).getContent().isBlank();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == Scanner.END;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
