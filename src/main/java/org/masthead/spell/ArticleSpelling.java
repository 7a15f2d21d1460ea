package org.masthead.spell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.masthead.content.InputSchema;
import org.masthead.content.InputSpec;
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
        for (String key : List.of("lang", "language")) {
            Optional<String> value = doc.getString(KeyPath.of(key)).filter(v -> Dictionaries.normalize(v) != null);
            if (value.isPresent()) {
                return value;
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
        FilePositions positions = new FilePositions(doc.text());
        List<Misspelling> out = new ArrayList<>();
        Sink sink = (field, word, fileOffset) -> {
            if (!accepted.test(word) && !speller.isCorrect(word)) {
                out.add(new Misspelling(path, positions.line(fileOffset), positions.column(fileOffset), field, word,
                        suggest ? speller.suggest(word) : List.of()));
            }
        };
        KeyPath body = doc.bodyField().isFrontMatterField() ? doc.bodyField().path() : null;
        fields(doc.root(), KeyPath.of(), body, schema, doc, sink);
        if (body == null) {
            String markdown = doc.body();
            int base = doc.text().length() - markdown.length();
            for (Word w : MarkdownProse.words(markdown)) {
                sink.word("body", w.text(), base + w.offset());
            }
        }
        out.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                : Integer.compare(a.column(), b.column()));
        return out;
    }

    private interface Sink {
        void word(String field, String word, int fileOffset);
    }

    private static void fields(Field field, KeyPath path, KeyPath body, InputSchema schema, Document doc, Sink sink) {
        if (field instanceof MapField map) {
            for (Map.Entry<String, Field> entry : map.entries().entrySet()) {
                fields(entry.getValue(), path.child(entry.getKey()), body, schema, doc, sink);
            }
        } else if (field instanceof ListField list) {
            for (int i = 0; i < list.items().size(); i++) {
                fields(list.items().get(i), path.child(i), body, schema, doc, sink);
            }
        } else if (field instanceof ScalarField scalar && scalar.type() == ScalarType.STRING) {
            if (path.equals(body)) {
                markdownField(scalar, path, doc, sink);
            } else {
                proseField(scalar, path, schema, sink);
            }
        }
    }

    /** The reference format's body: Markdown stored with backslash-n for each line break. */
    private static void markdownField(ScalarField scalar, KeyPath path, Document doc, Sink sink) {
        String markdown = doc.markdown();
        int[] toValue = ValueOffsets.markdownToValue(markdown, scalar.value());
        ValueOffsets offsets = new ValueOffsets(scalar.value(), scalar.raw(), scalar.span().start());
        String name = path.toString();
        for (Word w : MarkdownProse.words(markdown)) {
            sink.word(name, w.text(), offsets.fileOffset(toValue[w.offset()]));
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
        ValueOffsets offsets = new ValueOffsets(value, scalar.raw(), scalar.span().start());
        String name = path.toString();
        for (Word w : words) {
            sink.word(name, w.text(), offsets.fileOffset(w.offset()));
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
