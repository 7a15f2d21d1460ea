package org.masthead.content;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.masthead.document.DocumentException;
import org.masthead.document.KeyPath;

/**
 * A content folder's overrides of the form's inferred inputs, from the {@code inputs:} section of
 * its {@code .masthead.yml} and the top-level {@code _inputs} of its {@code cloudcannon.config.yml}
 * (or {@code .yaml}); {@code docs/config.md} describes both, how keys match fields and which file
 * wins.
 */
public final class InputSchema {
    public static final List<String> CLOUDCANNON_FILES = List.of("cloudcannon.config.yml", "cloudcannon.config.yaml");
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
        Optional<ConfigFile> own = ConfigFile.inFolder(folder);
        Map<String, InputSpec> ours = own.isEmpty() ? Map.of() : new InputSchemaReader(own.get(), false, notes).read();
        Map<String, InputSpec> theirs = Map.of();
        for (String name : CLOUDCANNON_FILES) {
            Optional<ConfigFile> file = ConfigFile.read(folder.resolve(name));
            if (file.isPresent()) {
                theirs = new InputSchemaReader(file.get(), true, notes).read();
                break;
            }
        }
        return ours.isEmpty() && theirs.isEmpty() && notes.isEmpty() ? NONE : new InputSchema(ours, theirs, notes);
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
