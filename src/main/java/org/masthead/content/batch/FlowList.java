package org.masthead.content.batch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.FrontMatterFormat;
import org.masthead.document.KeyPath;
import org.masthead.document.ListField;
import org.masthead.document.ScalarField;

/**
 * A new list written where the document model only writes single values: the key is set to a
 * placeholder through {@link Document#set} (so it lands beside its siblings, at their
 * indentation, with the front matter created if need be), then the placeholder is swapped for a
 * flow list ({@code [a, b]}) and the result read back. Used for a new {@code aliases} list and a
 * new per-article ignore in {@code .masthead.yml}.
 */
public final class FlowList {
    private FlowList() {
    }

    /** {@code doc} with {@code path} holding the list {@code items} (replacing a single value there). */
    public static Document set(Document doc, KeyPath path, List<String> items) throws DocumentException {
        String marker = "masthead-new-list";
        while (doc.text().contains(marker)) {
            marker += "-";
        }
        Document placed = doc.set(path, marker);
        ScalarField at = (ScalarField) placed.get(path).orElseThrow();
        String text = placed.text();
        byte[] placedBytes = placed.toBytes();
        int bom = placedBytes.length - text.getBytes(StandardCharsets.UTF_8).length;
        for (String list : candidates(doc.format(), items)) {
            String edited = text.substring(0, at.span().start()) + list + text.substring(at.span().end());
            byte[] body = edited.getBytes(StandardCharsets.UTF_8);
            byte[] bytes = new byte[bom + body.length];
            System.arraycopy(placedBytes, 0, bytes, 0, bom);
            System.arraycopy(body, 0, bytes, bom, body.length);
            try {
                Document out = Document.parse(doc.source(), bytes, doc.bodyField());
                if (out.get(path).orElse(null) instanceof ListField field && values(field).equals(items)) {
                    return out;
                }
            } catch (DocumentException e) {
                // the next, quoted, way of writing the items
            }
        }
        throw new DocumentException(doc.source(), at.line(), 1, "'" + path + "' cannot be written as a list here.",
                "Add it by hand. Nothing was changed.");
    }

    private static List<String> values(ListField list) {
        List<String> out = new ArrayList<>();
        list.items().forEach(item -> out.add(item instanceof ScalarField s ? s.value() : null));
        return out;
    }

    private static List<String> candidates(FrontMatterFormat format, List<String> items) {
        List<String> plain = new ArrayList<>();
        List<String> quoted = new ArrayList<>();
        for (String item : items) {
            plain.add(item);
            quoted.add(quote(item));
        }
        String quotedList = "[" + String.join(", ", quoted) + "]";
        return format == FrontMatterFormat.YAML ? List.of("[" + String.join(", ", plain) + "]", quotedList)
                : List.of(quotedList);
    }

    /** A double-quoted string as YAML, TOML and JSON all read it. */
    private static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7F) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
