package org.masthead.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Links as a static site resolves them. A link is read against the article's URL, as a browser
 * reads it on the published page ({@code [section](g)} on {@code /docs/intro/} is
 * {@code /docs/intro/g}); when that URL is an article of the content folder, the link points at
 * its file, so the preview opens it in Masthead; otherwise it becomes the published address. An
 * image with a root path ({@code /images/a.png}) is looked for in the site's static folders.
 * Links to files ({@code other.md}) and relative images stay as written: they already name
 * files beside the article.
 *
 * <p>Lookups read the disk (a few {@code stat}s per link; one walk of the content folder for the
 * first {@code post_url} or bare {@code ref} name); one instance serves one article.
 */
public final class SitePaths implements SiteLinks {
    private static final List<String> PAGE_FILES = List.of(".md", ".markdown", ".mdx", "/index.md", "/_index.md",
            "/index.markdown", "/_index.markdown", "/index.mdx");
    private static final int MAX_FILES = 200_000;

    private final URI baseUrl;
    private final String articlePath;
    private final Path contentRoot;
    private final Path articleFile;
    private final List<Path> staticDirs;
    private List<Path> files;

    /**
     * @param baseUrl     the site's published address, such as {@code https://example.org/docs/}; null when unknown
     * @param articlePath the article's URL path on the site, such as {@code /posts/hello/}
     * @param contentRoot the folder whose files the site's URL paths name ({@code content/} for Hugo, the site for Jekyll)
     * @param articleFile the article's file, which links to other articles are made relative to
     * @param staticDirs  where the site serves root paths of images from ({@code static/}, {@code public/}); may be empty
     */
    public SitePaths(URI baseUrl, String articlePath, Path contentRoot, Path articleFile, List<Path> staticDirs) {
        this.baseUrl = baseUrl;
        this.articlePath = articlePath == null || articlePath.isEmpty() ? "/" : articlePath;
        this.contentRoot = contentRoot.toAbsolutePath().normalize();
        this.articleFile = articleFile.toAbsolutePath().normalize();
        this.staticDirs = List.copyOf(staticDirs);
    }

    @Override
    public String link(String destination) {
        if (isExternal(destination) || isFileLink(destination)) {
            return destination;
        }
        int cut = suffixStart(destination);
        String path = destination.substring(0, cut);
        String suffix = destination.substring(cut);
        String onSite;
        try {
            onSite = path.isEmpty() ? articlePath : URI.create("http://site" + articlePath).resolve(new URI(null, null, path, null)).getPath();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return destination;
        }
        return sitePath(onSite, suffix);
    }

    @Override
    public String image(String destination) {
        if (isExternal(destination) || !destination.startsWith("/")) {
            return destination;
        }
        String path = withoutPrefix(destination.substring(0, suffixStart(destination)));
        for (Path dir : staticDirs) {
            Optional<Path> file = inside(dir, path);
            if (file.isPresent() && Files.isRegularFile(file.get())) {
                return file.get().toUri().toString();
            }
        }
        return destination;
    }

    @Override
    public String tagLink(String tag, String argument) {
        int cut = suffixStart(argument);
        String path = argument.substring(0, cut);
        String suffix = argument.substring(cut);
        Optional<Path> file = switch (tag) {
            // Hugo reads a bare fragment, {{< ref "#setup" >}}, as a place in the article itself
            case "ref", "relref" -> path.isEmpty() ? Optional.of(articleFile)
                    : path.startsWith("/") ? page(path) : page(relativeToArticle(path)).or(() -> named(path));
            case "link" -> inside(contentRoot, path.startsWith("/") ? path : "/" + path).filter(Files::isRegularFile);
            case "post_url" -> named("_posts/" + path);
            case "baseurl" -> Optional.empty();
            default -> Optional.empty();
        };
        if (file.isPresent()) {
            return relative(file.get()) + suffix;
        }
        return tag.equals("baseurl") ? sitePath(path.startsWith("/") ? path : "/" + path, suffix) : null;
    }

