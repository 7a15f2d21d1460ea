package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.testing.TestCorpus;

/** {@code check --format sarif}: the same findings as {@code --format json}, as a SARIF 2.1.0 log. */
class CheckSarifTest {
    @TempDir
    Path folder;

    private String run(String... args) {
        StringWriter out = new StringWriter();
        MastheadCommand.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), args);
        return out.toString();
    }

    private static Object read(String json) throws Exception {
        try (JsonParser p = new JsonFactory().createParser(json)) {
            p.nextToken();
            return value(p);
        }
    }

    private static Object value(JsonParser p) throws Exception {
        if (p.currentToken() == JsonToken.START_OBJECT) {
            Map<String, Object> map = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                map.put(name, value(p));
            }
            return map;
        }
        if (p.currentToken() == JsonToken.START_ARRAY) {
            List<Object> list = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                list.add(value(p));
            }
            return list;
        }
        return p.currentToken().isNumeric() ? (Object) p.getIntValue() : p.getText();
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Object json, Object... steps) {
        Object here = json;
        for (Object step : steps) {
            here = step instanceof Integer i ? ((List<Object>) here).get(i) : ((Map<String, Object>) here).get(step);
        }
        return (T) here;
    }

    @Test
    void sarifHoldsEveryFindingOfTheJsonOutputAtItsFileAndLine() throws Exception {
        Path content = folder.resolve("content dir");
        TestCorpus.copy(TestCorpus.quicktakes(), content);
        Path one = Files.list(content).filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        Files.writeString(one, Files.readString(one).replaceFirst("\n  title: [^\n]*\n", "\n  title: ''\n"));

        Object json = read(run("check", content.toString(), "--format", "json"));
        Object sarif = read(run("check", content.toString(), "--format", "sarif"));

        assertThat(at(sarif, "version").toString()).isEqualTo("2.1.0");
        assertThat(at(sarif, "runs", 0, "tool", "driver", "name").toString()).isEqualTo("Masthead");
        List<Object> findings = at(json, new Object[0]);
        List<Object> results = at(sarif, "runs", 0, "results");
        assertThat(findings).isNotEmpty();
        assertThat(results).hasSameSizeAs(findings);
        Path here = Path.of("").toAbsolutePath();
        for (int i = 0; i < findings.size(); i++) {
            Object f = findings.get(i);
            Object r = results.get(i);
            assertThat(at(r, "ruleId").toString()).isEqualTo(at(f, "check"));
            String severity = at(f, "severity");
            assertThat(at(r, "level").toString()).isEqualTo(severity.equals("info") ? "note" : severity);
            String uri = at(r, "locations", 0, "physicalLocation", "artifactLocation", "uri");
            Path file = content.resolve(at(f, "path").toString()).toAbsolutePath().normalize();
            String expected = file.startsWith(here) ? here.relativize(file).toString().replace(" ", "%20")
                    : file.toUri().toString();
            assertThat(uri).isEqualTo(expected);
            int line = at(f, "line");
            if (line > 0) {
                assertThat((int) at(r, "locations", 0, "physicalLocation", "region", "startLine")).isEqualTo(line);
            }
            assertThat(at(r, "message", "text").toString()).endsWith(at(f, "message").toString());
        }
        assertThat(results).anySatisfy(r -> assertThat(at(r, "ruleId").toString()).isEqualTo("seo-title-empty"));
    }

    @Test
    void aPathUnderTheCurrentFolderIsRelativeWithForwardSlashesAndEncoded() {
        Path here = Path.of("").toAbsolutePath();
        assertThat(SarifFormat.uri(here.resolve("content"), "a b/é.md")).isEqualTo("content/a%20b/%C3%A9.md");
        assertThat(SarifFormat.uri(Path.of("/elsewhere"), "x.md")).isEqualTo("file:///elsewhere/x.md");
    }
}
