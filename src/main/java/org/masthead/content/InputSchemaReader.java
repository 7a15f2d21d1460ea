package org.masthead.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.masthead.content.InputSpec.Type;
import org.masthead.document.DocumentException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the inputs section of one configuration file into field key to {@link InputSpec}. Our own {@code inputs:} section is
 * read strictly (an unknown key or type is an error, so a typo is never silently ignored);
 * CloudCannon's {@code _inputs} is read leniently, because a CloudCannon config legitimately holds
 * many keys Masthead has no use for.
 */
final class InputSchemaReader {
    private static final List<String> OUR_KEYS = List.of("type", "label", "comment", "options", "required", "hidden");
    private static final Pattern OUR_FIELD_KEY = Pattern.compile("[^.\\[\\]\\s]+(\\.[^.\\[\\]\\s]+)*");
    private static final Map<String, Type> CLOUDCANNON_TYPES = cloudCannonTypes();

    private final ConfigFile file;
    private final boolean cloudCannon;
    private final List<String> notes;

    InputSchemaReader(ConfigFile file, boolean cloudCannon, List<String> notes) {
        this.file = file;
        this.cloudCannon = cloudCannon;
        this.notes = notes;
    }

    private static Map<String, Type> cloudCannonTypes() {
        Map<String, Type> map = new LinkedHashMap<>();
        for (String t : List.of("text", "email", "color", "time", "pinterest", "facebook", "twitter", "github",
                "instagram", "file", "image", "document")) {
            map.put(t, Type.TEXT);
        }
        for (String t : List.of("textarea", "code", "html")) {
            map.put(t, Type.TEXTAREA);
        }
        map.put("markdown", Type.MARKDOWN);
        map.put("number", Type.NUMBER);
        map.put("range", Type.NUMBER);
        map.put("checkbox", Type.CHECKBOX);
        map.put("switch", Type.CHECKBOX);
        map.put("date", Type.DATE);
        map.put("datetime", Type.DATETIME);
        map.put("url", Type.URL);
        for (String t : List.of("select", "multiselect", "choice", "multichoice")) {
            map.put(t, Type.SELECT);
        }
        map.put("auto", Type.AUTO);
        return map;
    }

    /** The {@code inputs:} (or CloudCannon {@code _inputs}) section, by field key. */
    Map<String, InputSpec> read() throws DocumentException {
        Map<String, InputSpec> out = new LinkedHashMap<>();
        String sectionName = cloudCannon ? "_inputs" : "inputs";
        Optional<Node> section = file.section(sectionName);
        if (section.isEmpty()) {
            return out;
        }
        for (Map.Entry<String, Node> entry : file.mapping(section.get(), sectionName).entrySet()) {
            String key = entry.getKey().strip();
            String what = sectionName + "." + key;
            if (!cloudCannon && !OUR_FIELD_KEY.matcher(key).matches()) {
                throw file.error(entry.getValue(), what + " is not a field key.",
                        "Write a key name such as subject, or a dotted path such as seo.title.");
            }
            out.put(key, cloudCannon ? cloudCannonEntry(entry.getValue(), what) : ourEntry(entry.getValue(), what));
        }
        return out;
    }

    private InputSpec ourEntry(Node node, String what) throws DocumentException {
        if (node instanceof ScalarNode) {
            String word = file.scalar(node, what).strip();
            return word.equals("hidden") ? new InputSpec(Type.AUTO, "", "", List.of(), false, true)
                    : new InputSpec(ourType(node, word, what), "", "", List.of(), false, false);
        }
        Map<String, Node> map = file.mapping(node, what);
        for (Map.Entry<String, Node> e : map.entrySet()) {
            if (!OUR_KEYS.contains(e.getKey())) {
                throw file.error(e.getValue(), what + " has an unknown key '" + e.getKey() + "'.",
                        "Known keys: " + String.join(", ", OUR_KEYS) + ".");
            }
        }
        boolean hidden = file.bool(map.get("hidden"), what + ".hidden");
        Type type = Type.AUTO;
        if (map.containsKey("type")) {
            String word = file.scalar(map.get("type"), what + ".type").strip();
            if (word.equals("hidden")) {
                hidden = true;
            } else {
                type = ourType(map.get("type"), word, what + ".type");
            }
        }
        List<String> options = map.containsKey("options") ? file.strings(map.get("options"), what + ".options") : List.of();
        if (type == Type.SELECT && options.isEmpty()) {
            throw file.error(map.getOrDefault("options", node), what + " is a select with no options.",
                    "List the choices, as in options: [Physics, Chemistry].");
        }
        return new InputSpec(type, text(map, "label", what), text(map, "comment", what), options,
                file.bool(map.get("required"), what + ".required"), hidden);
    }

