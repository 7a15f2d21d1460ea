package org.masthead.seo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.masthead.content.ArticleFiles;
import org.masthead.content.ConfigFile;
import org.masthead.content.Slugs;
import org.masthead.content.site.Site;
import org.masthead.content.site.SiteDetector;
import org.masthead.document.DocumentException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a folder's SEO rules from the {@code seo:} section of its {@code .masthead.yml}
 * ({@code docs/config.md} lists the keys). Every key is optional; a missing file or section means
 * {@link SeoRules#DEFAULTS}. A mistake (an unknown key, a word where a number belongs, min above
 * max) is a {@link DocumentException} naming the file, line and column, so a typo never silently
 * falls back to a default.
 *
 * <p>{@code seo.ignore} maps an article's path (relative to the folder, with {@code /}) to the
 * check ids not to report for it: {@code ignore: {posts/a.md: [seo-title-length]}}. A single id
 * may stand without brackets. {@link SeoIgnores#add} writes one.
 */
public final class SeoConfig {
    private static final List<String> FIELD_KEYS = List.of("title", "seo_title", "description", "keywords",
            "file_name", "url", "id", "date", "subject", "related_prefix", "slug", "draft", "published",
            "publish_date", "expiry_date", "canonical", "image", "aliases");
    /** The keys a generator's site may leave empty: "" says the site has no such field. */
    private static final List<String> MAY_BE_EMPTY = List.of("seo_title", "keywords", "file_name", "url", "id",
            "date", "subject", "related_prefix", "slug", "draft", "published", "publish_date", "expiry_date",
            "canonical", "image", "aliases");
    private static final List<String> KEYS = List.of("profile", "fields", "url_pattern", "required", "title_min_chars",
            "title_max_chars", "title_max_px", "title_font_px", "description_min_chars", "description_max_chars",
            "description_error_chars", "description_max_px", "description_font_px", "keywords_min", "keywords_max",
            "disabled", "severity", "image_max_kb", "ignore");

    private final ConfigFile file;

    private SeoConfig(ConfigFile file) {
        this.file = file;
    }

    /**
     * The rules for {@code folder}: the profile of the site it belongs to (the reference format's
     * when no generator is recognised, {@link SeoRules#DEFAULTS}), with its {@code .masthead.yml}
     * applied over them. Reads the folder's files to choose the profile and, for a generator's
     * site, to work out the required fields; run it off the FX thread.
     */
    public static SeoRules load(Path folder) throws IOException, DocumentException {
        return load(folder, SiteDetector.detect(folder));
    }

    /** {@link #load(Path)} for a site already detected. */
    public static SeoRules load(Path folder, Site site) throws IOException, DocumentException {
        return profiled(folder, site).withSlugs(Slugs.styleOf(folder));
    }

    private static SeoRules profiled(Path folder, Site site) throws IOException, DocumentException {
        Optional<ConfigFile> file = ConfigFile.inFolder(folder);
        SeoConfig config = file.map(SeoConfig::new).orElse(null);
        String profile = config == null ? null : config.profile();
        if (profile == null) {
            profile = SiteProfiles.choose(site, SiteProfiles.sample(folder, SiteProfiles.sampleSize()));
        }
        boolean reference = profile.equals(SeoRules.REFERENCE);
        List<Path> files = reference ? List.of() : ArticleFiles.under(folder);
        SeoRules base = reference && !site.detected() ? SeoRules.DEFAULTS : SiteProfiles.base(profile, site, files);
        if (config == null) {
            return base;
        }
        SeoRules rules = config.read(base);
        if (!reference && !config.setsRequired()) {
            rules = rules.withSite(profile, site, SiteProfiles.required(site, rules.fields(), files));
        }
        return rules;
    }

    public static SeoRules parse(String source, String yaml) throws DocumentException {
        return new SeoConfig(ConfigFile.parse(source, yaml)).read(SeoRules.DEFAULTS);
    }

    /** The profile {@code seo.profile} names, or null when the file does not say. */
    private String profile() throws DocumentException {
        Optional<Node> section = file.section("seo");
        if (section.isEmpty()) {
            return null;
        }
        Node node = file.mapping(section.get(), "seo").get("profile");
        if (node == null) {
            return null;
        }
        String name = file.scalar(node, "seo.profile").strip().toLowerCase(Locale.ROOT);
        if (!SiteProfiles.NAMES.contains(name)) {
            throw file.error(node, "seo.profile is '" + name + "', not a profile Masthead knows.",
                    "Write one of " + String.join(", ", SiteProfiles.NAMES) + ".");
        }
        return name;
    }

    private boolean setsRequired() throws DocumentException {
        Optional<Node> section = file.section("seo");
        return section.isPresent() && file.mapping(section.get(), "seo").containsKey("required");
    }

    private SeoRules read(SeoRules d) throws DocumentException {
        Optional<Node> section = file.section("seo");
        if (section.isEmpty()) {
            return d;
        }
        Map<String, Node> seo = file.mapping(section.get(), "seo");
        file.checkKeys(seo, KEYS, "seo");
        SeoRules.FieldNames fields = d.fields();
        if (seo.containsKey("fields")) {
            Map<String, Node> f = file.mapping(seo.get("fields"), "seo.fields");
            file.checkKeys(f, FIELD_KEYS, "seo.fields");
            fields = new SeoRules.FieldNames(
                    text(f, "title", fields.title()), text(f, "seo_title", fields.seoTitle()),
                    text(f, "description", fields.description()), text(f, "keywords", fields.keywords()),
                    text(f, "file_name", fields.fileName()), text(f, "url", fields.url()), text(f, "id", fields.id()),
                    text(f, "date", fields.date()), text(f, "subject", fields.subject()),
                    text(f, "related_prefix", fields.relatedPrefix()), text(f, "slug", fields.slug()),
                    text(f, "draft", fields.draft()), text(f, "published", fields.published()),
                    text(f, "publish_date", fields.publishDate()), text(f, "expiry_date", fields.expiryDate()),
                    text(f, "canonical", fields.canonical()), text(f, "image", fields.image()),
                    text(f, "aliases", fields.aliases()));
        }
        String urlPattern = seo.containsKey("url_pattern") ? file.scalar(seo.get("url_pattern"), "seo.url_pattern")
                : d.urlPattern();
        List<String> required = seo.containsKey("required") ? stripped(seo.get("required"), "seo.required")
                : d.required();
        Set<String> disabled = seo.containsKey("disabled")
                ? new LinkedHashSet<>(stripped(seo.get("disabled"), "seo.disabled")) : d.disabled();
        for (String id : disabled) {
            if (!Checks.ALL.contains(id)) {
                Node at = seo.get("disabled");
                throw file.error(at, "seo.disabled names an unknown check '" + id + "'.",
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
                kwMin, kwMax, disabled, severities, d.profile(), d.site(),
                seo.containsKey("required") ? Map.of() : d.requiredBySection(),
                whole(seo, "image_max_kb", d.imageMaxKb()), d.slugs(),
                seo.containsKey("ignore") ? ignores(seo.get("ignore")) : d.ignored());
    }

    private Map<String, Set<String>> ignores(Node node) throws DocumentException {
        Map<String, Set<String>> out = new HashMap<>();
        if (ConfigFile.isNull(node)) {
            return out;
        }
        for (Map.Entry<String, Node> entry : file.mapping(node, "seo.ignore").entrySet()) {
            String what = "seo.ignore." + entry.getKey();
            Node value = entry.getValue();
            List<String> ids = value instanceof org.yaml.snakeyaml.nodes.ScalarNode
                    ? List.of(file.scalar(value, what)) : stripped(value, what);
            for (String id : ids) {
                if (!Checks.ALL.contains(id.strip())) {
                    throw file.error(value, what + " names an unknown check '" + id.strip() + "'.",
                            "Use check ids as printed by 'masthead check', such as seo-title-length.");
                }
            }
            Set<String> checks = new LinkedHashSet<>();
            ids.forEach(id -> checks.add(id.strip()));
            out.put(entry.getKey().strip(), checks);
        }
        return out;
    }

    private Map<String, Severity> severities(Node node) throws DocumentException {
        Map<String, Severity> out = new HashMap<>();
        for (Map.Entry<String, Node> entry : file.mapping(node, "seo.severity").entrySet()) {
            if (!Checks.ALL.contains(entry.getKey())) {
                throw file.error(entry.getValue(), "seo.severity names an unknown check '" + entry.getKey() + "'.",
                        "Use check ids as printed by 'masthead check', such as seo-title-length.");
            }
            String word = file.scalar(entry.getValue(), "seo.severity." + entry.getKey()).strip();
            try {
                out.put(entry.getKey(), Severity.valueOf(word.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw file.error(entry.getValue(), "seo.severity." + entry.getKey() + " is '" + word
                        + "', not a severity.", "Write error, warning or info.");
            }
        }
        return out;
    }

    private String text(Map<String, Node> map, String key, String fallback) throws DocumentException {
        if (!map.containsKey(key)) {
            return fallback;
        }
        String value = file.scalar(map.get(key), key);
        if (value.isBlank() && !MAY_BE_EMPTY.contains(key)) {
            throw file.error(map.get(key), key + " is empty.", "Give the dotted path of a field, such as seo.title.");
        }
        return value.strip();
    }

    private List<String> stripped(Node node, String what) throws DocumentException {
        List<String> out = new ArrayList<>();
        for (String item : file.strings(node, what)) {
            out.add(item.strip());
        }
        return out;
    }

    private int whole(Map<String, Node> map, String key, int fallback) throws DocumentException {
        return (int) numeric(map, key, fallback, true);
    }

    private double number(Map<String, Node> map, String key, double fallback) throws DocumentException {
        return numeric(map, key, fallback, false);
    }

    /** A count of 0 or more when {@code whole}, else a finite size above 0 (pixels). */
    private double numeric(Map<String, Node> map, String key, double fallback, boolean whole)
            throws DocumentException {
        if (!map.containsKey(key)) {
            return fallback;
        }
        String value = file.scalar(map.get(key), "seo." + key);
        try {
            double n = whole ? Integer.parseInt(value.strip()) : Double.parseDouble(value.strip());
            if (whole ? n >= 0 : n > 0 && Double.isFinite(n)) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        String rule = whole ? " must be a whole number of 0 or more" : " must be a number above 0";
        String example = whole ? "Write a number such as " : "Write a number of pixels such as ";
        throw file.error(map.get(key), "seo." + key + rule + ", found '" + value + "'.",
                example + (int) fallback + ".");
    }

    private void order(Map<String, Node> map, String lowKey, int low, String highKey, int high)
            throws DocumentException {
        if (low > high) {
            Node at = map.containsKey(highKey) ? map.get(highKey) : map.get(lowKey);
            throw file.error(at, "seo." + lowKey + " (" + low + ") is above seo." + highKey + " (" + high + ").",
                    "Make " + lowKey + " no larger than " + highKey + ".");
        }
    }

}
