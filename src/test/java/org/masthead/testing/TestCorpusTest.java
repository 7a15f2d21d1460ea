package org.masthead.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The vendored corpus is real content under its licence, copied unchanged from the shared one. */
class TestCorpusTest {
    @Test
    void theVendoredCorpusHoldsBothKindsWithItsLicenceAndSources() throws Exception {
        Path root = TestCorpus.vendored();
        assertThat(TestCorpus.articlesUnder(root.resolve("quicktakes"))).hasSizeGreaterThanOrEqualTo(8);
        assertThat(TestCorpus.articlesUnder(root.resolve("hugo-docs"))).hasSizeGreaterThanOrEqualTo(10);
        assertThat(TestCorpus.referenceArticle()).isRegularFile();
        assertThat(Files.readString(root.resolve("hugo-docs/LICENSE"))).contains("Apache License", "Version 2.0");
        assertThat(Files.readString(root.resolve("NOTICE"))).contains("quicktakes/", "hugo-docs/", "seeds/");
    }

    /** Where the shared corpus is present, each vendored file must equal its original byte for byte. */
    @Test
    void everyVendoredFileEqualsItsOriginalWhereTheSharedCorpusIsPresent() throws Exception {
        Path root = TestCorpus.vendored();
        List<Path> vendored = TestCorpus.articlesUnder(root);
        assertThat(vendored).hasSizeGreaterThan(20);
        if (TestCorpus.shared().isEmpty()) {
            return;
        }
        Path shared = TestCorpus.shared().get();
        for (Path file : vendored) {
            String relative = root.relativize(file).toString();
            Path original = relative.startsWith("seeds") ? shared.resolveSibling(relative) : shared.resolve(relative);
            assertThat(Files.readAllBytes(file)).as(relative).isEqualTo(Files.readAllBytes(original));
        }
    }
}
