package org.masthead.content.site;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A generator's config file read into plain maps, lists and scalars: TOML by tomlj, YAML by
 * SnakeYAML's safe loader, JSON by jackson-core's streaming parser. A JavaScript config is never
 * run: only {@code key: 'literal'} pairs are picked out of its text. A file that does not read
 * gives an empty map and a one-line note naming the file, line and column.
 */
final class ConfigValues {
    static final long MAX_BYTES = 1_000_000;
    private static final Pattern JS_LITERAL = Pattern.compile(
            "(?m)(?:^|[{,\\s])([A-Za-z_$][\\w$]*)\\s*:\\s*(['\"`])([^'\"`\\n$]*)\\2");

    private ConfigValues() {
    }

    /** The file's values; problems go to {@code notes}. */
    static Map<String, Object> read(Path file, List<String> notes) {
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                notes.add(file + ": larger than " + MAX_BYTES + " bytes; not read.");
                return Map.of();
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            notes.add(file + ": cannot be read as UTF-8 text; its settings are not used.");
            return Map.of();
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".toml")) {
            return toml(file, text, notes);
        } else if (name.endsWith(".yml") || name.endsWith(".yaml")) {
            return yaml(file, text, notes);
        } else if (name.endsWith(".json")) {
            return json(file, text, notes);
        }
        notes.add(file.getFileName() + " is JavaScript: only plain literal values were read, nothing was run.");
        return jsLiterals(text);
    }

    static Map<String, Object> toml(Path file, String text, List<String> notes) {
        TomlParseResult result = Toml.parse(text);
        if (result.hasErrors()) {
            TomlParseError e = result.errors().get(0);
            notes.add(file + ":" + e.position().line() + ":" + e.position().column() + ": not valid TOML ("
                    + e.getMessage() + "); its settings are not used.");
            return Map.of();
        }
        return plain(result);
    }

    /** tomlj's tables and arrays as plain maps and lists, like the YAML and JSON readers give. */
    private static Map<String, Object> plain(org.tomlj.TomlTable table) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : table.keySet()) {
            out.put(key, plainValue(table.get(List.of(key))));
        }
        return out;
    }

    private static Object plainValue(Object value) {
        if (value instanceof org.tomlj.TomlTable t) {
            return plain(t);
        } else if (value instanceof org.tomlj.TomlArray a) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                list.add(plainValue(a.get(i)));
            }
            return list;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(Path file, String text, List<String> notes) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true);
            Object loaded = new Yaml(new SafeConstructor(options)).load(text);
            return loaded instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark();
            notes.add(file + ":" + (m == null ? 1 : m.getLine() + 1) + ":" + (m == null ? 1 : m.getColumn() + 1)
                    + ": not valid YAML (" + e.getProblem() + "); its settings are not used.");
        } catch (YAMLException | ClassCastException e) {
            notes.add(file + ":1:1: not readable as YAML; its settings are not used.");
        }
        return Map.of();
    }

    static Map<String, Object> json(Path file, String text, List<String> notes) {
        try (JsonParser parser = new JsonFactory().createParser(text)) {
            Object value = parser.nextToken() == null ? null : value(parser, 0);
            return value instanceof Map<?, ?> ? cast(value) : Map.of();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            notes.add(file + ":" + (at == null ? 1 : at.getLineNr()) + ":" + (at == null ? 1 : at.getColumnNr())
                    + ": not valid JSON (" + e.getOriginalMessage() + "); its settings are not used.");
        } catch (IOException e) {
            notes.add(file + ":1:1: not readable as JSON; its settings are not used.");
        }
        return Map.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }

    private static Object value(JsonParser p, int depth) throws IOException {
        if (depth > 64) {
            throw new JsonProcessingException("nested too deeply", p.currentLocation()) { };
        }
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, Object> map = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                map.put(key, value(p, depth + 1));
            }
            return map;
        } else if (t == JsonToken.START_ARRAY) {
            List<Object> list = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                list.add(value(p, depth + 1));
            }
            return list;
        } else if (t == JsonToken.VALUE_NULL) {
            return null;
        } else if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return p.getBooleanValue();
        }
        return p.getText();
    }

    /** {@code key: 'value'} pairs written literally in a JavaScript file; the first of each key wins. */
    static Map<String, Object> jsLiterals(String text) {
        Map<String, Object> out = new LinkedHashMap<>();
        Matcher m = JS_LITERAL.matcher(text);
        while (m.find()) {
            out.putIfAbsent(m.group(1), m.group(3));
        }
        return out;
    }

    /** The value at a dotted path, matching keys in any letter case (Hugo's keys are case-insensitive). */
    static Object at(Map<String, Object> map, String dotted) {
        Object at = map;
        for (String step : dotted.split("\\.")) {
            if (!(at instanceof Map<?, ?> m)) {
                return null;
            }
            Object next = null;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (String.valueOf(e.getKey()).equalsIgnoreCase(step)) {
                    next = e.getValue();
                    break;
                }
            }
            at = next;
        }
        return at;
    }

    static String string(Map<String, Object> map, String dotted) {
        Object v = at(map, dotted);
        return v == null || v instanceof Map<?, ?> || v instanceof List<?> ? "" : String.valueOf(v);
    }

    /** A list of strings, or the keys of a map (Hugo's taxonomies), or a single value as a list of one. */
    static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> out.add(String.valueOf(v)));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> out.add(String.valueOf(v)));
        } else if (value != null) {
            out.add(String.valueOf(value));
        }
        return out;
    }

    /** A map's string entries; a TOML table or YAML map alike. */
    static Map<String, String> stringMap(Object value) {
        Map<String, String> out = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (!(v instanceof Map<?, ?>) && !(v instanceof List<?>) && v != null) {
                    out.put(String.valueOf(k), String.valueOf(v));
                }
            });
        }
        return out;
    }
}
