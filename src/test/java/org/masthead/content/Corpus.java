package org.masthead.content;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** The shared corpus, found through {@code masthead.corpus}; tests that need it skip without it. */
final class Corpus {
    private Corpus() {
    }

    static Path root() {
        String dir = System.getProperty("masthead.corpus", "../shared/corpus");
        Path root = Path.of(dir);
        assumeTrue(Files.isDirectory(root.resolve("quicktakes")), "no corpus at " + root);
        return root;
    }

    static Path quicktakes() {
        return root().resolve("quicktakes");
    }

    static Path hugoDocs() {
        return root().resolve("hugo-docs");
    }

    /** Copies a corpus folder into {@code target}: the corpus itself is never touched. */
    static Path copy(Path from, Path target) {
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

    /** True once the document model parses (it is built on another branch). */
    static boolean documentWorks() {
        try {
            org.masthead.document.Document.parse("probe.md", "---\na: b\n---\n".getBytes());
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        } catch (Exception e) {
            return true;
        }
    }
}
