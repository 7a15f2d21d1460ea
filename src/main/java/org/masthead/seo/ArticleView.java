package org.masthead.seo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.masthead.document.Document;
import org.masthead.document.Field;
import org.masthead.document.KeyPath;
import org.masthead.document.MapField;
import org.masthead.document.ScalarField;
import org.masthead.document.ScalarType;

/** Read access to the fields the checks need, by dotted path, with the lines to report. */
final class ArticleView {
    /** One {@code related_articleN} map: where it is and what it points at (blank when absent). */
    record Related(String field, int line, String id, String url, int urlLine) {
    }

    final Document doc;
    final SeoRules rules;

    ArticleView(Document doc, SeoRules rules) {
        this.doc = doc;
        this.rules = rules;
    }

    Optional<Field> field(String dotted) {
        return doc.get(KeyPath.parse(dotted));
    }

    /** The text of a scalar; an explicit null reads as "". Empty when absent or not a scalar. */
    Optional<String> string(String dotted) {
        return field(dotted).flatMap(ArticleView::text);
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
        KeyPath path = KeyPath.parse(dotted);
        while (path.steps().size() > 1) {
            path = path.parent();
            Optional<Field> parent = doc.get(path);
            if (parent.isPresent()) {
                return parent.get().line();
            }
        }
        return 1;
    }

    List<Related> related() {
        Pattern name = Pattern.compile(Pattern.quote(rules.fields().relatedPrefix()) + "\\d+");
        List<Related> out = new ArrayList<>();
        for (Map.Entry<String, Field> entry : doc.root().entries().entrySet()) {
            if (name.matcher(entry.getKey()).matches() && entry.getValue() instanceof MapField map) {
                Field url = map.entries().get("url");
                out.add(new Related(entry.getKey(), map.line(), entryText(map, "id"), entryText(map, "url"),
                        url == null ? map.line() : url.line()));
            }
        }
        return out;
    }

    private static String entryText(MapField map, String key) {
        Field field = map.entries().get(key);
        return field == null ? "" : text(field).map(String::strip).orElse("");
    }
}
