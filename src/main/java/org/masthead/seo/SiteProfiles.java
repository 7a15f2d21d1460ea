package org.masthead.seo;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.masthead.content.ArticleFiles;
import org.masthead.content.site.FrontMatterKeys;
import org.masthead.content.site.Generator;
import org.masthead.content.site.Placement;
import org.masthead.content.site.Site;

/**
 * The field profile of each kind of site, and the choice of one for a folder. The reference
 * format is one profile among the others, recognised by its own fields ({@code seo:} maps,
 * {@code related_articleN}). A generator's profile names its own fields and keeps only the limits
 * search results impose (a title or description cut off); the reference format's house minimums
 * stay with it. What a page must have is read from the folder: the section's archetype, or the
 * fields at least three quarters of the section's pages fill.
 */
public final class SiteProfiles {
    /** Profile names, as {@code seo.profile} takes them. */
    public static final List<String> NAMES = List.of(SeoRules.REFERENCE, "hugo", "jekyll", "eleventy", "astro",
            "docusaurus", "mkdocs", "generic");
    private static final int SAMPLE = 40;
    private static final int MIN_SECTION = 4;

    private SiteProfiles() {
    }

    /** The field names of a profile. */
    public static SeoRules.FieldNames fields(String profile) {
        return switch (profile) {
            case "hugo" -> names("title", "", "description", "keywords", "url", "date", "slug", "draft", "",
                    "publishDate", "expiryDate", "", "images", "aliases");
            case "jekyll" -> names("title", "", "description", "", "permalink", "date", "slug", "", "published",
                    "", "", "canonical_url", "image", "redirect_from");
            case "eleventy" -> names("title", "", "description", "", "permalink", "date", "", "draft", "", "", "", "",
                    "image", "");
            case "astro" -> names("title", "", "description", "", "", "pubDate", "slug", "draft", "", "", "", "",
                    "heroImage", "");
            case "docusaurus" -> names("title", "", "description", "keywords", "", "date", "slug", "draft", "", "", "",
                    "", "image", "");
            case "mkdocs" -> names("title", "", "description", "", "", "date", "", "draft", "", "", "", "", "", "");
            case "generic" -> names("title", "", "description", "keywords", "url", "date", "slug", "draft", "", "", "",
                    "canonical", "image", "aliases");
            default -> SeoRules.FieldNames.DEFAULT;
        };
    }

    private static SeoRules.FieldNames names(String title, String seoTitle, String description, String keywords,
            String url, String date, String slug, String draft, String published, String publishDate, String expiry,
            String canonical, String image, String aliases) {
        return new SeoRules.FieldNames(title, seoTitle, description, keywords, "", url, "", date, "", "", slug, draft,
                published, publishDate, expiry, canonical, image, aliases);
    }

    /** The profile a generator's sites use, before their fields are looked at. */
    static String profileOf(Generator generator) {
        return switch (generator) {
            case HUGO, JEKYLL, ELEVENTY, ASTRO, DOCUSAURUS, MKDOCS -> generator.name().toLowerCase(Locale.ROOT);
            case CLOUDCANNON -> "generic";
            default -> SeoRules.REFERENCE;
        };
    }

    /** The rules of {@code profile} for {@code site}, before the folder's {@code .masthead.yml} is applied. */
    static SeoRules base(String profile, Site site, List<Path> files) {
        SeoRules d = SeoRules.DEFAULTS;
        if (profile.equals(SeoRules.REFERENCE)) {
            return d.withSite(SeoRules.REFERENCE, site, Map.of());
        }
        SeoRules.FieldNames f = fields(profile);
        SeoRules rules = new SeoRules(f, "", List.of(f.title()), 0, d.titleMaxChars(), d.titleMaxPx(), d.titleFontPx(),
                0, d.descriptionMaxChars(), d.descriptionErrorChars(), d.descriptionMaxPx(), d.descriptionFontPx(),
                0, d.keywordsMax(), Set.of(), Map.of(), profile, site, Map.of(), d.imageMaxKb());
        return rules.withSite(profile, site, required(site, f, files));
    }

