package org.masthead.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.masthead.content.InputSpec.Type;
import org.masthead.document.DocumentException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one schema file into field key to {@link InputSpec}. Our own {@code inputs:} section is
 * read strictly (an unknown key or type is an error, so a typo is never silently ignored);
 * CloudCannon's {@code _inputs} is read leniently, because a CloudCannon config legitimately holds
 * many keys Masthead has no use for. Only the YAML node tree is composed (no objects are
 * constructed), so the file cannot make SnakeYAML instantiate anything.
 */
final class InputSchemaReader {
    private static final List<String> OUR_KEYS = List.of("type", "label", "comment", "options", "required", "hidden");
    private static final Pattern OUR_FIELD_KEY = Pattern.compile("[^.\\[\\]\\s]+(\\.[^.\\[\\]\\s]+)*");
    private static final Map<String, Type> CLOUDCANNON_TYPES = cloudCannonTypes();

    private final String source;
    private final boolean cloudCannon;
    private final List<String> notes;
    private Map<String, Node> top = Map.of();

    InputSchemaReader(String source, boolean cloudCannon, List<String> notes) {
        this.source = source;
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

    Map<String, InputSpec> read(String yaml) throws DocumentException {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            throw new DocumentException(source, mark == null ? 1 : mark.getLine() + 1,
                    mark == null ? 1 : mark.getColumn() + 1, "this is not valid YAML: " + e.getProblem() + ".",
                    "Fix the YAML syntax.");
        } catch (YAMLException e) {
            throw new DocumentException(source, 1, 1, "this file could not be read as YAML: " + e.getMessage() + ".",
                    "Fix the YAML syntax.");
        }
        Map<String, InputSpec> out = new LinkedHashMap<>();
        if (root == null || isNull(root)) {
            return out;
        }
        top = mapping(root, "the file");
        String sectionName = cloudCannon ? "_inputs" : "inputs";
        Node section = top.get(sectionName);
        if (section == null || isNull(section)) {
            return out;
        }
        for (Map.Entry<String, Node> entry : mapping(section, sectionName).entrySet()) {
            String key = entry.getKey().strip();
            String what = sectionName + "." + key;
            if (!cloudCannon && !OUR_FIELD_KEY.matcher(key).matches()) {
                throw error(entry.getValue(), what + " is not a field key.",
                        "Write a key name such as subject, or a dotted path such as seo.title.");
            }
            out.put(key, cloudCannon ? cloudCannonEntry(entry.getValue(), what) : ourEntry(entry.getValue(), what));
        }
        return out;
    }

    private InputSpec ourEntry(Node node, String what) throws DocumentException {
        if (node instanceof ScalarNode) {
            String word = scalar(node, what).strip();
            return word.equals("hidden") ? new InputSpec(Type.AUTO, "", "", List.of(), false, true)
                    : new InputSpec(ourType(node, word, what), "", "", List.of(), false, false);
        }
        Map<String, Node> map = mapping(node, what);
        for (Map.Entry<String, Node> e : map.entrySet()) {
            if (!OUR_KEYS.contains(e.getKey())) {
                throw error(e.getValue(), what + " has an unknown key '" + e.getKey() + "'.",
                        "Known keys: " + String.join(", ", OUR_KEYS) + ".");
            }
        }
        boolean hidden = bool(map.get("hidden"), what + ".hidden");
        Type type = Type.AUTO;
        if (map.containsKey("type")) {
            String word = scalar(map.get("type"), what + ".type").strip();
            if (word.equals("hidden")) {
                hidden = true;
            } else {
                type = ourType(map.get("type"), word, what + ".type");
            }
        }
        List<String> options = map.containsKey("options") ? strings(map.get("options"), what + ".options") : List.of();
        if (type == Type.SELECT && options.isEmpty()) {
            throw error(map.getOrDefault("options", node), what + " is a select with no options.",
                    "List the choices, as in options: [Physics, Chemistry].");
        }
        return new InputSpec(type, text(map, "label", what), text(map, "comment", what), options,
                bool(map.get("required"), what + ".required"), hidden);
    }

    private Type ourType(Node node, String word, String what) throws DocumentException {
        for (Type type : Type.values()) {
            if (type != Type.AUTO && type.name().toLowerCase(Locale.ROOT).equals(word)) {
                return type;
            }
        }
        throw error(node, what + " is '" + word + "', not an input type.",
                "Write one of text, textarea, markdown, number, checkbox, date, datetime, url, select, hidden.");
    }

