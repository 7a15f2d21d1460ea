package org.masthead.seo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.masthead.document.DocumentException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a folder's SEO rules from the {@code seo:} section of its {@code .masthead.yml}. Every
 * key is optional; a missing file or section means {@link SeoRules#DEFAULTS}. Other sections of
 * the file belong to other parts of Masthead and are ignored here.
 *
 * <pre>
 * seo:
 *   fields:                      # where the checked values live (dotted paths)
 *     title: title
 *     seo_title: seo.title
 *     description: seo.page_description
 *     keywords: seo.page_keywords
 *     file_name: file_name
 *     url: url
 *     id: id
 *     date: date
 *     subject: subject
 *     related_prefix: related_article   # related_article1, related_article2, ...
 *   url_pattern: /learn/{subject}/questions/{slug}   # "" checks only that url ends with the slug
 *   required: [title, date, seo.title, seo.page_description]
 *   title_min_chars: 30
 *   title_max_chars: 60
 *   title_max_px: 600
 *   title_font_px: 20
 *   description_min_chars: 120
 *   description_max_chars: 156       # longer: warning
 *   description_error_chars: 160     # longer: error
 *   description_max_px: 920
 *   description_font_px: 14
 *   keywords_min: 3
 *   keywords_max: 12
 *   disabled: [seo-title-length]     # check ids to skip
 *   severity:                        # change a check's severity: error, warning or info
 *     seo-description-width: warning
 * </pre>
 *
 * The file is loaded with SnakeYAML's safe constructor (no arbitrary types). Mistakes (an
 * unknown key, a word where a number belongs, min above max) are reported as a
 * {@link DocumentException} naming the file, line and column, so a typo never silently falls back
 * to a default.
 */
public final class SeoConfig {
    public static final String FILE_NAME = ".masthead.yml";

    private static final List<String> FIELD_KEYS = List.of("title", "seo_title", "description", "keywords",
            "file_name", "url", "id", "date", "subject", "related_prefix");
    private static final List<String> KEYS = List.of("fields", "url_pattern", "required", "title_min_chars",
            "title_max_chars", "title_max_px", "title_font_px", "description_min_chars", "description_max_chars",
            "description_error_chars", "description_max_px", "description_font_px", "keywords_min", "keywords_max",
            "disabled", "severity");

    private final String source;

    private SeoConfig(String source) {
        this.source = source;
    }

    /** The rules for {@code folder}: its {@code .masthead.yml} if there is one, else the defaults. */
    public static SeoRules load(Path folder) throws IOException, DocumentException {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return SeoRules.DEFAULTS;
        }
        return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    public static SeoRules parse(String source, String yaml) throws DocumentException {
        return new SeoConfig(source).read(yaml);
    }