    private Type ourType(Node node, String word, String what) throws DocumentException {
        for (Type type : Type.values()) {
            if (type != Type.AUTO && type.name().toLowerCase(Locale.ROOT).equals(word)) {
                return type;
            }
        }
        throw file.error(node, what + " is '" + word + "', not an input type.",
                "Write one of text, textarea, markdown, number, checkbox, date, datetime, url, select, hidden.");
    }

    private InputSpec cloudCannonEntry(Node node, String what) throws DocumentException {
        Map<String, Node> map = file.mapping(node, what);
        Type type = Type.AUTO;
        if (map.containsKey("type")) {
            String word = file.scalar(map.get("type"), what + ".type").strip().toLowerCase(Locale.ROOT);
            type = CLOUDCANNON_TYPES.get(word);
            if (type == null) {
                type = Type.AUTO;
                notes.add(file.where(map.get("type")) + ": " + what + " has type '" + word
                        + "', which Masthead has no input for; the form infers this field's input instead.");
            }
        }
        boolean hidden = false;
        Node hiddenNode = map.get("hidden");
        if (hiddenNode instanceof ScalarNode s && !ConfigFile.isBool(s) && !ConfigFile.isNull(s)) {
            notes.add(file.where(hiddenNode) + ": " + what + ".hidden '" + s.getValue()
                    + "' depends on another field, which Masthead does not follow; the field is shown.");
        } else {
            hidden = file.bool(hiddenNode, what + ".hidden");
        }
        List<String> options = List.of();
        boolean required = false;
        Node optionsNode = map.get("options");
        if (optionsNode != null && !ConfigFile.isNull(optionsNode)) {
            Map<String, Node> opts = file.mapping(optionsNode, what + ".options");
            required = file.bool(opts.get("required"), what + ".options.required");
            if (opts.containsKey("values")) {
                options = values(opts.get("values"), what + ".options.values");
            }
        }
        if (type == Type.SELECT && options.isEmpty()) {
            notes.add(file.where(node) + ": " + what + " is a select with no values Masthead can read; "
                    + "the form infers this field's input instead.");
            type = Type.AUTO;
        }
        return new InputSpec(type, text(map, "label", what), text(map, "comment", what), options, required, hidden);
    }

    /**
     * Select values: a list of plain values (items that are objects are skipped), a mapping (its
     * keys are the values written to the file), or the name of a list in {@code _select_data}.
     */
    private List<String> values(Node node, String what) throws DocumentException {
        if (node instanceof ScalarNode s && !ConfigFile.isNull(s)) {
            Node data = file.section("_select_data").orElse(null);
            Node named = data instanceof MappingNode ? file.mapping(data, "_select_data").get(s.getValue().strip()) : null;
            if (named == null) {
                notes.add(file.where(node) + ": " + what + " names '" + s.getValue()
                        + "', which is not in the top-level _select_data.");
                return List.of();
            }
            return values(named, "_select_data." + s.getValue().strip());
        }
        if (node instanceof MappingNode) {
            return new ArrayList<>(file.mapping(node, what).keySet());
        }
        List<String> out = new ArrayList<>();
        if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s && !ConfigFile.isNull(s)) {
                    out.add(s.getValue());
                }
            }
        }
        return out;
    }

    private String text(Map<String, Node> map, String key, String what) throws DocumentException {
        Node node = map.get(key);
        return node == null ? "" : file.scalar(node, what + "." + key).strip();
    }
}
