package org.masthead.seo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.masthead.content.Slugs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.masthead.testing.TestCorpus;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class SlugTest {
    @Test
    void lowerCasesAndJoinsWordsWithHyphens() {
        assertThat(Slugs.slug("How does a PID controller work, and what are its components?"))
                .isEqualTo("how-does-a-pid-controller-work-and-what-are-its-components");
    }

    @Test
    void hyphensInsideWordsAreDeletedNotKept() {
        assertThat(Slugs.slug("What are the differences between well-known, registered, and private port numbers?"))
                .isEqualTo("what-are-the-differences-between-wellknown-registered-and-private-port-numbers");
        assertThat(Slugs.slug("a - b")).isEqualTo("a-b");
    }

    @Test
    void accentsApostrophesAndSymbols() {
        assertThat(Slugs.slug("Café résumé")).isEqualTo("cafe-resume");
        assertThat(Slugs.slug("Don’t use C++ & Java's API")).isEqualTo("dont-use-c-javas-api");
        assertThat(Slugs.slug("Input/output in 3D")).isEqualTo("inputoutput-in-3d");
    }

    @Test
    void whitespaceRunsCollapseAndEndsAreTrimmed() {
        assertThat(Slugs.slug("  ¿Qué\t pasa?\n ")).isEqualTo("que-pasa");
        assertThat(Slugs.slug("?!")).isEmpty();
    }

    /** The rule was inferred from these files: every one of them must agree with it. */
    @ParameterizedTest
    @MethodSource("org.masthead.testing.TestCorpus#roots")
    void agreesWithEveryReferenceArticle(Path corpus) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(corpus.resolve("quicktakes"))) {
            files = list.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(files).hasSize(TestCorpus.isShared(corpus) ? TestCorpus.SHARED_QUICKTAKES : 8);
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String frontMatter = text.substring(4, text.indexOf("\n---", 4));
            Map<String, Object> fm = yaml.load(frontMatter);
            String slug = Slugs.slug((String) fm.get("title"));
            assertThat(fm.get("file_name")).as(file.toString()).isEqualTo(slug + ".md");
            assertThat(fm.get("url")).as(file.toString())
                    .isEqualTo("/learn/" + Slugs.slug((String) fm.get("subject")) + "/questions/" + slug);
        }
    }
}