    /** Reads the folder's article files and picks the profile: the generator's, unless the reference fields prevail. */
    static String choose(Site site, List<Path> sample) {
        int reference = 0;
        int read = 0;
        for (Path file : sample) {
            Set<String> keys = FrontMatterKeys.keys(FrontMatterKeys.frontMatter(FrontMatterKeys.head(file)));
            if (keys.isEmpty()) {
                continue;
            }
            read++;
            if (keys.contains("seo") || keys.contains("related_article1") || keys.contains("file_name")) {
                reference++;
            }
        }
        if (!site.detected()) {
            // A plain folder is the reference format's unless none of its files looks like it.
            return read >= 3 && reference == 0 ? "generic" : SeoRules.REFERENCE;
        }
        return read > 0 && reference * 2 > read ? SeoRules.REFERENCE : profileOf(site.generator());
    }

    /** Up to {@code max} article files of the folder, in walk order, for choosing a profile cheaply. */
    static List<Path> sample(Path folder, int max) {
        List<Path> out = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return dir.equals(folder) || !ArticleFiles.isHiddenName(dir.getFileName().toString())
                            ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (ArticleFiles.isArticleName(file.getFileName().toString())) {
                        out.add(file);
                    }
                    return out.size() >= max ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    static int sampleSize() {
        return SAMPLE;
    }

    /**
     * Required fields by section: the archetype's keys where the section (or the site) has one,
     * plus each checked field that at least three quarters of the section's pages fill (sections
     * of at least four pages); "" holds the fields for pages at the top and in small sections.
     */
    static Map<String, List<String>> required(Site site, SeoRules.FieldNames f, List<Path> files) {
        List<String> roles = new ArrayList<>();
        for (String role : List.of(f.title(), f.description(), f.date(), f.keywords(), f.image(), f.canonical())) {
            if (!role.isEmpty() && !role.contains(".")) {
                roles.add(role);
            }
        }
        Map<String, int[]> pages = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> filled = new LinkedHashMap<>();
        for (Path file : files) {
            String path = SeoChecker.relative(site.folder(), file.toAbsolutePath().normalize());
            if (site.placement(path) != Placement.PAGE) {
                continue;
            }
            String section = site.section(path);
            Set<String> keys = FrontMatterKeys.filledKeys(FrontMatterKeys.frontMatter(FrontMatterKeys.head(file)));
            if (keys.contains("headless") || keys.contains("build") && !keys.contains(f.title())) {
                continue;
            }
            pages.computeIfAbsent(section, s -> new int[1])[0]++;
            Map<String, Integer> counts = filled.computeIfAbsent(section, s -> new LinkedHashMap<>());
            for (String role : roles) {
                if (keys.contains(role)) {
                    counts.merge(role, 1, Integer::sum);
                }
            }
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> base = new ArrayList<>(List.of(f.title()));
        List<String> archetype = site.archetypes().get("");
        Set<String> top = new LinkedHashSet<>(base);
        if (archetype != null) {
            top.addAll(archetype);
        }
        // A page without draft or a publish date is simply published: those keys are never asked for.
        top.removeAll(List.of("draft", "published", "publishDate", "expiryDate", f.draft(), f.published(),
                f.publishDate(), f.expiryDate()));
        out.put("", List.copyOf(top));
        for (Map.Entry<String, int[]> e : pages.entrySet()) {
            Set<String> need = new LinkedHashSet<>(site.archetypes().getOrDefault(e.getKey(), List.copyOf(top)));
            need.add(f.title());
            need.removeAll(List.of("draft", "published", "publishDate", "expiryDate", f.draft(), f.published(),
                    f.publishDate(), f.expiryDate()));
            int n = e.getValue()[0];
            if (n >= MIN_SECTION) {
                filled.get(e.getKey()).forEach((role, count) -> {
                    if (count * 4 >= n * 3) {
                        need.add(role);
                    }
                });
            }
            if (!e.getKey().isEmpty()) {
                out.put(e.getKey(), List.copyOf(need));
            }
        }
        return out;
    }
}
