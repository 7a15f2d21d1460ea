package org.masthead.content.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;
import org.masthead.content.InputSchema;
import org.masthead.content.InputSpec;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.Field;
import org.masthead.document.KeyPath;
import org.masthead.document.ListField;
import org.masthead.document.MapField;
import org.masthead.document.QuickEdits;
import org.masthead.document.ScalarField;
import org.masthead.document.ScalarType;

/**
 * A text a {@link FolderReplace} query searches in one document: the body's Markdown, or a field's
 * value; which ones the query's scope names, read from a {@link Document} or from
 * {@link QuickEdits}.
 */
record ReplacePlace(String where, KeyPath path, ScalarField field, boolean body, String text) {
    /**
     * Keys that are prose wherever they sit ({@code seo.title}, {@code related_article1.title}):
     * the site's text fields as the spelling check and the reference format name them.
     */
    static final Set<String> PROSE_KEYS = Set.of("title", "subtitle", "article_title", "linktitle", "description",
            "page_description", "summary", "excerpt", "abstract", "lead", "question", "caption");

    static List<ReplacePlace> of(Document doc, FolderReplace.Query q, InputSchema schema) {
        KeyPath bodyPath = doc.bodyField().isFrontMatterField() ? doc.bodyField().path() : null;
        return of(doc.root(), bodyPath, path -> doc.get(path).orElse(null), doc::markdown, q, schema);
    }

    static List<ReplacePlace> of(QuickEdits quick, FolderReplace.Query q, InputSchema schema) {
        return of(quick.root(), quick.bodyPath(), quick::at, quick::markdown, q, schema);
    }

    /** The places of a front matter {@code root} whose Markdown is at {@code bodyPath} (null: after it). */
    private static List<ReplacePlace> of(MapField root, KeyPath bodyPath, Function<KeyPath, Field> get,
                                          Supplier<String> markdown, FolderReplace.Query q, InputSchema schema) {
        Supplier<ReplacePlace> body = () -> new ReplacePlace("body", bodyPath,
                bodyPath != null && get.apply(bodyPath) instanceof ScalarField s ? s : null, true, markdown.get());
        List<ReplacePlace> places = new ArrayList<>();
        switch (q.scope()) {
            case BODY -> places.add(body.get());
            case FIELD -> {
                KeyPath path = q.field();
                if (path.equals(bodyPath)) {
                    places.add(body.get());
                } else if (get.apply(path) instanceof ScalarField s && s.type() != ScalarType.NULL) {
                    places.add(new ReplacePlace(path.toString(), path, s, false, s.value()));
                }
            }
            case PROSE_FIELDS -> {
                leaves(root, KeyPath.of(), bodyPath, places,
                        (path, s) -> s.type() == ScalarType.STRING && isProse(path, schema));
                places.add(body.get());
            }
            case ALL -> {
                leaves(root, KeyPath.of(), bodyPath, places, (path, s) -> s.type() != ScalarType.NULL);
                places.add(body.get());
            }
        }
        return places;
    }

    private static void leaves(Field node, KeyPath path, KeyPath bodyPath, List<ReplacePlace> out,
                               BiPredicate<KeyPath, ScalarField> wanted) {
        if (node instanceof MapField map) {
            map.entries().forEach((key, child) -> leaves(child, path.child(key), bodyPath, out, wanted));
        } else if (node instanceof ListField list) {
            for (int i = 0; i < list.items().size(); i++) {
                leaves(list.items().get(i), path.child(i), bodyPath, out, wanted);
            }
        } else if (node instanceof ScalarField s && !path.equals(bodyPath) && wanted.test(path, s)) {
            out.add(new ReplacePlace(path.toString(), path, s, false, s.value()));
        }
    }

    private static boolean isProse(KeyPath path, InputSchema schema) {
        InputSpec.Type type = schema.forField(path).map(InputSpec::type).orElse(InputSpec.Type.AUTO);
        return PROSE_KEYS.contains(lastKey(path)) || type == InputSpec.Type.TEXT
                || type == InputSpec.Type.TEXTAREA || type == InputSpec.Type.MARKDOWN;
    }

    private static String lastKey(KeyPath path) {
        for (int i = path.steps().size() - 1; i >= 0; i--) {
            if (path.steps().get(i) instanceof String key) {
                return key;
            }
        }
        return "";
    }

    FolderReplace.Match match(Path file, Document doc, TextMatches.Hit hit) {
        String text = doc.text();
        int offset;
        if (body && field == null) {
            offset = text.length() - doc.body().length() + hit.start();
        } else if (body) {
            offset = ValuePositions.fileOffset(field, ValuePositions.encodedOffset(this.text, hit.start()));
        } else {
            offset = ValuePositions.fileOffset(field, hit.start());
        }
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
            line++;
        }
        return new FolderReplace.Match(file, line, text.codePointCount(lineStart, offset) + 1, where,
                TextMatches.linesOf(this.text, hit), TextMatches.replacedLinesOf(this.text, hit));
    }

    Document apply(Document doc, String newText) throws DocumentException {
        return body ? doc.withMarkdown(newText) : doc.set(path, newText);
    }

    /** False when the quick splice cannot be proved local; the file then goes through Document. */
    boolean apply(QuickEdits quick, String newText) {
        return body ? quick.setMarkdown(newText) : quick.set(path, newText);
    }
}
