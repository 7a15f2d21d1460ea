package org.masthead.content;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * What counts as an article file, for every part of Masthead that looks at a folder: the list, the
 * watcher, {@code list} and {@code check} see the same files. An article is a {@code .md} or
 * {@code .markdown} file, in any letter case; a file or folder whose name starts with a dot
 * ({@code .git}, {@code .masthead.yml}) is never one, nor is anything under it.
 */
public final class ArticleFiles {
    private ArticleFiles() {
    }

    /** Whether a file of this name is an article, without looking at the file. */
    public static boolean isArticleName(String name) {
        if (isHiddenName(name)) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown");
    }

    /** Hidden files and folders are skipped with all they hold. */
    public static boolean isHiddenName(String name) {
        return name.startsWith(".");
    }

    /**
     * The article files under {@code folder}, sorted. Links are followed, into folders too, and
     * a loop of links is left at its first turn; a link to nothing named like an article is
     * listed, so that reading it reports the error.
     */
    public static List<Path> under(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        walk(folder, (file, attrs) -> files.add(file));
        files.sort(Comparator.naturalOrder());
        return files;
    }

    /**
     * Hands each article file under {@code folder} to {@code visitor}, in no set order, with the
     * attributes the walk read: those of the file a link points at, or the link's own when it
     * points at nothing.
     */
    public static void walk(Path folder, BiConsumer<Path, BasicFileAttributes> visitor) throws IOException {
        Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.equals(folder) || !isHiddenName(dir.getFileName().toString())
                        ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!attrs.isDirectory() && isArticleName(file.getFileName().toString())) {
                    visitor.accept(file, attrs);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // a loop of links, or a folder that cannot be read: what can be read is still listed
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
