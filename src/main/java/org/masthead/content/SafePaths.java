package org.masthead.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Checks that a name for a new file stays inside the content folder and replaces nothing. */
final class SafePaths {
    private SafePaths() {
    }

    /**
     * The path for a new article file named {@code name} (relative to {@code root}, {@code /}
     * separated). Refuses absolute names, {@code ..}, hidden names, non-Markdown names, names
     * reaching out of the folder through a symbolic link, and names of existing files.
     */
    static Path newFileInside(Path root, String name) throws NewArticleException {
        if (name == null || name.isBlank()) {
            throw new NewArticleException("the file name is empty");
        }
        Path relative;
        try {
            relative = Path.of(name);
        } catch (InvalidPathException e) {
            throw new NewArticleException("\"" + name + "\" is not a valid file name: " + e.getReason());
        }
        if (relative.isAbsolute() || name.startsWith("/") || name.startsWith("\\")) {
            throw new NewArticleException("\"" + name + "\" is an absolute path: give a name inside the folder");
        }
        for (Path part : relative) {
            if (part.toString().equals("..")) {
                throw new NewArticleException("\"" + name + "\" leads out of the folder (..): give a name inside it");
            }
        }
        for (Path part : relative) {
            String p = part.toString();
            if (p.startsWith(".")) {
                throw new NewArticleException("\"" + name + "\" is hidden (starts with .), and the article list skips hidden files");
            }
        }
        if (!FolderScan.isArticleName(relative.getFileName().toString())) {
            throw new NewArticleException("\"" + name + "\" does not end in .md or .markdown");
        }
        Path base = root.toAbsolutePath().normalize();
        Path target = base.resolve(relative).normalize();
        if (!target.startsWith(base) || target.equals(base)) {
            throw new NewArticleException("\"" + name + "\" leads out of the folder: give a name inside it");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new NewArticleException(target + " already exists: choose another title or file name");
        }
        try {
            Path realRoot = base.toRealPath();
            Path existing = target.getParent();
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing == null || !existing.toRealPath().startsWith(realRoot)) {
                throw new NewArticleException("\"" + name + "\" goes through a link that leads out of the folder");
            }
        } catch (IOException e) {
            throw new NewArticleException("cannot check " + target + ": " + e.getMessage());
        }
        return target;
    }
}
