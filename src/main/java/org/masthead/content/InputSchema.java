package org.masthead.content;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.masthead.document.DocumentException;
import org.masthead.document.KeyPath;

/**
 * A content folder's overrides of the form's inferred inputs. Two files of the folder itself (not
 * its parents) are read:
 *
 * <p><b>{@code .masthead.yml}, section {@code inputs:}</b> (other sections belong to other parts
 * of Masthead). Each key names a field; each value is an input type word, or a mapping with any of
 * {@code type}, {@code label}, {@code comment}, {@code options} (a list), {@code required} and
 * {@code hidden} (true/false). Types: text, textarea, markdown, number, checkbox, date, datetime,
 * url, select (needs options), hidden. This section is read strictly: an unknown key or type is an
 * error naming the line.
 *
 * <pre>
 * inputs:
 *   subject: {type: select, options: [Physics, Chemistry], required: true}
 *   seo.page_description: {type: textarea, label: Meta description, comment: 120 to 156 characters}
 *   score: hidden
 * </pre>
 *
 * <p><b>{@code cloudcannon.config.yml}</b> (or {@code .yaml}), <b>top-level {@code _inputs} only</b>.
 * Read per input: {@code type}, {@code label}, {@code comment}, {@code hidden} (true/false),
 * {@code options.values} (a list of plain values, a mapping whose keys are the values, or the name
 * of a list in the top-level {@code _select_data}) and {@code options.required}. Everything else is
 * ignored: {@code context}, {@code disabled}, {@code instance_value}, {@code cascade}, other
 * {@code options}, {@code _inputs} inside {@code collections_config} or front matter, {@code _structures},
 * and the JSON/JS forms of the config. Types map onto ours as text, email, color, time, the social
 * types, file, image and document → text; textarea, code, html → textarea; markdown; number and
 * range → number; checkbox and switch → checkbox; date; datetime; url; select, multiselect, choice
 * and multichoice → select (for a list, each item gets the select). object, array, auto and unknown
 * types fall back to inference, as does a {@code hidden} that names another field; each such case
 * is recorded in {@link #notes()}.
 *
 * <p><b>Keys.</b> A plain key name ({@code title}) applies at any depth, as in CloudCannon, so it
 * also matches {@code related_article1.title}. A dotted path ({@code seo.title}) matches that field
 * only; list indices are left out ({@code links.url} matches {@code links[2].url}). A list's items
 * take the list's entry. <b>Precedence:</b> {@code .masthead.yml} over {@code cloudcannon.config.yml}
 * over inference; within a file a dotted path over a plain key. The first matching entry is used
 * whole; entries are not merged.
 *
 * <p>Both files are parsed with SnakeYAML's safe loader (node tree only) and must be under
 * {@value #MAX_BYTES} bytes; a mistake is a {@link DocumentException} naming file, line and column.
 */
public final class InputSchema {
    public static final String MASTHEAD_FILE = ".masthead.yml";
    public static final List<String> CLOUDCANNON_FILES = List.of("cloudcannon.config.yml", "cloudcannon.config.yaml");
    static final long MAX_BYTES = 1_000_000;
    private static final InputSchema NONE = new InputSchema(Map.of(), Map.of(), List.of());

    private final Map<String, InputSpec> masthead;
    private final Map<String, InputSpec> cloudCannon;
    private final List<String> notes;

    private InputSchema(Map<String, InputSpec> masthead, Map<String, InputSpec> cloudCannon, List<String> notes) {
        this.masthead = Map.copyOf(masthead);
        this.cloudCannon = Map.copyOf(cloudCannon);
        this.notes = List.copyOf(notes);
    }

    /** No overrides: every input is inferred. */
    public static InputSchema none() {
        return NONE;
    }

    /** Reads {@code folder}'s schema files; absent files mean no overrides. Does IO: call it off the FX thread. */
    public static InputSchema load(Path folder) throws IOException, DocumentException {
        List<String> notes = new ArrayList<>();
        Map<String, InputSpec> ours = Map.of();
        Path own = folder.resolve(MASTHEAD_FILE);
        if (Files.isRegularFile(own)) {
            ours = new InputSchemaReader(own.toString(), false, notes).read(readSmall(own));
        }
        Map<String, InputSpec> theirs = Map.of();
        for (String name : CLOUDCANNON_FILES) {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file)) {
                theirs = new InputSchemaReader(file.toString(), true, notes).read(readSmall(file));
                break;
            }
        }
        return ours.isEmpty() && theirs.isEmpty() && notes.isEmpty() ? NONE : new InputSchema(ours, theirs, notes);
    }

    private static String readSmall(Path file) throws IOException, DocumentException {
        if (Files.size(file) > MAX_BYTES) {
            throw new DocumentException(file.toString(), 1, 1, "this schema file is larger than " + MAX_BYTES
                    + " bytes.", "A schema file lists inputs; trim it or move it out of the folder.");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new DocumentException(file.toString(), 1, 1, "this schema file is not UTF-8 text.",
                    "Save it as UTF-8.");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The override for the field at {@code path}, if a schema file names it. */
    public Optional<InputSpec> forField(KeyPath path) {
        StringBuilder dotted = new StringBuilder();
        String plain = null;
        for (Object step : path.steps()) {
            if (step instanceof String key) {
                if (dotted.length() > 0) {
                    dotted.append('.');
                }
                dotted.append(key);
                plain = key;
            }
        }
        if (plain == null) {
            return Optional.empty();
        }
        for (Map<String, InputSpec> file : List.of(masthead, cloudCannon)) {
            InputSpec spec = file.get(dotted.toString());
            if (spec == null) {
                spec = file.get(plain);
            }
            if (spec != null) {
                return Optional.of(spec);
            }
        }
        return Optional.empty();
    }

    /** What was read but not followed (unknown CloudCannon types and the like), one line each with file:line:column. */
    public List<String> notes() {
        return notes;
    }

    public boolean isEmpty() {
        return masthead.isEmpty() && cloudCannon.isEmpty();
    }
}
