package org.masthead.content.site;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What Hugo reads from the folders themselves: the archetypes' fields (what {@code hugo new}
 * gives every page of a section) and the bundles it does not render, which are headless
 * ({@code headless: true}) or say {@code build: {render: never}} for themselves or, through
 * {@code cascade}, for everything under them.
 */
final class HugoFolders {
    private static final Pattern NEVER = Pattern.compile("(?i)render\\s*[:=]\\s*['\"]?(never|false)\\b");
    private static final Pattern HEADLESS = Pattern.compile("(?im)^headless\\s*[:=]\\s*true\\b");
    private static final int MAX_BUNDLES = 20_000;

    private HugoFolders() {
    }

    static Site complete(Site site) {
        return site.withArchetypes(archetypes(site.root().resolve("archetypes")))
                .withUnrendered(unrendered(site));
    }

    /** Keys of {@code archetypes/default.md}, {@code archetypes/SECTION.md} and {@code archetypes/SECTION/index.md}. */
    static Map<String, List<String>> archetypes(Path dir) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.sorted().toList()) {
                String name = p.getFileName().toString();
                Path file = Files.isDirectory(p) ? p.resolve("index.md") : p;
                String lower = name.toLowerCase(Locale.ROOT);
                String section = Files.isDirectory(p) ? name : lower.endsWith(".md") ? name.substring(0, name.length() - 3)
                        : null;
                if (section != null && Files.isRegularFile(file)) {
                    out.put(section.equals("default") ? "" : section, FrontMatterKeys.of(file));
                }
            }
        } catch (IOException | RuntimeException e) {
            return out;
        }
        return out;
    }

    /** Folder-relative folders (ending in /) under a headless or never-rendered bundle. */
    static List<String> unrendered(Site site) {
        List<String> out = new ArrayList<>();
        Path folder = site.folder();
        Path start = Files.isDirectory(site.contentDir()) && site.contentDir().startsWith(folder) ? site.contentDir()
                : folder;
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(start) && dir.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (out.size() > MAX_BUNDLES) {
                        return FileVisitResult.TERMINATE;
                    }
                    if (!dir.equals(start) && hidden(dir)) {
                        String rel = folder.relativize(dir).toString().replace('\\', '/') + "/";
                        out.add(rel);
                        if (rendersItself(dir)) {
                            out.add(Site.RENDERED + rel + "_index.md");
                        }
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | RuntimeException e) {
            return out;
        }
        return out;
    }

    /** Whether the bundle in {@code dir} keeps its files from being rendered. */
    private static boolean hidden(Path dir) {
        Path leaf = dir.resolve("index.md");
        if (Files.isRegularFile(leaf)) {
            String fm = FrontMatterKeys.frontMatter(FrontMatterKeys.head(leaf));
            if (HEADLESS.matcher(fm).find() || NEVER.matcher(fm).find()) {
                return true;
            }
        }
        Path branch = dir.resolve("_index.md");
        if (Files.isRegularFile(branch)) {
            String cascade = cascade(FrontMatterKeys.frontMatter(FrontMatterKeys.head(branch)));
            return NEVER.matcher(cascade).find();
        }
        return false;
    }

    /** A list page whose cascade hides its pages but whose own {@code build} renders it. */
    private static boolean rendersItself(Path dir) {
        Path branch = dir.resolve("_index.md");
        if (!Files.isRegularFile(branch)) {
            return false;
        }
        String fm = FrontMatterKeys.frontMatter(FrontMatterKeys.head(branch));
        String own = fm.replace(cascade(fm), "");
        return Pattern.compile("(?i)render\\s*[:=]\\s*['\"]?(always|true)\\b").matcher(own).find();
    }

    /** The {@code cascade} part of front matter text, YAML or TOML. */
    static String cascade(String frontMatter) {
        StringBuilder out = new StringBuilder();
        boolean in = false;
        for (String line : frontMatter.split("\n")) {
            boolean top = !line.isEmpty() && line.charAt(0) != ' ' && line.charAt(0) != '\t' && line.charAt(0) != '-';
            if (top) {
                String l = line.strip();
                in = l.startsWith("cascade") || l.startsWith("[cascade") || l.startsWith("[[cascade")
                        || in && !l.startsWith("[") && line.contains("=") && frontMatterIsToml(frontMatter);
            }
            if (in) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static boolean frontMatterIsToml(String frontMatter) {
        return frontMatter.contains("[cascade");
    }
}