    private InputSpec cloudCannonEntry(Node node, String what) throws DocumentException {
        Map<String, Node> map = mapping(node, what);
        Type type = Type.AUTO;
        if (map.containsKey("type")) {
            String word = scalar(map.get("type"), what + ".type").strip().toLowerCase(Locale.ROOT);
            type = CLOUDCANNON_TYPES.get(word);
            if (type == null) {
                type = Type.AUTO;
                notes.add(where(map.get("type")) + ": " + what + " has type '" + word
                        + "', which Masthead has no input for; the form infers this field's input instead.");
            }
        }
        boolean hidden = false;
        Node hiddenNode = map.get("hidden");
        if (hiddenNode instanceof ScalarNode s && !isBool(s) && !isNull(s)) {
            notes.add(where(hiddenNode) + ": " + what + ".hidden '" + s.getValue()
                    + "' depends on another field, which Masthead does not follow; the field is shown.");
        } else {
            hidden = bool(hiddenNode, what + ".hidden");
        }
        List<String> options = List.of();
        boolean required = false;
        Node optionsNode = map.get("options");
        if (optionsNode != null && !isNull(optionsNode)) {
            Map<String, Node> opts = mapping(optionsNode, what + ".options");
            required = bool(opts.get("required"), what + ".options.required");
            if (opts.containsKey("values")) {
                options = values(opts.get("values"), what + ".options.values");
            }
        }
        if (type == Type.SELECT && options.isEmpty()) {
            notes.add(where(node) + ": " + what + " is a select with no values Masthead can read; "
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
        if (node instanceof ScalarNode s && !isNull(s)) {
            Node data = top.get("_select_data");
            Node named = data instanceof MappingNode ? mapping(data, "_select_data").get(s.getValue().strip()) : null;
            if (named == null) {
                notes.add(where(node) + ": " + what + " names '" + s.getValue()
                        + "', which is not in the top-level _select_data.");
                return List.of();
            }
            return values(named, "_select_data." + s.getValue().strip());
        }
        if (node instanceof MappingNode) {
            return new ArrayList<>(mapping(node, what).keySet());
        }
        List<String> out = new ArrayList<>();
        if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s && !isNull(s)) {
                    out.add(s.getValue());
                }
            }
        }
        return out;
    }

    private Map<String, Node> mapping(Node node, String what) throws DocumentException {
        if (!(node instanceof MappingNode map)) {
            throw error(node, what + " must be a mapping of keys to values.", "Write it as 'key: value' lines.");
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            out.put(scalar(tuple.getKeyNode(), what + " key"), tuple.getValueNode());
        }
        return out;
    }

    private String text(Map<String, Node> map, String key, String what) throws DocumentException {
        Node node = map.get(key);
        return node == null ? "" : scalar(node, what + "." + key).strip();
    }

    private String scalar(Node node, String what) throws DocumentException {
        if (!(node instanceof ScalarNode scalar)) {
            throw error(node, what + " must be a single value.", "Write it on one line after the colon.");
        }
        return isNull(node) ? "" : scalar.getValue();
    }

    private List<String> strings(Node node, String what) throws DocumentException {
        if (!(node instanceof SequenceNode seq)) {
            throw error(node, what + " must be a list.", "Write it as [a, b] or as '- a' lines.");
        }
        List<String> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            out.add(scalar(item, what + " item"));
        }
        return out;
    }

    private boolean bool(Node node, String what) throws DocumentException {
        if (node == null || isNull(node)) {
            return false;
        }
        if (node instanceof ScalarNode s && isBool(s)) {
            return List.of("true", "yes", "on", "y").contains(s.getValue().strip().toLowerCase(Locale.ROOT));
        }
        throw error(node, what + " must be true or false.", "Write true or false.");
    }

    private static boolean isBool(ScalarNode node) {
        return "tag:yaml.org,2002:bool".equals(node.getTag().getValue());
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && "tag:yaml.org,2002:null".equals(s.getTag().getValue());
    }

    private String where(Node node) {
        Mark mark = node.getStartMark();
        return source + ":" + (mark == null ? 1 : mark.getLine() + 1) + ":" + (mark == null ? 1 : mark.getColumn() + 1);
    }

    private DocumentException error(Node node, String problem, String hint) {
        Mark mark = node == null ? null : node.getStartMark();
        return new DocumentException(source, mark == null ? 1 : mark.getLine() + 1,
                mark == null ? 1 : mark.getColumn() + 1, problem, hint);
    }
}
