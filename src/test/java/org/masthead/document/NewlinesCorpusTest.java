package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.masthead.testing.TestCorpus;

/** How the body field's backslash-n reads in real articles (three vendored, and the shared corpus when present). */
class NewlinesCorpusTest {

    private static Path vendored(String name) throws URISyntaxException {
        return Path.of(NewlinesCorpusTest.class.getResource("newlines/" + name + ".md").toURI());
    }

    private static List<Path> vendored() throws Exception {
        try (Stream<Path> files = Files.list(vendored("how-are-the-normal-equations-used-in-ols").getParent())) {
            return files.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
        }
    }

    @Test
    void thePidFormulaStartsOnTheLineAfterItsDollars() throws Exception {
        String markdown = Document.parse(vendored("how-does-a-pid-controller-work-and-what-are-its-components")).markdown();
        assertThat(markdown).contains("the control output:\n\n$$\nu(t) = K_p e(t) + K_i \\int_0^t e(\\tau) d\\tau"
                + " + K_d \\frac{de(t)}{dt}\n$$\n\nWhere:\n").doesNotContain("\\nu(t)");
    }

    @Test
    void commandsStartingWithNStayCommandsInsideMath() throws Exception {
        String determinant = Document.parse(vendored(
                "how-is-the-determinant-of-a-matrix-calculated-and-what-does-it-signify")).markdown();
        assertThat(determinant).contains("$\\text{det}(A) \\neq 0$");
        String ols = Document.parse(vendored("how-are-the-normal-equations-used-in-ols")).markdown();
        assertThat(ols).contains("$$\ny = \\beta_0 + \\beta_1");
    }

    @Test
    void everyVendoredArticleSavesBackByteForByteAndHasNothingToWarnAbout() throws Exception {
        List<Path> files = vendored();
        assertThat(files).hasSize(3);
        for (Path file : files) {
            assertReadsBackExactly(file);
        }
    }

    @Test
    void theCorpusSavesBackByteForByteAndHasNothingToWarnAbout() throws Exception {
        List<Path> files = new java.util.ArrayList<>();
        for (Path root : TestCorpus.roots()) {
            files.addAll(TestCorpus.articlesUnder(root.resolve("quicktakes")));
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            assertReadsBackExactly(file);
        }
    }

    private static void assertReadsBackExactly(Path file) throws Exception {
        Document doc = Document.parse(file);
        assertThat(doc.bodyField().isFrontMatterField()).as(file.toString()).isTrue();
        String markdown = doc.markdown();
        assertThat(LiteralNewlines.find(markdown)).as(file.toString()).isEmpty();
        assertThat(doc.withMarkdown(markdown).toBytes()).as(file.toString()).isEqualTo(Files.readAllBytes(file));
        assertThat(doc.withMarkdown(markdown + "\nC:\\new").getString(Document.ANSWER).orElseThrow())
                .as(file.toString()).endsWith("\\nC:\\new");
    }
}
