package org.masthead.content.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the site a folder belongs to: looks for a generator's config in the folder and then in
 * each parent, up to the top of the git repository (or six levels), and reads it
 * ({@link SiteConfigs}). A folder with no config is recognised by its shape: {@code _index.md}
 * files make it a Hugo content folder, a {@code _posts} folder a Jekyll site.
 *
 * <pre>Site site = SiteDetector.detect(folder); // site.generator(), site.baseUrl(), ...</pre>
 */
public final class SiteDetector {
    private static final int MAX_LEVELS = 6;
    private static final List<String> HUGO = List.of("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json",
            "config/_default/hugo.toml", "config/_default/hugo.yaml", "config/_default/hugo.yml",
            "config/_default/config.toml", "config/_default/config.yaml");
    private static final List<String> HUGO_OLD = List.of("config.toml", "config.yaml", "config.yml", "config.json");
    private static final List<String> ELEVENTY = List.of(".eleventy.js", "eleventy.config.js", "eleventy.config.mjs",
            "eleventy.config.cjs", "eleventy.config.ts");
    private static final List<String> ASTRO = List.of("astro.config.mjs", "astro.config.js", "astro.config.ts",
            "astro.config.mts");
    private static final List<String> DOCUSAURUS = List.of("docusaurus.config.js", "docusaurus.config.ts",
            "docusaurus.config.mjs");
    private static final List<String> CLOUDCANNON = List.of("cloudcannon.config.yml", "cloudcannon.config.yaml",
            "cloudcannon.config.json", "cloudcannon.config.js", "cloudcannon.config.cjs");

    private SiteDetector() {
    }

    /** The site of {@code folder}; {@link Site#none} when nothing was recognised. Never throws. */
    public static Site detect(Path folder) {
        Path start = folder.toAbsolutePath().normalize();
        Path cloudCannon = null;
        Path dir = start;
        for (int level = 0; dir != null && level < MAX_LEVELS; level++, dir = dir.getParent()) {
            Site site = at(start, dir);
            if (site != null) {
                return site;
            }
            if (cloudCannon == null) {
                cloudCannon = first(dir, CLOUDCANNON);
            }
            if (Files.exists(dir.resolve(".git"))) {
                break;
            }
        }
        if (cloudCannon != null) {
            return SiteConfigs.cloudCannon(start, cloudCannon);
        }
        return byShape(start);
    }

    /** The site whose config is in {@code dir}, or null. */
    private static Site at(Path folder, Path dir) {
        Path config = first(dir, HUGO);
        if (config != null) {
            return SiteConfigs.hugo(folder, dir, config);
        }
        config = first(dir, HUGO_OLD);
        if (config != null && looksLikeHugo(dir, config)) {
            return SiteConfigs.hugo(folder, dir, config);
        }
        config = first(dir, List.of("_config.yml", "_config.yaml"));
        if (config != null) {
            return SiteConfigs.jekyll(folder, dir, config);
        }
        config = first(dir, ELEVENTY);
        if (config != null) {
            return SiteConfigs.eleventy(folder, dir, config);
        }
        config = first(dir, ASTRO);
        if (config != null && Files.isDirectory(dir.resolve("src/content"))) {
            return SiteConfigs.astro(folder, dir, config);
        }
        config = first(dir, DOCUSAURUS);
        if (config != null) {
            return SiteConfigs.docusaurus(folder, dir, config);
        }
        config = first(dir, List.of("mkdocs.yml", "mkdocs.yaml"));
        if (config != null) {
            return SiteConfigs.mkdocs(folder, dir, config);
        }
        return null;
    }

    /** {@code config.toml} is any tool's name; it is Hugo's when it says contentDir or baseURL, or content/ is beside it. */
    private static boolean looksLikeHugo(Path dir, Path config) {
        try {
            String head = Files.readString(config).toLowerCase(java.util.Locale.ROOT);
            return head.contains("contentdir") || head.contains("baseurl")
                    || Files.isDirectory(dir.resolve("content")) && Files.isDirectory(dir.resolve("archetypes"));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Path first(Path dir, List<String> names) {
        for (String name : names) {
            Path p = dir.resolve(name);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    /** A content folder on its own, recognised by the files a generator gives meaning to. */
    private static Site byShape(Path folder) {
        if (Files.isDirectory(folder.resolve("_posts")) || Files.isDirectory(folder.resolve("_drafts"))) {
            return SiteConfigs.jekyllContent(folder);
        }
        if (hasListPage(folder)) {
            return SiteConfigs.hugoContent(folder);
        }
        return Site.none(folder);
    }

    private static boolean hasListPage(Path folder) {
        if (Files.isRegularFile(folder.resolve("_index.md"))) {
            return true;
        }
        List<Path> dirs = new ArrayList<>();
        try (Stream<Path> children = Files.list(folder)) {
            children.filter(Files::isDirectory).limit(200).forEach(dirs::add);
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return dirs.stream().anyMatch(d -> Files.isRegularFile(d.resolve("_index.md")));
    }
}
