package org.masthead.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/** Test helpers: the shared seed and corpus, and quick parsing of inline text. */
final class TestFiles {
    private TestFiles() {
    }

    static Path seed() {
        return Paths.get(System.getProperty("masthead.corpus", "../shared/corpus")).resolveSibling("seeds")
                .resolve("000_b3c43b31ac399fd7.txt");
    }

    static Path corpus() {
        return Paths.get(System.getProperty("masthead.corpus", "../shared/corpus"));
    }

    static Path samples() {
        return Paths.get(System.getProperty("masthead.samples", "samples"));
    }

    static List<Path> markdownUnder(Path folder) {
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

    static Document doc(String text) throws DocumentException {
        return Document.parse("test.md", text.getBytes(StandardCharsets.UTF_8));
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Indexes of lines that differ, assuming both texts have the same number of lines. */
    static List<String> lines(String text) {
        return List.of(text.split("\n", -1));
    }
}
