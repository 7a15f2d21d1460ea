package org.masthead.content;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.masthead.document.BodyField;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;

/**
 * A file that a merge left with conflict markers, as places to choose at: the markers in the
 * front matter (around one key's lines, as the merge driver leaves them) and those inside the
 * decoded Markdown of a one-line body field. {@link #resolve} takes one text per place, mine,
 * theirs or an edit, and gives the file's bytes: the front matter's choices put in the lines the
 * markers held, the Markdown's through {@link Document#withMarkdown}, and the result read back as
 * an article before anything is written.
 *
 * <pre>{@code
 * ConflictResolution r = ConflictResolution.read("a.md", bytes);
 * byte[] fixed = r.resolve(r.places().stream().map(ConflictResolution.Place::mine).toList());
 * }</pre>
 */
public final class ConflictResolution {
    /** A place to choose at: what it is, and the two versions (each with its line breaks). */
    public record Place(String where, String mine, String theirs) {
    }

    private final String source;
    private final boolean bom;
    private final MarkerConflicts raw;
    private final MarkerConflicts markdown;
    private final List<Place> places;

    private ConflictResolution(String source, boolean bom, MarkerConflicts raw, MarkerConflicts markdown,
                               List<Place> places) {
        this.source = source;
        this.bom = bom;
        this.raw = raw;
        this.markdown = markdown;
        this.places = places;
    }

    public static ConflictResolution read(String source, byte[] bytes) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        String text = new String(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0), StandardCharsets.UTF_8);
        MarkerConflicts raw = MarkerConflicts.parse(text);
        List<Place> places = new ArrayList<>();
        for (MarkerConflicts.Conflict c : raw.conflicts()) {
            places.add(new Place(keyOf(c), c.mine(), c.theirs()));
        }
        MarkerConflicts markdown = null;
        try {
            // the Markdown's own conflicts, read with mine chosen in the front matter for now
            Document doc = parse(source, bom, raw.resolve(raw.conflicts().stream().map(MarkerConflicts.Conflict::mine).toList()));
            if (doc.bodyField().isFrontMatterField() && MarkerConflicts.hasMarkers(doc.markdown())) {
                markdown = MarkerConflicts.parse(doc.markdown());
                String field = doc.bodyField().path().toString();
                for (MarkerConflicts.Conflict c : markdown.conflicts()) {
                    places.add(new Place(field + " (Markdown)", c.mine(), c.theirs()));
                }
            }
        } catch (DocumentException e) {
            // the front matter does not read yet: its places are all that can be offered
        }
        return new ConflictResolution(source, bom, raw, markdown, List.copyOf(places));
    }

    public List<Place> places() {
        return places;
    }

    /** The file's bytes with {@code choices.get(i)} at place {@code i}; refused when the result is no article. */
    public byte[] resolve(List<String> choices) throws DocumentException {
        if (choices.size() != places.size()) {
            throw new IllegalArgumentException(places.size() + " choices needed, " + choices.size() + " given");
        }
        int front = raw.conflicts().size();
        Document doc = parse(source, bom, raw.resolve(choices.subList(0, front)));
        if (markdown != null) {
            doc = doc.withMarkdown(markdown.resolve(choices.subList(front, choices.size())));
        }
        return doc.toBytes();
    }

    private static Document parse(String source, boolean bom, String text) throws DocumentException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[utf8.length + (bom ? 3 : 0)];
        if (bom) {
            bytes[0] = (byte) 0xEF;
            bytes[1] = (byte) 0xBB;
            bytes[2] = (byte) 0xBF;
        }
        System.arraycopy(utf8, 0, bytes, bom ? 3 : 0, utf8.length);
        return Document.parse(source, bytes, (BodyField) null);
    }

    /** The key a front-matter conflict is about: the first key its lines name. */
    private static String keyOf(MarkerConflicts.Conflict c) {
        for (String line : (c.mine() + c.theirs()).lines().toList()) {
            String t = line.strip();
            int colon = t.indexOf(':');
            if (colon > 0 && !t.startsWith("#") && !t.startsWith("-")) {
                return t.substring(0, colon);
            }
        }
        return "front matter";
    }
}
