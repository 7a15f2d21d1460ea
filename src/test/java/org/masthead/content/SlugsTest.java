package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.masthead.testing.TestCorpus;

class SlugsTest {

    @Test
    void dropsPunctuationInsideWordsAsTheSiteDoes() {
        assertThat(Slugs.slug("Explain the concept of exclusive-or and how it differs from regular disjunction."))
                .isEqualTo("explain-the-concept-of-exclusiveor-and-how-it-differs-from-regular-disjunction");
        assertThat(Slugs.slug("What are the differences between well-known, registered, and private port numbers?"))
                .isEqualTo("what-are-the-differences-between-wellknown-registered-and-private-port-numbers");
    }

    @Test
    void foldsAccentsAndCollapsesWhitespace() {
        assertThat(Slugs.slug("  Café   Über\tStraße – naïve  ")).isEqualTo("cafe-uber-strasse-naive");
        assertThat(Slugs.slug("Ørsted & Æsir: 3D/2D")).isEqualTo("orsted-aesir-3d2d");
    }

    @Test
    void emptyWhenNothingIsLeft() {
        assertThat(Slugs.slug("?! — …")).isEmpty();
    }

    @Test
    void articleUrlUsesTheSubjectSlug() {
        assertThat(Slugs.articleUrl("Digital media", "what-is-x")).isEqualTo("/learn/digital-media/questions/what-is-x");
    }

    /** Every reference article's file name, file_name and url follow from its title and subject. */
    @ParameterizedTest
    @MethodSource("org.masthead.testing.TestCorpus#roots")
    void matchesEveryQuickTakesArticle(Path corpus) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus.resolve("quicktakes"))) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(8);
        if (TestCorpus.isShared(corpus)) {
            assertThat(files).hasSize(TestCorpus.SHARED_QUICKTAKES);
        }
        for (Path file : files) {
            IndexEntry e = ArticleReader.read(file, file.getFileName().toString());
            String slug = Slugs.slug(e.title());
            assertThat(slug + ".md").as(file.toString()).isEqualTo(file.getFileName().toString());
            assertThat(e.url()).as(file.toString()).isEqualTo(Slugs.articleUrl(e.subject(), slug));
        }
    }
}
