package org.masthead.content;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 * One YAML configuration file of a content folder ({@code .masthead.yml}, or CloudCannon's
 * config), composed to a node tree and read section by section. Each part of Masthead reads its
 * own section through the accessors here, so every mistake is reported the same way: a
 * {@link DocumentException} naming the file, line and column of the offending node. Only nodes are
 * composed (no objects are constructed), so the file cannot make SnakeYAML instantiate anything.
 * The keys each section takes are described in {@code docs/config.md}.
 */
public final class ConfigFile {
    /** Masthead's own configuration file, read from the content folder itself (not its parents). */
    public static final String NAME = ".masthead.yml";
    /** A configuration file lists settings; anything larger is a mistake, refused before it is read. */
    static final long MAX_BYTES = 1_000_000;

    private final String source;
    private final Map<String, Node> top;

    private ConfigFile(String source, Map<String, Node> top) {
        this.source = source;
        this.top = top;
    }

    /** {@code folder}'s {@code .masthead.yml}, or empty when it has none. */
    public static Optional<ConfigFile> inFolder(Path folder) throws IOException, DocumentException {
        return read(folder.resolve(NAME));
    }

    /** The file at {@code file}, or empty when there is no regular file there. */
    public static Optional<ConfigFile> read(Path file) throws IOException, DocumentException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new DocumentException(file.toString(), 1, 1, "this configuration file is larger than "
                    + MAX_BYTES + " bytes.", "A configuration file lists settings; trim it or move it out of the folder.");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new DocumentException(file.toString(), 1, 1, "this configuration file is not UTF-8 text.",
                    "Save it as UTF-8.");
        }
        return Optional.of(parse(file.toString(), text.startsWith("\uFEFF") ? text.substring(1) : text));
    }

    /** {@code yaml} read as the configuration file named {@code source} in messages. */
    public static ConfigFile parse(String source, String yaml) throws DocumentException {
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
        ConfigFile empty = new ConfigFile(source, Map.of());
        if (root == null || isNull(root)) {
            return empty;
        }
        return new ConfigFile(source, empty.mapping(root, "the file"));
    }

    /**
     * {@code yaml} (the text of a configuration file) with the value at dotted {@code path} set to
     * {@code value}, spliced in: every other byte stays as written, comments and order included;
     * missing keys are added beside their siblings. The result is read back as a configuration
     * file, so a splice that would break it is refused with the reason.
     */
    public static String withValue(String source, String yaml, String path, String value) throws DocumentException {
        String body = yaml.isEmpty() || yaml.endsWith("\n") ? yaml : yaml + "\n";
        // The document model splices front matter; the file is put between fences and taken out again.
        String fenced = "---\n" + body + "---\n";
        org.masthead.document.Document doc = org.masthead.document.Document.parse(source,
                fenced.getBytes(StandardCharsets.UTF_8));
        String edited = doc.set(org.masthead.document.KeyPath.parse(path), value).text();
        String inner = edited.substring(4, edited.length() - 4);
        String out = body.length() == yaml.length() || !inner.endsWith("\n") ? inner : inner.substring(0, inner.length() - 1);
        parse(source, out);
        return out;
    }

    public String source() {
        return source;
    }

    /** The top-level section {@code name}, or empty when it is absent or null. */
    public Optional<Node> section(String name) {
        Node node = top.get(name);
        return node == null || isNull(node) ? Optional.empty() : Optional.of(node);
    }

    /** A mapping's entries in file order; an error naming {@code what} when {@code node} is not a mapping. */
    public Map<String, Node> mapping(Node node, String what) throws DocumentException {
        if (!(node instanceof MappingNode map)) {
            throw error(node, what + " must be a mapping of keys to values.", "Write it as 'key: value' lines.");
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            out.put(scalar(tuple.getKeyNode(), what + " key"), tuple.getValueNode());
        }
        return out;
    }

    /** An error at the first key of {@code map} that is not in {@code known}. */
    public void checkKeys(Map<String, Node> map, List<String> known, String what) throws DocumentException {
        for (Map.Entry<String, Node> entry : map.entrySet()) {
            if (!known.contains(entry.getKey())) {
                throw error(entry.getValue(), what + " has an unknown key '" + entry.getKey() + "'.",
                        "Known keys: " + String.join(", ", known) + ".");
            }
        }
    }

    /** A single value as written ("" for null); an error when {@code node} is a list or mapping. */
    public String scalar(Node node, String what) throws DocumentException {
        if (!(node instanceof ScalarNode scalar)) {
            throw error(node, what + " must be a single value.", "Write it on one line after the colon.");
        }
        return isNull(node) ? "" : scalar.getValue();
    }

    /** A list of single values, as written; an error when {@code node} is not a list. */
    public List<String> strings(Node node, String what) throws DocumentException {
        if (!(node instanceof SequenceNode seq)) {
            throw error(node, what + " must be a list.", "Write it as [a, b] or as '- a' lines.");
        }
        List<String> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            out.add(scalar(item, what + " item"));
        }
        return out;
    }

    /** A YAML boolean; false when {@code node} is absent or null. */
    public boolean bool(Node node, String what) throws DocumentException {
        if (node == null || isNull(node)) {
            return false;
        }
        if (node instanceof ScalarNode s && isBool(s)) {
            return List.of("true", "yes", "on", "y").contains(s.getValue().strip().toLowerCase(Locale.ROOT));
        }
        throw error(node, what + " must be true or false.", "Write true or false.");
    }

    public static boolean isBool(ScalarNode node) {
        return "tag:yaml.org,2002:bool".equals(node.getTag().getValue());
    }

    public static boolean isNull(Node node) {
        return node instanceof ScalarNode s && "tag:yaml.org,2002:null".equals(s.getTag().getValue());
    }

    /** {@code file:line:column} of {@code node}, for notes that are not errors. */
    public String where(Node node) {
        Mark mark = node.getStartMark();
        return source + ":" + (mark == null ? 1 : mark.getLine() + 1) + ":" + (mark == null ? 1 : mark.getColumn() + 1);
    }

    /** An error at {@code node} (the start of the file when it is null). */
    public DocumentException error(Node node, String problem, String hint) {
        Mark mark = node == null ? null : node.getStartMark();
        return new DocumentException(source, mark == null ? 1 : mark.getLine() + 1,
                mark == null ? 1 : mark.getColumn() + 1, problem, hint);
    }
}
