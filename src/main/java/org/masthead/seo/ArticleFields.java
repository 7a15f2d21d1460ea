package org.masthead.seo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.masthead.document.Document;
import org.masthead.document.Field;
import org.masthead.document.KeyPath;
import org.masthead.document.ListField;
import org.masthead.document.MapField;
import org.masthead.document.ScalarField;
import org.masthead.document.ScalarType;

/** Read access to the fields the checks need, by dotted path, with the lines to report. */
final class ArticleFields {
    /** One {@code related_articleN} map: where it is and what it points at (blank when absent). */
    record Related(String field, int line, String id, String url, int urlLine) {
    }

    final MapField root;
    /** The field holding the article's Markdown, or null when it is the text after the front matter. */
    final KeyPath bodyPath;
    final SeoRules rules;
    /** The article's folder-relative path, its Markdown after the front matter and that text's first line; see {@link #at}. */
    String path = "";
    String body = "";
    int bodyLine = 1;

    ArticleFields(MapField root, KeyPath bodyPath, SeoRules rules) {
        this.root = root;
        this.bodyPath = bodyPath;
        this.rules = rules;
    }

    static ArticleFields of(Document doc, SeoRules rules) {
        ArticleFields view = new ArticleFields(doc.root(), doc.bodyField().isFrontMatterField() ? doc.bodyField().path()
                : null, rules);
        if (rules.site() == null || rules.reference()) {
            return view.at(doc.source(), "", 1); // only a generator's pages have their body's links checked
        }
        String text = doc.text();
        String body = doc.body();
        return view.at(doc.source(), body, lineAt(text, text.length() - body.length()));
    }

    /** Where the article is and its body text, for the checks that place it in its site. */
    ArticleFields at(String folderPath, String bodyText, int firstLine) {
        this.path = folderPath == null ? "" : folderPath;
        this.body = bodyText == null ? "" : bodyText;
        this.bodyLine = firstLine;
        return this;
    }

    static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The site page this article is, worked out once. */
    private SitePage page;

    SitePage page() {
        if (page == null) {
            page = SitePage.of(this);
        }
        return page;
    }

    /** Paths come from a handful of rule names; parsing them once keeps folder checks cheap. */
    private static final Map<String, KeyPath> PATHS = new ConcurrentHashMap<>();

    static KeyPath path(String dotted) {
        KeyPath known = PATHS.get(dotted);
        return known != null ? known : PATHS.computeIfAbsent(dotted, KeyPath::parse);
    }

    Optional<Field> field(String dotted) {
        return dotted.isEmpty() ? Optional.empty() : find(path(dotted));
    }

    Optional<Field> find(KeyPath path) {
        Field at = root;
        for (Object step : path.steps()) {
            if (step instanceof String key && at instanceof MapField map) {
                at = map.entries().get(key);
            } else if (step instanceof Integer index && at instanceof ListField list && index >= 0
                    && index < list.items().size()) {
                at = list.items().get(index);
            } else {
                return Optional.empty();
            }
            if (at == null) {
                return Optional.empty();
            }
        }
        return Optional.of(at);
    }

    /** The text of a scalar; an explicit null reads as "". Empty when absent or not a scalar. */
    Optional<String> string(String dotted) {
        return field(dotted).flatMap(ArticleFields::text);
    }

    /** The text, stripped, or "" when absent. */
    String stripped(String dotted) {
        return string(dotted).map(String::strip).orElse("");
    }

    static Optional<String> text(Field field) {
        if (field instanceof ScalarField scalar) {
            return Optional.of(scalar.type() == ScalarType.NULL ? "" : scalar.value());
        }
        return Optional.empty();
    }

    /** The line of the field, or where it would go if missing. */
    int line(String dotted) {
        return field(dotted).map(Field::line).orElseGet(() -> missingLine(dotted));
    }

    /** A missing field is reported at its nearest existing parent map; a missing top-level key at line 1. */
    int missingLine(String dotted) {
        if (dotted.isEmpty()) {
            return 1;
        }
        KeyPath path = path(dotted);
        while (path.steps().size() > 1) {
            path = path.parent();
            Optional<Field> parent = find(path);
            if (parent.isPresent()) {
                return parent.get().line();
            }
        }
        return 1;
    }

    List<Related> related() {
        String prefix = rules.fields().relatedPrefix();
        List<Related> out = new ArrayList<>();
        if (prefix.isEmpty()) {
            return out;
        }
        for (Map.Entry<String, Field> entry : root.entries().entrySet()) {
            if (isNumbered(entry.getKey(), prefix) && entry.getValue() instanceof MapField map) {
                Field url = map.entries().get("url");
                out.add(new Related(entry.getKey(), map.line(), entryText(map, "id"), entryText(map, "url"),
                        url == null ? map.line() : url.line()));
            }
        }
        return out;
    }

    /** {@code prefix} followed by digits only, as in related_article3. */
    private static boolean isNumbered(String key, String prefix) {
        if (!key.startsWith(prefix) || key.length() == prefix.length()) {
            return false;
        }
        for (int i = prefix.length(); i < key.length(); i++) {
            if (key.charAt(i) < '0' || key.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String entryText(MapField map, String key) {
        Field field = map.entries().get(key);
        return field == null ? "" : text(field).map(String::strip).orElse("");
    }
}
