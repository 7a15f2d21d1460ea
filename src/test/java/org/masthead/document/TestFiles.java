package org.masthead.document;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.masthead.testing.TestCorpus;

/** Test helpers: the reference article and the corpus, and quick parsing of inline text. */
final class TestFiles {
    private TestFiles() {
    }

    static Path seed() {
        return TestCorpus.referenceArticle();
    }

    /** Every file of the vendored corpus, of the shared one when it is there, and of the samples. */
    static List<Path> realFiles() {
        List<Path> files = new ArrayList<>();
        TestCorpus.roots().forEach(root -> files.addAll(markdownUnder(root)));
        files.addAll(markdownUnder(samples()));
        return files;
    }

    static Path samples() {
        return Paths.get(System.getProperty("masthead.samples", "samples"));
    }

    static List<Path> markdownUnder(Path folder) {
        return TestCorpus.articlesUnder(folder);
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
