package org.masthead.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.masthead.document.DocumentException;

/**
 * Where an image added to an article goes, and how the article links to it. The site is told by
 * its marker files: a Hugo page bundle keeps it beside its {@code index.md}, other Hugo pages in
 * {@code static/images}, Jekyll in {@code assets/images}, Astro in {@code src/assets}; a
 * {@code media: path:} template in the content folder's {@code .masthead.yml}, such as
 * {@code images/{slug}/{filename}}, overrides them all. The copy gets a safe name and never
 * replaces a file: {@code photo.png}, then {@code photo-2.png}, {@code photo-3.png}.
 */
public final class MediaFiles {
    /** The kinds of site told apart by their marker files. */
    public enum Site { HUGO, JEKYLL, ASTRO, NONE }

    /** Image file name endings the editor takes from a drop, a paste or the picker. */
    public static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "webp", "svg", "avif");

    /** A copied image: the new file and the link to write in the article. */
    public record Placed(Path file, String link) {
    }

    private static final Map<String, Site> MARKERS = Map.of(
            "hugo.toml", Site.HUGO, "hugo.yaml", Site.HUGO, "hugo.json", Site.HUGO,
            "_config.yml", Site.JEKYLL, "_config.toml", Site.JEKYLL,
            "astro.config.mjs", Site.ASTRO, "astro.config.ts", Site.ASTRO, "astro.config.js", Site.ASTRO);

    private final Path contentRoot;
    private final Path siteRoot;
    private final Site site;
    private final String template;

    private MediaFiles(Path contentRoot, Path siteRoot, Site site, String template) {
        this.contentRoot = contentRoot;
        this.siteRoot = siteRoot;
        this.site = site;
        this.template = template;
    }

    /**
     * The media rules for articles of {@code contentRoot}: its site is the nearest folder at or
     * above it with a marker file (stopping at a git checkout's top), and its {@code .masthead.yml}
     * may name a path template.
     */
    public static MediaFiles forFolder(Path contentRoot) throws IOException, DocumentException {
        Path root = contentRoot.toAbsolutePath().normalize();
        Path siteRoot = root;
        Site site = Site.NONE;
        for (Path dir = root; dir != null; dir = dir.getParent()) {
            Optional<Site> found = marker(dir);
            if (found.isPresent()) {
                site = found.get();
                siteRoot = dir;
                break;
            }
            if (Files.exists(dir.resolve(".git"))) {
                break;
            }
        }
        String template = null;
        Optional<ConfigFile> config = ConfigFile.inFolder(root);
        if (config.isPresent() && config.get().section("media").isPresent()) {
            ConfigFile file = config.get();
            var media = file.mapping(file.section("media").get(), "media");
            file.checkKeys(media, java.util.List.of("path"), "media");
            if (media.containsKey("path")) {
                template = file.scalar(media.get("path"), "media.path");
                if (!template.contains("{filename}") || template.startsWith("/") || template.contains("..")) {
                    throw file.error(media.get("path"), "media.path must be a relative path that ends in {filename}.",
                            "Write it like images/{slug}/{filename}.");
                }
            }
        }
        return new MediaFiles(root, siteRoot, site, template);
    }

    private static Optional<Site> marker(Path dir) {
        for (Map.Entry<String, Site> marker : MARKERS.entrySet()) {
            if (Files.isRegularFile(dir.resolve(marker.getKey()))) {
                return Optional.of(marker.getValue());
            }
        }
        // an older Hugo site names its config config.toml, beside its content folder
        if (Files.isRegularFile(dir.resolve("config.toml")) && Files.isDirectory(dir.resolve("content"))) {
            return Optional.of(Site.HUGO);
        }
        return Optional.empty();
    }

    public Site site() {
        return site;
    }

    /** Copies {@code source} for {@code article}, under a safe name that replaces nothing. */
    public Placed copy(Path source, Path article) throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            return write(in, source.getFileName().toString(), article);
        }
    }

    /** Writes {@code bytes} (a pasted image) for {@code article} as {@code name}, made safe and unique. */
    public Placed write(byte[] bytes, String name, Path article) throws IOException {
        return write(new java.io.ByteArrayInputStream(bytes), name, article);
    }

    private Placed write(InputStream in, String name, Path article) throws IOException {
        Path articleFile = article.toAbsolutePath().normalize();
        String safe = safeName(name);
        Path folder = folderFor(articleFile, safe);
        Files.createDirectories(folder);
        String stem = safe.contains(".") ? safe.substring(0, safe.lastIndexOf('.')) : safe;
        String extension = safe.contains(".") ? safe.substring(safe.lastIndexOf('.')) : "";
        byte[] bytes = in.readAllBytes();
        for (int n = 1; ; n++) {
            Path target = folder.resolve(n == 1 ? safe : stem + "-" + n + extension);
            try {
                // CREATE_NEW: a file that appeared in the meantime is never replaced
                Files.write(target, bytes, java.nio.file.StandardOpenOption.CREATE_NEW,
                        java.nio.file.StandardOpenOption.WRITE);
                return new Placed(target, link(articleFile, target));
            } catch (FileAlreadyExistsException taken) {
                // try the next number
            }
        }
    }

    private Path folderFor(Path article, String safe) throws IOException {
        Path folder;
        if (template != null) {
            String relative = template.replace("{slug}", slug(article)).replace("{filename}", safe);
            folder = siteRoot.resolve(relative).normalize().getParent();
        } else {
            folder = switch (site) {
                case HUGO -> isBundle(article) ? article.getParent() : siteRoot.resolve("static/images");
                case JEKYLL -> siteRoot.resolve("assets/images");
                case ASTRO -> siteRoot.resolve("src/assets");
                case NONE -> article.getParent().resolve("images");
            };
        }
        if (!folder.startsWith(siteRoot) && !folder.startsWith(contentRoot)) {
            throw new IOException("the media folder " + folder + " is outside the site at " + siteRoot);
        }
        return folder;
    }

    /** The link as the built site serves the file: from the site's root, or relative to the article. */
    private String link(Path article, Path file) {
        if (template != null || site == Site.HUGO && !file.getParent().equals(article.getParent())
                || site == Site.JEKYLL) {
            String fromRoot = siteRoot.relativize(file).toString().replace('\\', '/');
            return "/" + (site == Site.HUGO && fromRoot.startsWith("static/") ? fromRoot.substring(7) : fromRoot);
        }
        return article.getParent().relativize(file).toString().replace('\\', '/');
    }

    private static boolean isBundle(Path article) {
        String name = article.getFileName().toString();
        return name.equals("index.md") || name.equals("index.markdown");
    }

    /** The article's slug for a path template: its file name, or its folder's for a page bundle. */
    static String slug(Path article) {
        String name = isBundle(article) && article.getParent() != null && article.getParent().getFileName() != null
                ? article.getParent().getFileName().toString() : article.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return safeName(dot > 0 ? name.substring(0, dot) : name);
    }

    /**
     * {@code name} as a file name that any site, server and shell take: lower case ASCII letters,
     * digits and hyphens, accents dropped, and a lower-case extension.
     */
    public static String safeName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        String stem = dot > 0 ? base.substring(0, dot) : base;
        String extension = dot > 0 ? clean(base.substring(dot + 1)) : "";
        String cleanStem = clean(stem);
        if (cleanStem.isEmpty()) {
            cleanStem = "image";
        }
        return extension.isEmpty() ? cleanStem : cleanStem + "." + extension;
    }

    private static String clean(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** Whether {@code file}'s name ends in an image extension. */
    public static boolean isImage(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && IMAGE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * The file an image value of {@code article} points at, when it is a local file of the site: a
     * path from the site's root (also under Hugo's {@code static/} or a {@code public/} folder),
     * or one relative to the article. Empty for web addresses and missing files.
     */
    public Optional<Path> resolve(String value, Path article) {
        String link = value.strip();
        if (link.isEmpty() || link.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || link.startsWith("//")) {
            return Optional.empty();
        }
        link = link.replaceFirst("[?#].*$", "").replace("%20", " ");
        java.util.List<Path> candidates = link.startsWith("/")
                ? java.util.List.of(siteRoot.resolve(link.substring(1)), siteRoot.resolve("static").resolve(link.substring(1)),
                        siteRoot.resolve("public").resolve(link.substring(1)), contentRoot.resolve(link.substring(1)))
                : java.util.List.of(article.toAbsolutePath().getParent().resolve(link));
        for (Path candidate : candidates) {
            Path normal = candidate.normalize();
            if ((normal.startsWith(siteRoot) || normal.startsWith(contentRoot)) && Files.isRegularFile(normal)) {
                return Optional.of(normal);
            }
        }
        return Optional.empty();
    }
}
