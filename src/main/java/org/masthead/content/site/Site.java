package org.masthead.content.site;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The site a content folder belongs to, as far as the checks need it. Paths given to its methods
 * are relative to the opened {@code folder}, with {@code /}.
 *
 * @param generator       the generator, or {@link Generator#NONE} for a plain folder
 * @param folder          the opened content folder, absolute
 * @param root            the site's root (where its config is), or {@code folder} when none was found
 * @param config          the config file read, or null
 * @param contentDir      where the site's pages live, absolute
 * @param baseUrl         the site's address ({@code https://example.org/docs}), "" when unknown
 * @param permalinks      URL patterns by section ("" for the site-wide one), as written in the config
 * @param defaultLanguage the default language code, "" when unset
 * @param taxonomies      taxonomy front-matter keys ({@code tags}, {@code categories})
 * @param excludes        paths or globs the config excludes, relative to the site root
 * @param archetypes      the top-level front-matter keys of each archetype or schema, by section ("" for the default)
 * @param unrendered      folder-relative folders ending in {@code /} whose files are not rendered
 * @param notes           what was read leniently or left out, for the user
 */
public record Site(Generator generator, Path folder, Path root, Path config, Path contentDir, String baseUrl,
                   Map<String, String> permalinks, String defaultLanguage, List<String> taxonomies,
                   List<String> excludes, Map<String, List<String>> archetypes, List<String> unrendered,
                   List<String> notes) {
    private static final List<String> JEKYLL_SPECIAL = List.of("_includes/", "_layouts/", "_data/", "_sass/",
            "_site/", "vendor/", "node_modules/");

    /** Marks an entry of {@code unrendered} that is a file rendered after all (a list page's own {@code build}). */
    public static final String RENDERED = "!";

    public Site {
        Objects.requireNonNull(generator, "generator");
        Objects.requireNonNull(folder, "folder");
        root = root == null ? folder : root;
        contentDir = contentDir == null ? folder : contentDir;
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
        permalinks = Map.copyOf(permalinks);
        defaultLanguage = defaultLanguage == null ? "" : defaultLanguage.strip();
        taxonomies = List.copyOf(taxonomies);
        excludes = List.copyOf(excludes);
        archetypes = Map.copyOf(archetypes);
        unrendered = List.copyOf(unrendered);
        notes = List.copyOf(notes);
    }

    /** A folder that belongs to no recognised site. */
    public static Site none(Path folder) {
        Path f = folder.toAbsolutePath().normalize();
        return new Site(Generator.NONE, f, f, null, f, "", Map.of(), "", List.of(), List.of(), Map.of(), List.of(),
                List.of());
    }

    public Site withUnrendered(List<String> folders) {
        return new Site(generator, folder, root, config, contentDir, baseUrl, permalinks, defaultLanguage, taxonomies,
                excludes, archetypes, folders, notes);
    }

    public Site withArchetypes(Map<String, List<String>> keys) {
        return new Site(generator, folder, root, config, contentDir, baseUrl, permalinks, defaultLanguage, taxonomies,
                excludes, keys, unrendered, notes);
    }

    public boolean detected() {
        return generator != Generator.NONE;
    }

    /** The file's path relative to the content folder, or null when it lies outside it. */
    public String contentPath(String path) {
        Path abs = folder.resolve(path).normalize();
        if (!abs.startsWith(contentDir)) {
            return null;
        }
        return contentDir.relativize(abs).toString().replace('\\', '/');
    }

    /** The file's path relative to the site root, or null when it lies outside it. */
    public String sitePath(String path) {
        Path abs = folder.resolve(path).normalize();
        return abs.startsWith(root) ? root.relativize(abs).toString().replace('\\', '/') : null;
    }

    /** A folder-relative path for a path relative to the content folder. */
    public String fromContent(String contentPath) {
        return folder.relativize(contentDir.resolve(contentPath).normalize()).toString().replace('\\', '/');
    }

    /** A folder-relative path for a path relative to the site root. */
    public String fromRoot(String sitePath) {
        return folder.relativize(root.resolve(sitePath).normalize()).toString().replace('\\', '/');
    }

    /** The section a file belongs to: the first folder of its content path, "" at the top. */
    public String section(String path) {
        String content = contentPath(path);
        if (content == null) {
            return "";
        }
        int slash = content.indexOf('/');
        return slash < 0 ? "" : content.substring(0, slash);
    }

    /** Where the file sits, from its path alone (front matter may still make a page a draft or unrendered). */
    public Placement placement(String path) {
        if (!unrendered.contains(RENDERED + path)) {
            for (String dir : unrendered) {
                if (path.startsWith(dir)) {
                    return Placement.UNRENDERED;
                }
            }
        }
        String site = sitePath(path);
        if (site != null && excluded(site)) {
            return Placement.EXCLUDED;
        }
        String content = contentPath(path);
        if (content == null) {
            return Placement.OUTSIDE;
        }
        String name = content.substring(content.lastIndexOf('/') + 1);
        switch (generator) {
            case HUGO -> {
                return name.equals("_index.md") || name.equals("_index.markdown") ? Placement.LIST : Placement.PAGE;
            }
            case JEKYLL -> {
                for (String special : JEKYLL_SPECIAL) {
                    if (content.startsWith(special)) {
                        return Placement.INCLUDE;
                    }
                }
                if (content.startsWith("_drafts/")) {
                    return Placement.DRAFT;
                }
                String lower = name.toLowerCase(Locale.ROOT);
                return lower.startsWith("readme.") || lower.startsWith("changelog.") ? Placement.OUTSIDE : Placement.PAGE;
            }
            default -> {
                return name.startsWith("_") && generator != Generator.NONE ? Placement.INCLUDE : Placement.PAGE;
            }
        }
    }

    private boolean excluded(String sitePath) {
        for (String pattern : excludes) {
            String p = pattern.strip();
            if (p.startsWith("/")) {
                p = p.substring(1);
            }
            if (p.isEmpty()) {
                continue;
            }
            if (p.contains("*")) {
                String regex = ("\\Q" + p.replace("**", "\u0000") + "\\E").replace("*", "\\E[^/]*\\Q")
                        .replace("\u0000", "\\E.*\\Q");
                if (sitePath.matches(regex) || sitePath.matches(regex + "/.*")) {
                    return true;
                }
            } else if (sitePath.equals(p) || sitePath.startsWith(p.endsWith("/") ? p : p + "/")) {
                return true;
            }
        }
        return false;
    }

    /** {@code path} (starting with {@code /}) on the site's address; the path alone when the address is unknown. */
    public String absoluteUrl(String path) {
        if (baseUrl.isEmpty() || path.startsWith("http://") || path.startsWith("https://")) {
            return path;
        }
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}
