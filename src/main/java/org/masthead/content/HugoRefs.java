package org.masthead.content;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Hugo's {@code ref} and {@code relref} shortcodes that name a moved article, and their new path.
 * Hugo reads the path as its preview does ({@code render/SitePaths}): from the content folder
 * when it starts with {@code /}; else beside the page, and failing that as the end of some
 * page's path ("old", "posts/old.md"). A path may leave out the extension. The new path is
 * written in the same form: from the content folder, beside the page, or as the shortest end of
 * the new path that names no other article; with or without the extension as before; the
 * {@code #anchor} kept. Escaped shortcodes (written with Hugo's comment marks inside the braces) are text and are left alone.
 * Paths are compared, not looked up, so the moved file may already be at its new place.
 */
final class HugoRefs {
    /** {@code {{< ref "x" >}}}, {@code {{% relref path='x' %}}}; group 1 the name, {@link #PATH_GROUP} the path. */
    static final Pattern REF = Pattern.compile(
            "\\{\\{[<%]-?\\s*(ref|relref)\\s+(?:path\\s*=\\s*)?([\"'`])([^\"'`\\n]+)\\2[^\\n]*?-?[>%]\\}\\}");
    static final int PATH_GROUP = 3;
    private static final List<String> EXTENSIONS = List.of(".md", ".markdown");

    private final Path contentDir;
    private final Path oldFile;
    private final Path newFile;
    private final List<Path> articles;

    /** {@code articles}: the folder's article files, to tell whether a short path names one page only. */
    HugoRefs(Path contentDir, Path oldFile, Path newFile, List<Path> articles) {
        this.contentDir = contentDir.toAbsolutePath().normalize();
        this.oldFile = oldFile.toAbsolutePath().normalize();
        this.newFile = newFile.toAbsolutePath().normalize();
        this.articles = articles.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    /** The path to write instead of {@code written} in a ref of {@code article}, when it names the old file. */
    Optional<String> relinked(String written, Path article) {
        int hash = written.indexOf('#');
        String path = hash < 0 ? written : written.substring(0, hash);
        String anchor = hash < 0 ? "" : written.substring(hash);
        if (path.isEmpty() || path.contains("://")) {
            return Optional.empty();
        }
        boolean extension = hasExtension(path);
        String link;
        if (path.startsWith("/")) {
            if (!names(contentDir, path.substring(1), extension)) {
                return Optional.empty();
            }
            link = "/" + slashes(contentDir.relativize(newFile));
        } else if (names(article.getParent(), path, extension)) {
            link = slashes(article.getParent().relativize(newFile));
        } else if (endsWith(oldFile, path, extension) && !namesAnother(article, path, extension)) {
            link = shortestEnd(path.split("/").length);
        } else {
            return Optional.empty();
        }
        return Optional.of((extension ? link : stripExtension(link)) + anchor);
    }

    private boolean names(Path dir, String path, boolean extension) {
        try {
            Path resolved = dir.resolve(path).normalize();
            if (extension) {
                return resolved.equals(oldFile);
            }
            for (String ext : EXTENSIONS) {
                if (dir.resolve(path + ext).normalize().equals(oldFile)) {
                    return true;
                }
            }
            return false;
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** Whether the path, beside the page, is some other article: then Hugo never looks further. */
    private boolean namesAnother(Path article, String path, boolean extension) {
        for (Path file : articles) {
            if (!file.equals(oldFile) && !file.equals(newFile)) {
                String relative = slashes(article.getParent().relativize(file));
                if (relative.equals(path) || !extension && stripExtension(relative).equals(path)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code file}'s path in the content folder ends with {@code path}, at a folder boundary. */
    private boolean endsWith(Path file, String path, boolean extension) {
        if (!file.startsWith(contentDir)) {
            return false;
        }
        String relative = slashes(contentDir.relativize(file));
        String compared = extension ? relative : stripExtension(relative);
        return compared.equals(path) || compared.endsWith("/" + path);
    }

    /** The new path's last {@code segments} parts, or more until no other article's path ends with it. */
    private String shortestEnd(int segments) {
        String full = slashes(contentDir.relativize(newFile));
        String[] parts = full.split("/");
        for (int n = Math.min(segments, parts.length); n <= parts.length; n++) {
            String end = String.join("/", java.util.Arrays.asList(parts).subList(parts.length - n, parts.length));
            boolean unique = true;
            for (Path file : articles) {
                if (!file.equals(oldFile) && !file.equals(newFile) && file.startsWith(contentDir)) {
                    String other = slashes(contentDir.relativize(file));
                    if (other.equals(end) || other.endsWith("/" + end)) {
                        unique = false;
                        break;
                    }
                }
            }
            if (unique) {
                return end;
            }
        }
        return full;
    }

    private static boolean hasExtension(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    private static String stripExtension(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        for (String ext : EXTENSIONS) {
            if (lower.endsWith(ext)) {
                return path.substring(0, path.length() - ext.length());
            }
        }
        return path;
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