    /** An article's link for a path on the site: its file when the folder has it, else its published address. */
    private String sitePath(String onSite, String suffix) {
        Optional<Path> file = page(withoutPrefix(onSite));
        if (file.isPresent()) {
            return relative(file.get()) + suffix;
        }
        if (baseUrl != null) {
            String base = baseUrl.toString().endsWith("/") ? baseUrl.toString() : baseUrl + "/";
            return base + withoutPrefix(onSite).substring(1) + suffix;
        }
        return onSite + suffix;
    }

    /** The content file that serves {@code path} ({@code /docs/intro/} is {@code docs/intro.md} or {@code docs/intro/index.md}). */
    private Optional<Path> page(String path) {
        String bare = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (Files.isRegularFile(contentRoot.resolve(bare.startsWith("/") ? bare.substring(1) : bare).normalize())
                && isArticle(bare)) {
            return inside(contentRoot, bare);
        }
        for (String ending : PAGE_FILES) {
            Optional<Path> file = inside(contentRoot, bare + ending).filter(Files::isRegularFile);
            if (file.isPresent()) {
                return file;
            }
        }
        return Optional.empty();
    }

    /** A file of the content folder whose path ends with {@code name}, with or without its extension. */
    private Optional<Path> named(String name) {
        String wanted = name.replace('\\', '/');
        for (Path file : files()) {
            String relative = contentRoot.relativize(file).toString().replace('\\', '/');
            String stem = relative.replaceFirst("\\.(md|markdown|mdx)$", "");
            if (relative.endsWith(wanted) || stem.endsWith(wanted)) {
                int at = (relative.endsWith(wanted) ? relative : stem).length() - wanted.length();
                if (at == 0 || relative.charAt(at - 1) == '/' || wanted.startsWith("/")) {
                    return Optional.of(file);
                }
            }
        }
        return Optional.empty();
    }

    private synchronized List<Path> files() {
        if (files == null) {
            try (Stream<Path> walk = Files.walk(contentRoot)) {
                files = walk.filter(f -> isArticle(f.toString()) && Files.isRegularFile(f)).limit(MAX_FILES).sorted().toList();
            } catch (IOException | UncheckedIOException e) {
                files = List.of();
            }
        }
        return files;
    }

    private String relativeToArticle(String path) {
        Path folder = articleFile.getParent();
        return "/" + contentRoot.relativize(folder.resolve(path).normalize()).toString().replace('\\', '/');
    }

    /** {@code file} as a link from the article's folder, with forward slashes. */
    private String relative(Path file) {
        return articleFile.getParent().relativize(file).toString().replace('\\', '/');
    }

    /** {@code root} plus a site path, unless the path climbs out of it. */
    private static Optional<Path> inside(Path root, String path) {
        try {
            Path resolved = root.resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
            return resolved.startsWith(root) ? Optional.of(resolved) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** A path on the site with the base URL's own path ({@code /docs/} of {@code https://x.org/docs/}) taken off. */
    private String withoutPrefix(String path) {
        String prefix = baseUrl == null || baseUrl.getPath() == null ? "" : baseUrl.getPath();
        if (prefix.endsWith("/")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        return !prefix.isEmpty() && path.startsWith(prefix + "/") ? path.substring(prefix.length()) : path;
    }

    private static boolean isExternal(String url) {
        return url.startsWith("//") || url.matches("(?s)^[A-Za-z][A-Za-z0-9+.-]*:.*");
    }

    private static boolean isFileLink(String url) {
        return isArticle(url.substring(0, suffixStart(url)));
    }

    private static boolean isArticle(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".md") || p.endsWith(".markdown") || p.endsWith(".mdx");
    }

    private static int suffixStart(String url) {
        int query = url.indexOf('?');
        int fragment = url.indexOf('#');
        int cut = url.length();
        if (query >= 0) {
            cut = query;
        }
        if (fragment >= 0 && fragment < cut) {
            cut = fragment;
        }
        return cut;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SitePaths o && Objects.equals(baseUrl, o.baseUrl) && articlePath.equals(o.articlePath)
                && contentRoot.equals(o.contentRoot) && articleFile.equals(o.articleFile) && staticDirs.equals(o.staticDirs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(baseUrl, articlePath, contentRoot, articleFile, staticDirs);
    }
}
