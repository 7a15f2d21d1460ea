package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.batch.BatchFixtures;

/**
 * {@code check --format sarif} holds what SARIF 2.1.0 requires and code-scanning services read:
 * {@code $schema}, {@code version}, {@code runs[].tool.driver.name}, and for every result a
 * {@code ruleId} the driver lists, a {@code level} of the four SARIF knows, {@code message.text},
 * and a location with an artifact URI and a 1-based {@code region.startLine}.
 */
class CheckSarifShapeTest {
    @TempDir
    Path temp;

    @SuppressWarnings("unchecked")
    @Test
    void everyResultHasTheRequiredProperties() throws Exception {
        Path root = BatchFixtures.copy("quicktakes", temp);
        StringWriter out = new StringWriter();
        MastheadCommand.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "check", root.toString(), "--format", "sarif");
        Map<String, Object> log = (Map<String, Object>) read(out.toString());

        assertThat(log.get("version")).isEqualTo("2.1.0");
        assertThat((String) log.get("$schema")).startsWith("https://").contains("sarif-2.1.0");
        List<Object> runs = (List<Object>) log.get("runs");
        assertThat(runs).hasSize(1);
        Map<String, Object> run = (Map<String, Object>) runs.get(0);
        Map<String, Object> driver = (Map<String, Object>) ((Map<String, Object>) run.get("tool")).get("driver");
        assertThat(driver.get("name")).isEqualTo("Masthead");
        List<String> ruleIds = ((List<Object>) driver.get("rules")).stream()
                .map(r -> (String) ((Map<String, Object>) r).get("id")).toList();
        List<Object> results = (List<Object>) run.get("results");
        assertThat(results).hasSizeGreaterThan(10);
        for (Object o : results) {
            Map<String, Object> r = (Map<String, Object>) o;
            assertThat(ruleIds).contains((String) r.get("ruleId"));
            assertThat(r.get("level")).isIn("none", "note", "warning", "error");
            assertThat((String) ((Map<String, Object>) r.get("message")).get("text")).isNotBlank();
            Map<String, Object> location = (Map<String, Object>) ((Map<String, Object>)
                    ((List<Object>) r.get("locations")).get(0)).get("physicalLocation");
            assertThat((String) ((Map<String, Object>) location.get("artifactLocation")).get("uri")).endsWith(".md");
            assertThat((Integer) ((Map<String, Object>) location.get("region")).get("startLine")).isPositive();
        }
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
}
