package org.masthead.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The findings of {@code check} as SARIF 2.1.0, the format code-scanning services read (GitHub's
 * {@code upload-sarif} shows each result on the pull request, at its file and line). A path is
 * written relative to the folder the command runs in, which in CI is the repository's root.
 */
final class SarifFormat {
    /** One finding: the file as {@code check} names it, its line (0 when none), and what is said. */
    record Result(String path, int line, String severity, String rule, String field, String message) {
    }

    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifFormat() {
    }

    /** The SARIF log; each path is resolved against {@code base} (the checked folder) first. */
    static String of(List<Result> results, Path base, String version) {
        StringWriter buffer = new StringWriter(results.size() * 400 + 400);
        try (JsonGenerator gen = new JsonFactory().createGenerator(buffer)) {
            gen.useDefaultPrettyPrinter();
            gen.writeStartObject();
            gen.writeStringField("$schema", SCHEMA);
            gen.writeStringField("version", "2.1.0");
            gen.writeArrayFieldStart("runs");
            gen.writeStartObject();
            gen.writeObjectFieldStart("tool");
            gen.writeObjectFieldStart("driver");
            gen.writeStringField("name", "Masthead");
            gen.writeStringField("version", version);
            gen.writeArrayFieldStart("rules");
            Set<String> rules = new LinkedHashSet<>();
            results.forEach(r -> rules.add(r.rule()));
            for (String rule : rules) {
                gen.writeStartObject();
                gen.writeStringField("id", rule);
                gen.writeObjectFieldStart("shortDescription");
                gen.writeStringField("text", "Masthead check " + rule);
                gen.writeEndObject();
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
            gen.writeEndObject();
            gen.writeArrayFieldStart("results");
            for (Result r : results) {
                writeResult(gen, r, base);
            }
            gen.writeEndArray();
            gen.writeEndObject();
            gen.writeEndArray();
            gen.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return buffer + "\n";
    }

    private static void writeResult(JsonGenerator gen, Result r, Path base) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("ruleId", r.rule());
        gen.writeStringField("level", level(r.severity()));
        gen.writeObjectFieldStart("message");
        gen.writeStringField("text", r.field().isEmpty() ? r.message() : r.field() + ": " + r.message());
        gen.writeEndObject();
        gen.writeArrayFieldStart("locations");
        gen.writeStartObject();
        gen.writeObjectFieldStart("physicalLocation");
        gen.writeObjectFieldStart("artifactLocation");
        gen.writeStringField("uri", uri(base, r.path()));
        gen.writeEndObject();
        if (r.line() > 0) {
            gen.writeObjectFieldStart("region");
            gen.writeNumberField("startLine", r.line());
            gen.writeEndObject();
        }
        gen.writeEndObject();
        gen.writeEndObject();
        gen.writeEndArray();
        gen.writeEndObject();
    }

    /** SARIF's levels: error, warning, note. */
    static String level(String severity) {
        return switch (severity) {
            case "error" -> "error";
            case "warning" -> "warning";
            default -> "note";
        };
    }

    /**
     * A relative URI (forward slashes, percent-encoded) from the current folder when the file is
     * under it, else a {@code file:} URI.
     */
    static String uri(Path base, String path) {
        Path file = base.resolve(path).toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath().normalize();
        if (!file.startsWith(here)) {
            return file.toUri().toString();
        }
        StringBuilder out = new StringBuilder();
        for (Path part : here.relativize(file)) {
            if (out.length() > 0) {
                out.append('/');
            }
            // toUri encodes the name as a path segment would be; its last segment is the name alone
            String encoded = Path.of(File.separator, part.toString()).toUri().getRawPath();
            out.append(encoded.substring(encoded.lastIndexOf('/') + 1));
        }
        return out.toString();
    }
}
