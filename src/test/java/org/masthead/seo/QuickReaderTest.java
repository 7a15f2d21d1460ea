package org.masthead.seo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.masthead.bench.GenerateArticles;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.KeyPath;
import org.masthead.testing.TestCorpus;

/** The fast reader must agree with the document model wherever it answers at all. */
class QuickReaderTest {
    /** Returns whether the quick reader answered. */
    static boolean agrees(String name, String text) {
        QuickReader.Result quick = QuickReader.read(text);
        if (quick == null) {
            return false;
        }
        Document doc;
        try {
            doc = Document.parse(name, text.getBytes(StandardCharsets.UTF_8));
        } catch (DocumentException e) {
            fail("the quick reader accepted what the parser rejects: " + e.getMessage() + "\n" + text);
            return false;
        }
        assertThat(quick.root()).as(name).isEqualTo(doc.root());
        KeyPath body = doc.bodyField().isFrontMatterField() ? doc.bodyField().path() : null;
        assertThat(quick.bodyPath()).as(name).isEqualTo(body);
        return true;
    }

    private static int agreeOnFolder(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        int answered = 0;
        for (Path file : files) {
            answered += agrees(file.toString(), Files.readString(file)) ? 1 : 0;
        }
        return answered;
    }

    @ParameterizedTest
    @MethodSource("org.masthead.testing.TestCorpus#roots")
    void referenceArticles(Path corpus) throws IOException {
        Path folder = corpus.resolve("quicktakes");
        assertThat(agreeOnFolder(folder)).as("reference-format files the quick reader reads")
                .isEqualTo(TestCorpus.articlesUnder(folder).size()).isPositive();
    }

    @ParameterizedTest
    @MethodSource("org.masthead.testing.TestCorpus#roots")
    void hugoDocsAgreeWhereRead(Path corpus) throws IOException {
        agreeOnFolder(corpus.resolve("hugo-docs"));
    }

    @Test
    void samples() throws IOException {
        Path folder = Path.of(System.getProperty("masthead.samples", "samples"));
        assertThat(agreeOnFolder(folder)).isEqualTo(16);
    }

    @Test
    void generatedArticles(@TempDir Path dir) throws IOException {
        new GenerateArticles(7).write(dir, 300, 1);
        assertThat(agreeOnFolder(dir)).isEqualTo(300);
    }

    @Test
    void shapesItReads() {
        String[] texts = {
            "---\na: 1\nb: true\nc: ~\nd:\ne: 2024-01-01\nf: -1.0\ng: 'it''s'\nh: \"q\"\n---\n",
            "---\nseo:\n  title: x\n  k:\n    - a\n    - 'b'\n    - \"c\"\nz: y\n---\nbody",
            "---\nlist:\n- a\n- b\nnext: 1\n---\n",
            "---\nt: >\n    one line\nu: |\n  two\n  lines\nv: |-\n  x\nw: >-\n    a\n    b\n\n---\n",
            "---\nanswer: >-\n    text\\nmore\n---\n\n&nbsp;",
            "---\nanswer: >-\n    text\n---\nreal body\n",
            "---\na: x   \nb: 'y'   \n---\n",
        };
        for (String text : texts) {
            assertThat(agrees("t.md", text)).as(text).isTrue();
        }
    }

    @Test
    void shapesItLeavesToTheParser() {
        String[] texts = {
            "---\na: [1, 2]\n---\n", "---\na: &x 1\nb: *x\n---\n", "---\na: !!str 1\n---\n",
            "---\n# comment\na: 1\n---\n", "---\na: 1 # comment\n---\n", "---\na: b: c\n---\n",
            "---\na: plain\n  continued\n---\n", "---\na: \"esc\\n\"\n---\n", "---\na: 'open\n  close'\n---\n",
            "---\na: >+\n  keep\n---\n", "---\na: >2\n   x\n---\n", "---\na: >\n  x\n\n  y\n---\n",
            "---\na:\n\tb: 1\n---\n", "---\r\na: 1\r\n---\r\n", "\uFEFF---\na: 1\n---\n", "---\na: 1\na: 2\n---\n",
            "---\n\"a\": 1\n---\n", "---\na: 1\n", "---\n---\n", "+++\na = 1\n+++\n", "{\"a\": 1}\n",
            "---\na: \u0001\n---\n", "---\n- a\n---\n", "---\na:\n  - b: 1\n---\n", "---\na: >\n  x\n    y\n---\n",
        };
        for (String text : texts) {
            assertThat(QuickReader.read(text)).as(text).isNull();
        }
        StringBuilder deep = new StringBuilder("---\n");
        for (int i = 0; i < 20; i++) {
            deep.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        deep.append("  ".repeat(20)).append("leaf: 1\n---\n");
        assertThat(QuickReader.read(deep.toString())).isNull();
    }

    /** Random damage to a reference article: wherever the quick reader still answers, it must agree. */
    @Property(tries = 1000)
    void randomEditsNeverMakeTheReadersDisagree(@ForAll("damaged") String text) {
        Statistics.label("quick reader answered").collect(agrees("fuzz.md", text));
    }

    @Provide
    Arbitrary<String> damaged() {
        Arbitrary<String> pieces = Arbitraries.of("", " ", "  ", "\n", ":", ": ", "-", "- ", "#", " #", "'", "\"", ">",
                ">-", "|", "\t", "x", "key: v", "\n  ", "\n    ", "[", "{", "&", "*", "!", "~", "null", "yes", "12",
                "2024-01-01", "---", "...", "é", "\\", "?", ",", "''");
        return Combinators.combine(Arbitraries.integers().between(0, Fixtures.ARTICLE.length() - 1),
                Arbitraries.integers().between(0, 6), pieces.list().ofMinSize(1).ofMaxSize(3))
                .as((at, cut, inserted) -> {
                    String base = Fixtures.ARTICLE;
                    int end = Math.min(base.length(), at + cut);
                    return base.substring(0, at) + String.join("", inserted) + base.substring(end);
                });
    }
}
