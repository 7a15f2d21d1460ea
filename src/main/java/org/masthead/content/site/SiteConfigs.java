package org.masthead.content.site;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads each generator's config into a {@link Site}: only the values the checks use. */
final class SiteConfigs {
    private static final List<String> HUGO_TAXONOMIES = List.of("tags", "categories");
    /** Jekyll's named permalink styles. */
    private static final Map<String, String> JEKYLL_STYLES = Map.of(
            "date", "/:categories/:year/:month/:day/:title:output_ext",
            "pretty", "/:categories/:year/:month/:day/:title/",
            "ordinal", "/:categories/:year/:y_day/:title:output_ext",
            "weekdate", "/:categories/:year/W:week/:short_day/:title:output_ext",
            "none", "/:categories/:title:output_ext");

    private SiteConfigs() {
    }

    static Site hugo(Path folder, Path root, Path config) {
        List<String> notes = new ArrayList<>();
        Map<String, Object> c = ConfigValues.read(config, notes);
        String contentDir = ConfigValues.string(c, "contentDir");
        Path content = root.resolve(contentDir.isBlank() ? "content" : contentDir).normalize();
        Map<String, String> permalinks = new LinkedHashMap<>();
        Object p = ConfigValues.at(c, "permalinks");
        if (p instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (v instanceof Map<?, ?> kinds) {
                    // permalinks.page.posts: the pattern of regular pages, the kind Masthead judges
                    if (String.valueOf(k).equalsIgnoreCase("page")) {
                        ConfigValues.stringMap(kinds).forEach(permalinks::put);
                    }
                } else if (v != null) {
                    permalinks.putIfAbsent(String.valueOf(k), String.valueOf(v));
                }
            });
        }
        Object tax = ConfigValues.at(c, "taxonomies");
        List<String> taxonomies = tax == null ? HUGO_TAXONOMIES : ConfigValues.strings(tax);
        String lang = ConfigValues.string(c, "defaultContentLanguage");
        Site site = new Site(Generator.HUGO, folder, root, config, content, ConfigValues.string(c, "baseURL"),
                permalinks, lang.isEmpty() ? "en" : lang, taxonomies, List.of(), Map.of(), List.of(), notes);
        return HugoFolders.complete(site);
    }

    static Site hugoContent(Path folder) {
        Site site = new Site(Generator.HUGO, folder, folder, null, folder, "", Map.of(), "en", HUGO_TAXONOMIES,
                List.of(), Map.of(), List.of(), List.of("no Hugo config found: recognised by its _index.md files; "
                        + "the base URL and permalinks are unknown."));
        return HugoFolders.complete(site);
    }

    static Site jekyll(Path folder, Path root, Path config) {
        List<String> notes = new ArrayList<>();
        Map<String, Object> c = ConfigValues.read(config, notes);
        String base = ConfigValues.string(c, "url") + ConfigValues.string(c, "baseurl");
        Map<String, String> permalinks = new LinkedHashMap<>();
        String permalink = ConfigValues.string(c, "permalink");
        permalinks.put("", JEKYLL_STYLES.getOrDefault(permalink.isEmpty() ? "date" : permalink, permalink));
        Object collections = ConfigValues.at(c, "collections");
        if (collections instanceof Map<?, ?> map) {
            map.forEach((name, settings) -> {
                if (settings instanceof Map<?, ?> s && s.get("permalink") != null) {
                    String pattern = String.valueOf(s.get("permalink"));
                    permalinks.put("_" + name, JEKYLL_STYLES.getOrDefault(pattern, pattern));
                }
            });
        }
        List<String> excludes = ConfigValues.strings(ConfigValues.at(c, "exclude"));
        String lang = ConfigValues.string(c, "lang");
        return new Site(Generator.JEKYLL, folder, root, config, root, base, permalinks,
                lang.isEmpty() ? ConfigValues.string(c, "locale") : lang, List.of("tags", "categories"), excludes,
                Map.of(), List.of(), notes);
    }

    static Site jekyllContent(Path folder) {
        return new Site(Generator.JEKYLL, folder, folder, null, folder, "",
                Map.of("", JEKYLL_STYLES.get("date")), "", List.of("tags", "categories"), List.of(), Map.of(),
                List.of(), List.of("no _config.yml found: recognised by its _posts folder; the site's URL is unknown."));
    }

    static Site eleventy(Path folder, Path root, Path config) {
        List<String> notes = new ArrayList<>();
        Map<String, Object> c = ConfigValues.read(config, notes);
        String input = ConfigValues.string(c, "input");
        String base = "";
        for (String data : List.of("_data/metadata.json", "_data/site.json", "src/_data/metadata.json",
                "src/_data/site.json")) {
            if (base.isEmpty() && Files.isRegularFile(root.resolve(data))) {
                base = ConfigValues.string(ConfigValues.read(root.resolve(data), notes), "url");
            }
        }
        List<String> excludes = new ArrayList<>(List.of("node_modules/", "_site/", "README.md"));
        Path ignore = root.resolve(".eleventyignore");
        if (Files.isRegularFile(ignore)) {
            try {
                Files.readAllLines(ignore).stream().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.replaceFirst("^\\./", ""))
                        .forEach(excludes::add);
            } catch (java.io.IOException | RuntimeException e) {
                notes.add(ignore + ": cannot be read; its exclusions are not used.");
            }
        }
        Path content = input.isBlank() ? root : root.resolve(input.replaceFirst("^\\./", "")).normalize();
        return new Site(Generator.ELEVENTY, folder, root, config, content, base, Map.of(), "", List.of("tags"),
                excludes, Map.of(), List.of(), notes);
    }

    static Site astro(Path folder, Path root, Path config) {
        List<String> notes = new ArrayList<>();
        Map<String, Object> c = ConfigValues.read(config, notes);
        String base = ConfigValues.string(c, "site") + ConfigValues.string(c, "base");
        return new Site(Generator.ASTRO, folder, root, config, root.resolve("src/content"), base,
                Map.of("", "/:section/:slug/"), ConfigValues.string(c, "defaultLocale"), List.of("tags"), List.of(),
                Map.of(), List.of(), notes);
    }

    static Site docusaurus(Path folder, Path root, Path config) {
        List<String> notes = new ArrayList<>();
        Map<String, Object> c = ConfigValues.read(config, notes);
        String base = ConfigValues.string(c, "url") + ConfigValues.string(c, "baseUrl");
        return new Site(Generator.DOCUSAURUS, folder, root, config, root, base, Map.of(),
                ConfigValues.string(c, "defaultLocale"), List.of("tags"),
                List.of("node_modules/", "build/", "src/", "README.md"), Map.of(), List.of(), notes);
    }

    static Site mkdocs(Path folder, Path root, Path config) {
        List<String> notes = new ArrayList<>();
        // mkdocs.yml often holds !!python tags; those values are read as plain text by a lenient pass
        String text = read(config);
        Map<String, Object> c = ConfigValues.yaml(config, text.replaceAll("!!python/[\\w./:-]+", ""), notes);
        String docs = ConfigValues.string(c, "docs_dir");
        String directoryUrls = ConfigValues.string(c, "use_directory_urls");
        return new Site(Generator.MKDOCS, folder, root, config, root.resolve(docs.isBlank() ? "docs" : docs).normalize(),
                ConfigValues.string(c, "site_url"), Map.of("", directoryUrls.equals("false") ? ":path.html" : ":path/"),
                ConfigValues.string(c, "theme.language"), List.of("tags"), List.of(), Map.of(), List.of(), notes);
    }

    static Site cloudCannon(Path folder, Path config) {
        List<String> notes = new ArrayList<>();
        Map<String, Object> c = ConfigValues.read(config, notes);
        Path root = config.getParent();
        String source = ConfigValues.string(c, "source");
        Path content = source.isBlank() ? root : root.resolve(source).normalize();
        Map<String, String> permalinks = new LinkedHashMap<>();
        Map<String, List<String>> schemas = new LinkedHashMap<>();
        Set<String> shared = new HashSet<>();
        Object collections = ConfigValues.at(c, "collections_config");
        if (collections instanceof Map<?, ?> map) {
            map.forEach((name, settings) -> {
                if (!(settings instanceof Map<?, ?> s)) {
                    return;
                }
                String path = s.get("path") == null ? String.valueOf(name) : String.valueOf(s.get("path"));
                if (s.get("url") != null) {
                    permalinks.put(path, String.valueOf(s.get("url")));
                }
                Path schema = schemaFile(root, content, s.get("schemas"));
                String section = section(content, path);
                if (schema != null && schemas.putIfAbsent(section, FrontMatterKeys.of(schema)) != null) {
                    shared.add(section);
                }
            });
        }
        // two collections in one section would each claim the other's pages: neither template is used
        schemas.keySet().removeAll(shared);
        return new Site(Generator.CLOUDCANNON, folder, root, config, content, ConfigValues.string(c, "base_url"),
                permalinks, "", List.of(), List.of(), schemas, List.of(), notes);
    }

    /**
     * The collection's template for new files ({@code schemas.default}, else its first), whose
     * front-matter keys are what a page of it must have; null when it names no readable file.
     * CloudCannon reads the path from the site's root; it is also looked for under {@code source}.
     */
    private static Path schemaFile(Path root, Path content, Object schemas) {
        if (!(schemas instanceof Map<?, ?> map) || map.isEmpty()) {
            return null;
        }
        Object chosen = map.containsKey("default") ? map.get("default") : map.values().iterator().next();
        if (!(chosen instanceof Map<?, ?> schema) || schema.get("path") == null) {
            return null;
        }
        String path = String.valueOf(schema.get("path")).strip().replaceFirst("^/+", "");
        for (Path base : List.of(root, content)) {
            try {
                Path file = base.resolve(path).normalize();
                if (file.startsWith(root) && Files.isRegularFile(file)) {
                    return file;
                }
            } catch (InvalidPathException e) {
                return null;
            }
        }
        return null;
    }

    /** The section ({@link Site#section}) a collection's folder, relative to {@code source}, lies in: its first folder. */
    private static String section(Path content, String collectionPath) {
        try {
            Path dir = content.resolve(collectionPath.strip().replaceFirst("^/+", "")).normalize();
            return !dir.startsWith(content) || dir.equals(content) ? "" : content.relativize(dir).getName(0).toString();
        } catch (InvalidPathException e) {
            return "";
        }
    }

    private static String read(Path file) {
        try {
            return Files.size(file) > ConfigValues.MAX_BYTES ? "" : Files.readString(file);
        } catch (java.io.IOException | RuntimeException e) {
            return "";
        }
    }
}
