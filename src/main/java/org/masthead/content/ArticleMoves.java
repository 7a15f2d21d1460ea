package org.masthead.content;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.KeyPath;

/**
 * The rules of an article file's place in its content folder: the fields the site derives from
 * the file name (the reference format's {@code file_name} and the last part of its {@code url}),
 * which a rename brings along ({@code batch.ArticleRename} plans the whole move); that a new path
 * stays inside the folder; and duplicating an article beside itself.
 */
public final class ArticleMoves {
    private static final KeyPath FILE_NAME = KeyPath.of("file_name");
    private static final KeyPath URL = KeyPath.of("url");

    private ArticleMoves() {
    }

    /**
     * The new values of the fields of {@code doc} that follow its file name, when the file goes
     * from {@code oldName} to {@code newName}: a {@code file_name} equal to the old name, and a
     * {@code url} whose last part is the old name's slug. Other values are the author's own and
     * are left alone.
     */
    public static Map<KeyPath, String> derivedFieldEdits(Document doc, String oldName, String newName) {
        Map<KeyPath, String> edits = new LinkedHashMap<>();
        Optional<String> fileName = doc.getString(FILE_NAME);
        if (fileName.isPresent() && fileName.get().strip().equals(oldName) && !oldName.equals(newName)) {
            edits.put(FILE_NAME, newName);
        }
        Optional<String> url = doc.getString(URL);
        String oldSlug = stem(oldName);
        String newSlug = stem(newName);
        if (url.isPresent() && !oldSlug.equals(newSlug)) {
            String value = url.get().strip();
            String trailing = value.endsWith("/") ? "/" : "";
            String path = trailing.isEmpty() ? value : value.substring(0, value.length() - 1);
            if (path.endsWith("/" + oldSlug)) {
                edits.put(URL, path.substring(0, path.length() - oldSlug.length()) + newSlug + trailing);
            }
        }
        return edits;
    }

    /** A copy of {@code file} beside it, named {@code name-copy.md}, then {@code name-copy-2.md}. */
    public static Path duplicate(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 1; ; n++) {
            Path target = file.resolveSibling(stem + "-copy" + (n == 1 ? "" : "-" + n) + extension);
            try {
                Files.write(target, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return target;
            } catch (FileAlreadyExistsException taken) {
                // the next number
            }
        }
    }

    /** {@code path} (relative to {@code root} or absolute) when it lies inside {@code root}. */
    public static Path inside(Path root, Path path) throws DocumentException {
        Path base = root.toAbsolutePath().normalize();
        Path resolved = base.resolve(path).normalize();
        if (!resolved.startsWith(base) || resolved.equals(base)) {
            throw new DocumentException(path.toString(), 1, 1, "this is outside the content folder " + base + ".",
                    "Give a path inside the folder, such as posts/new-name.md.");
        }
        return resolved;
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
