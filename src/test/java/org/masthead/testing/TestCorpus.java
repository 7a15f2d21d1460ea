package org.masthead.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Real content for tests. A small corpus ships under {@code src/test/resources/corpus}, so every
 * test runs from a fresh clone; the larger shared corpus named by {@code masthead.corpus} is an
 * extra root when it is there. Both have the same layout ({@code quicktakes/}, {@code hugo-docs/}),
 * and every vendored file is a byte-for-byte copy of a shared one, so an assertion about a named
 * file holds for either root. Tests copy a folder before they change anything in it.
 */
public final class TestCorpus {
    /** File counts of the shared corpus, for the assertions that only make sense there. */
    public static final int SHARED_QUICKTAKES = 31;
    public static final int SHARED_HUGO_DOCS = 992;

    private TestCorpus() {
    }

    /** The vendored corpus: a few reference-format articles and a few Hugo docs. */
    public static Path vendored() {
        URL notice = TestCorpus.class.getResource("/corpus/NOTICE");
        if (notice == null) {
            throw new IllegalStateException("the vendored corpus is not on the test class path (src/test/resources/corpus)");
        }
        try {
            return Path.of(notice.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shared corpus named by {@code masthead.corpus}, when that folder exists. */
    public static Optional<Path> shared() {
        Path root = Path.of(System.getProperty("masthead.corpus", "../shared/corpus"));
        return Files.isDirectory(root.resolve("quicktakes")) ? Optional.of(root) : Optional.empty();
    }

    /** The vendored corpus, then the shared one when present: the roots a corpus test runs over. */
    public static List<Path> roots() {
        List<Path> roots = new ArrayList<>();
        roots.add(vendored());
        shared().ifPresent(roots::add);
        return roots;
    }

    public static boolean isShared(Path root) {
        return !root.equals(vendored());
    }

    /** The reference article the format was measured on (FORMAT.md's seed). */
    public static Path referenceArticle() {
        return vendored().resolve("seeds").resolve("000_b3c43b31ac399fd7.txt");
    }

    public static Path quicktakes() {
        return vendored().resolve("quicktakes");
    }

    public static Path hugoDocs() {
        return vendored().resolve("hugo-docs");
    }

    /** Every {@code .md} and {@code .txt} file under {@code folder}, sorted; none when it is missing. */
    public static List<Path> articlesUnder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt"))
                    .filter(p -> !p.getFileName().toString().equals("README.md") || !p.getParent().equals(folder))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a corpus folder into {@code target}, writable: the corpus itself is never touched. */
    public static Path copy(Path from, Path target) {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path to = target.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                    to.toFile().setWritable(true);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
