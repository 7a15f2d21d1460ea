package org.masthead.spell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;
import org.masthead.content.InputSchema;
import org.masthead.content.InputSpec;
import org.masthead.document.BodyCodec;
import org.masthead.document.Document;
import org.masthead.document.Field;
import org.masthead.document.KeyPath;
import org.masthead.document.ListField;
import org.masthead.document.MapField;
import org.masthead.document.ScalarField;
import org.masthead.document.ScalarType;

/**
 * The misspellings of one article: its Markdown (the body, or the front-matter field that holds
 * it) and its prose fields, each word placed by line and column in the file. Prose fields are
 * the titles and descriptions by name ({@link #PROSE_FIELDS}) and any field the folder's schema
 * types as text, textarea or Markdown; keys and every other value (ids, slugs, dates, paths,
 * URLs) are never read.
 */
public final class ArticleSpelling {
    /** Fields that are prose whatever the schema says; dotted paths from the top of the front matter. */
    public static final Set<String> PROSE_FIELDS = Set.of(
            "title", "description", "seo.title", "seo.description", "seo.page_description");

    private ArticleSpelling() {
    }

    /** The article's own language, from its {@code lang} or {@code language} field. */
    public static Optional<String> language(Document doc) {
        return language(doc.root());
    }

    /** The language named by a front matter's top-level {@code lang} or {@code language} field. */
    public static Optional<String> language(MapField root) {
        for (String key : List.of("lang", "language")) {
            if (root.entries().get(key) instanceof ScalarField scalar && Dictionaries.normalize(scalar.value()) != null) {
                return Optional.of(scalar.value());
            }
        }
        return Optional.empty();
    }

    /**
     * Each word of the article that {@code accepted} refuses, in file order. Suggestions are
     * looked up only when {@code suggest} is true (they cost far more than the check).
     */
    public static List<Misspelling> check(String path, Document doc, InputSchema schema, Speller speller,
                                          Predicate<String> accepted, boolean suggest) {
        KeyPath body = doc.bodyField().isFrontMatterField() ? doc.bodyField().path() : null;
        int bodyStart = body == null ? doc.text().length() - doc.body().length() : -1;
        return check(path, doc.text(), doc.root(), body, bodyStart, schema, speller, accepted, suggest);
    }

    /**
     * The same for a file read by a fast reader: its text, its front-matter tree, and the field
     * that holds its Markdown ({@code body}), or else where the body after the front matter starts.
     */
    public static List<Misspelling> check(String path, String text, MapField root, KeyPath body, int bodyStart,
                                          InputSchema schema, Speller speller, Predicate<String> accepted,
                                          boolean suggest) {
        List<Misspelling> out = new ArrayList<>();
        // most articles have no misspelling: where the words are in the file is worked out only for one that does
        FilePositions[] positions = {null};
        Sink sink = (field, word, offset, toFile) -> {
            if (!accepted.test(word) && !speller.isCorrect(word)) {
                if (positions[0] == null) {
                    positions[0] = new FilePositions(text);
                }
                int fileOffset = toFile.applyAsInt(offset);
                out.add(new Misspelling(path, positions[0].line(fileOffset), positions[0].column(fileOffset), field,
                        word, suggest ? speller.suggest(word) : List.of()));
            }
        };
        fields(root, KeyPath.of(), body, schema, sink);
        if (body == null) {
            String markdown = text.substring(bodyStart);
            for (Word w : MarkdownProse.words(markdown)) {
                sink.word("body", w.text(), w.offset(), offset -> bodyStart + offset);
            }
        }
        out.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                : Integer.compare(a.column(), b.column()));
        return out;
    }

    /** Takes each word of prose with its offset in what it was found in, and how to turn that into an offset in the file. */
    private interface Sink {
        void word(String field, String word, int offset, IntUnaryOperator toFile);
    }

    private static void fields(Field field, KeyPath path, KeyPath body, InputSchema schema, Sink sink) {
        if (field instanceof MapField map) {
            for (Map.Entry<String, Field> entry : map.entries().entrySet()) {
                fields(entry.getValue(), path.child(entry.getKey()), body, schema, sink);
            }
        } else if (field instanceof ListField list) {
            for (int i = 0; i < list.items().size(); i++) {
                fields(list.items().get(i), path.child(i), body, schema, sink);
            }
        } else if (field instanceof ScalarField scalar && scalar.type() == ScalarType.STRING) {
            if (path.equals(body)) {
                markdownField(scalar, path, sink);
            } else {
                proseField(scalar, path, schema, sink);
            }
        }
    }

    /** The reference format's body: Markdown stored with backslash-n for each line break. */
    private static void markdownField(ScalarField scalar, KeyPath path, Sink sink) {
        String markdown = BodyCodec.decode(scalar.value());
        Object[] maps = new Object[2]; // made on the first misspelling
        IntUnaryOperator toFile = offset -> {
            if (maps[0] == null) {
                maps[0] = ValueOffsets.markdownToValue(markdown, scalar.value());
                maps[1] = new ValueOffsets(scalar.value(), scalar.raw(), scalar.span().start());
            }
            return ((ValueOffsets) maps[1]).fileOffset(((int[]) maps[0])[offset]);
        };
        String name = path.toString();
        for (Word w : MarkdownProse.words(markdown)) {
            sink.word(name, w.text(), w.offset(), toFile);
        }
    }

    private static void proseField(ScalarField scalar, KeyPath path, InputSchema schema, Sink sink) {
        if (!isProseField(path, schema)) {
            return;
        }
        InputSpec.Type type = schema.forField(path).map(InputSpec::type).orElse(InputSpec.Type.AUTO);
        String value = scalar.value();
        List<Word> words = type == InputSpec.Type.MARKDOWN ? MarkdownProse.words(value) : ProseWords.inText(value);
        if (words.isEmpty()) {
            return;
        }
        ValueOffsets[] offsets = {null};
        IntUnaryOperator toFile = offset -> {
            if (offsets[0] == null) {
                offsets[0] = new ValueOffsets(value, scalar.raw(), scalar.span().start());
            }
            return offsets[0].fileOffset(offset);
        };
        String name = path.toString();
        for (Word w : words) {
            sink.word(name, w.text(), w.offset(), toFile);
        }
    }

    /** Whether the field at {@code path} is checked: a prose field by name, or typed as prose by the schema. */
    public static boolean isProseField(KeyPath path, InputSchema schema) {
        InputSpec.Type type = schema.forField(path).map(InputSpec::type).orElse(InputSpec.Type.AUTO);
        return PROSE_FIELDS.contains(dotted(path)) || type == InputSpec.Type.TEXT
                || type == InputSpec.Type.TEXTAREA || type == InputSpec.Type.MARKDOWN;
    }

    static String dotted(KeyPath path) {
        StringBuilder out = new StringBuilder();
        for (Object step : path.steps()) {
            if (!(step instanceof String key)) {
                return "";
            }
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(key);
        }
        return out.toString();
    }
}