    private SeoRules read(String yaml) throws DocumentException {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new java.io.StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            throw new DocumentException(source, mark == null ? 1 : mark.getLine() + 1,
                    mark == null ? 1 : mark.getColumn() + 1, "this is not valid YAML: " + e.getProblem() + ".",
                    "Fix the YAML syntax.");
        }
        if (root == null) {
            return SeoRules.DEFAULTS;
        }
        Map<String, Node> top = mapping(root, "the file");
        Node section = top.get("seo");
        if (section == null || isNull(section)) {
            return SeoRules.DEFAULTS;
        }
        Map<String, Node> seo = mapping(section, "seo");
        checkKeys(seo, KEYS, "seo");
        SeoRules d = SeoRules.DEFAULTS;
        SeoRules.FieldNames fields = d.fields();
        if (seo.containsKey("fields")) {
            Map<String, Node> f = mapping(seo.get("fields"), "seo.fields");
            checkKeys(f, FIELD_KEYS, "seo.fields");
            fields = new SeoRules.FieldNames(
                    text(f, "title", fields.title()), text(f, "seo_title", fields.seoTitle()),
                    text(f, "description", fields.description()), text(f, "keywords", fields.keywords()),
                    text(f, "file_name", fields.fileName()), text(f, "url", fields.url()), text(f, "id", fields.id()),
                    text(f, "date", fields.date()), text(f, "subject", fields.subject()),
                    text(f, "related_prefix", fields.relatedPrefix()));
        }
        String urlPattern = seo.containsKey("url_pattern") ? scalar(seo.get("url_pattern"), "seo.url_pattern")
                : d.urlPattern();
        List<String> required = seo.containsKey("required") ? strings(seo.get("required"), "seo.required")
                : d.required();
        Set<String> disabled = seo.containsKey("disabled")
                ? new LinkedHashSet<>(strings(seo.get("disabled"), "seo.disabled")) : d.disabled();
        for (String id : disabled) {
            if (!Checks.ALL.contains(id)) {
                Node at = seo.get("disabled");
                throw error(at, "seo.disabled names an unknown check '" + id + "'.",
                        "Use check ids as printed by 'masthead check', such as seo-title-length.");
            }
        }
        Map<String, Severity> severities = seo.containsKey("severity") ? severities(seo.get("severity"))
                : d.severities();
        int titleMin = whole(seo, "title_min_chars", d.titleMinChars());
        int titleMax = whole(seo, "title_max_chars", d.titleMaxChars());
        int descMin = whole(seo, "description_min_chars", d.descriptionMinChars());
        int descMax = whole(seo, "description_max_chars", d.descriptionMaxChars());
        int descError = whole(seo, "description_error_chars", d.descriptionErrorChars());
        int kwMin = whole(seo, "keywords_min", d.keywordsMin());
        int kwMax = whole(seo, "keywords_max", d.keywordsMax());
        order(seo, "title_min_chars", titleMin, "title_max_chars", titleMax);
        order(seo, "description_min_chars", descMin, "description_max_chars", descMax);
        order(seo, "description_max_chars", descMax, "description_error_chars", descError);
        order(seo, "keywords_min", kwMin, "keywords_max", kwMax);
        return new SeoRules(fields, urlPattern, required, titleMin, titleMax,
                number(seo, "title_max_px", d.titleMaxPx()), number(seo, "title_font_px", d.titleFontPx()),
                descMin, descMax, descError,
                number(seo, "description_max_px", d.descriptionMaxPx()),
                number(seo, "description_font_px", d.descriptionFontPx()),
                kwMin, kwMax, disabled, severities);
    }

    private Map<String, Severity> severities(Node node) throws DocumentException {
        Map<String, Severity> out = new HashMap<>();
        for (Map.Entry<String, Node> entry : mapping(node, "seo.severity").entrySet()) {
            if (!Checks.ALL.contains(entry.getKey())) {
                throw error(entry.getValue(), "seo.severity names an unknown check '" + entry.getKey() + "'.",
                        "Use check ids as printed by 'masthead check', such as seo-title-length.");
            }
            String word = scalar(entry.getValue(), "seo.severity." + entry.getKey()).strip();
            try {
                out.put(entry.getKey(), Severity.valueOf(word.toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw error(entry.getValue(), "seo.severity." + entry.getKey() + " is '" + word
                        + "', not a severity.", "Write error, warning or info.");
            }
        }
        return out;
    }

    private Map<String, Node> mapping(Node node, String what) throws DocumentException {
        if (!(node instanceof MappingNode map)) {
            throw error(node, what + " must be a mapping of keys to values.", "Write it as 'key: value' lines.");
        }
        Map<String, Node> out = new HashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            out.put(scalar(tuple.getKeyNode(), what + " key"), tuple.getValueNode());
        }
        return out;
    }

    private void checkKeys(Map<String, Node> map, List<String> known, String what) throws DocumentException {
        for (Map.Entry<String, Node> entry : map.entrySet()) {
            if (!known.contains(entry.getKey())) {
                throw error(entry.getValue(), what + " has an unknown key '" + entry.getKey() + "'.",
                        "Known keys: " + String.join(", ", known) + ".");
            }
        }
    }

    private String text(Map<String, Node> map, String key, String fallback) throws DocumentException {
        if (!map.containsKey(key)) {
            return fallback;
        }
        String value = scalar(map.get(key), key);
        if (value.isBlank()) {
            throw error(map.get(key), key + " is empty.", "Give the dotted path of a field, such as seo.title.");
        }
        return value.strip();
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
            out.add(scalar(item, what + " item").strip());
        }
        return out;
    }

    private int whole(Map<String, Node> map, String key, int fallback) throws DocumentException {
        if (!map.containsKey(key)) {
            return fallback;
        }
        String value = scalar(map.get(key), "seo." + key);
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw error(map.get(key), "seo." + key + " must be a whole number of 0 or more, found '" + value + "'.",
                "Write a number such as " + fallback + ".");
    }

    private double number(Map<String, Node> map, String key, double fallback) throws DocumentException {
        if (!map.containsKey(key)) {
            return fallback;
        }
        String value = scalar(map.get(key), "seo." + key);
        try {
            double n = Double.parseDouble(value.strip());
            if (n > 0 && Double.isFinite(n)) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw error(map.get(key), "seo." + key + " must be a number above 0, found '" + value + "'.",
                "Write a number of pixels such as " + (int) fallback + ".");
    }

    private void order(Map<String, Node> map, String lowKey, int low, String highKey, int high)
            throws DocumentException {
        if (low > high) {
            Node at = map.containsKey(highKey) ? map.get(highKey) : map.get(lowKey);
            throw error(at, "seo." + lowKey + " (" + low + ") is above seo." + highKey + " (" + high + ").",
                    "Make " + lowKey + " no larger than " + highKey + ".");
        }
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && "tag:yaml.org,2002:null".equals(s.getTag().getValue());
    }

    private DocumentException error(Node node, String problem, String hint) {
        Mark mark = node == null ? null : node.getStartMark();
        int line = mark == null ? 1 : mark.getLine() + 1;
        int column = mark == null ? 1 : mark.getColumn() + 1;
        return new DocumentException(source, line, column, problem, hint);
    }
}
