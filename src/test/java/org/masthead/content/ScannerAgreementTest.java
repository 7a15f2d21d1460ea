package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.masthead.testing.TestCorpus;

/**
 * Whenever the fast scanner answers, the full document parser must read the same file the same
 * way: no problem, and equal values for every field the index keeps. When the scanner is unsure
 * it answers nothing, which is always safe; the statistics show how often that happens.
 */
class ScannerAgreementTest {

    private static String agreement(String path, byte[] bytes) {
        Map<String, String> fast = FrontMatterScanner.scan(bytes, bytes.length);
        if (fast == null) {
            return "full parser";
        }
        IndexEntry full = ArticleReader.readFully(path, bytes);
        String shown = new String(bytes, StandardCharsets.UTF_8).replace("\n", "\\n\n").replace("\t", "\\t").replace("\r", "\\r");
        assertThat(full.problem()).as("the full parser's verdict on %s:%n%s", path, shown).isNull();
        assertThat(EntryFields.build(path, fast)).as(path).isEqualTo(full);
        Map<String, String> listOnly = FrontMatterScanner.scan(bytes, bytes.length, EntryDetail.LIST);
        assertThat(EntryFields.build(path, listOnly)).isEqualTo(ArticleReader.readFully(path, bytes, EntryDetail.LIST));
        return "fast";
    }

    @ParameterizedTest
    @MethodSource("org.masthead.testing.TestCorpus#roots")
    void agreesOnEveryCorpusAndSampleFile(Path corpus) throws IOException {
        List<Path> files = new ArrayList<>(TestCorpus.articlesUnder(corpus));
        files.addAll(TestCorpus.articlesUnder(corpus.resolveSibling("seeds")));
        files.addAll(TestCorpus.articlesUnder(Path.of(System.getProperty("masthead.samples", "samples"))));
        files.addAll(TestCorpus.articlesUnder(Path.of("src/test/resources")));
        int fast = 0;
        for (Path file : files) {
            fast += agreement(file.toString(), Files.readAllBytes(file)).equals("fast") ? 1 : 0;
        }
        assertThat(files).hasSizeGreaterThan(TestCorpus.isShared(corpus) ? 1000 : 40);
        // The reference-format files must all take the fast path, or the benchmark means little.
        List<Path> quicktakes = TestCorpus.articlesUnder(corpus.resolve("quicktakes"));
        assertThat(quicktakes).isNotEmpty().filteredOn(p -> FrontMatterScanner.scan(read(p), read(p).length) == null).isEmpty();
        assertThat(fast).isGreaterThan(quicktakes.size());
    }

    /** The benchmark's synthetic articles must be read like real ones, and on the fast path. */
    @Test
    void agreesOnTheBenchmarkArticles() {
        org.masthead.bench.GenerateArticles generator = new org.masthead.bench.GenerateArticles(7);
        for (int i = 0; i < 300; i++) {
            String title = generator.title();
            String text = generator.article(5000 + i, title, Slugs.slug(title), 5000, 300);
            assertThat(agreement("bench" + i + ".md", text.getBytes(StandardCharsets.UTF_8))).isEqualTo("fast");
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Property(tries = 2000)
    void agreesOnGeneratedFrontMatter(@ForAll("frontMatter") String text) {
        String verdict = agreement("generated.md", text.getBytes(StandardCharsets.UTF_8));
        Statistics.collect(verdict);
    }

    @Property(tries = 3000)
    void agreesOnDamagedFrontMatter(@ForAll("damaged") String text) {
        String verdict = agreement("damaged.md", text.getBytes(StandardCharsets.UTF_8));
        Statistics.collect(verdict);
    }

    @Provide
    Arbitrary<String> damaged() {
        Arbitrary<String> noise = Arbitraries.of(":", ": ", " ", "\t", "#", " #", "-", "- ", "'", "\"", "\n", "\n  ", "[", "&", "*",
                "\r", "é", "|", ">", "---\n", "\\", "\uFEFF", "~", "\u0085", "\u2028", "\u0007", "\u007f", "\u00a0", "\t");
        return Combinators.combine(frontMatter(), noise, Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 1))
                .as((text, insert, where, replace) -> {
                    int at = (int) (where * text.length());
                    return text.substring(0, at) + insert + text.substring(Math.min(text.length(), at + replace));
                });
    }

    @Provide
    Arbitrary<String> frontMatter() {
        Arbitrary<String> top = Arbitraries.of("id", "title", "subject", "date", "url", "description", "answer", "author",
                "score", "file_name", "article_title", "_schema");
        Arbitrary<String> seoKey = Arbitraries.of("title", "page_description", "page_keywords", "extra");
        Arbitrary<String> relatedKey = Arbitraries.of("id", "title", "subject", "url");
        Arbitrary<String> scalarEntry = Combinators.combine(top, value(0)).as((k, v) -> k + ":" + v);
        Arbitrary<String> seo = entries(seoKey, 2).map(body -> "seo:" + comment() + "\n" + body);
        Arbitrary<String> related = Combinators.combine(Arbitraries.integers().between(1, 6), entries(relatedKey, 4))
                .as((n, body) -> "related_article" + n + ":\n" + body);
        Arbitrary<String> extra = Arbitraries.of("# a comment\n", "\n", "  # indented comment\n", "");
        Arbitrary<String> line = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, scalarEntry.map(s -> s + "\n")),
                net.jqwik.api.Tuple.of(2, seo),
                net.jqwik.api.Tuple.of(2, related),
                net.jqwik.api.Tuple.of(2, extra));
        return line.list().ofMinSize(0).ofMaxSize(12).map(lines -> "---\n" + String.join("", lines) + "---\nbody\n");
    }

    private static String comment() {
        return "";
    }

    private Arbitrary<String> entries(Arbitrary<String> keys, int indent) {
        return Combinators.combine(keys, value(indent)).as((k, v) -> " ".repeat(indent) + k + ":" + v + "\n")
                .list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("", l));
    }

    /** A value after {@code key:}, in any style, for a key at {@code indent}; no final newline. */
    private Arbitrary<String> value(int indent) {
        Arbitrary<String> text = Arbitraries.strings()
                .withChars("abcXYZ019 ,.:-#'\"!?é€/&*|>%@`[]{}")
                .ofMinLength(0).ofMaxLength(14);
        Arbitrary<String> word = Arbitraries.strings().withChars("abcdefXYZ0123-/. ").ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> plain = Arbitraries.oneOf(word, text).map(v -> " " + v);
        Arbitrary<String> plainWithComment = word.map(v -> " " + v + " # note");
        Arbitrary<String> single = text.map(v -> " '" + v.replace("'", "''") + "'");
        Arbitrary<String> doubled = text.map(v -> " \"" + v.replace("\"", "") + "\"");
        Arbitrary<String> block = Combinators.combine(
                Arbitraries.of(">", "|"), Arbitraries.of("", "-", "+"), Arbitraries.of(2, 4),
                Arbitraries.oneOf(word, Arbitraries.just(""), word.map(w -> " " + w)).list().ofMinSize(0).ofMaxSize(4))
                .as((style, chomp, step, lines) -> {
                    StringBuilder b = new StringBuilder(" ").append(style).append(chomp);
                    for (String l : lines) {
                        b.append('\n');
                        if (!l.isEmpty()) {
                            b.append(" ".repeat(indent + step)).append(l);
                        }
                    }
                    return b.toString();
                });
        Arbitrary<String> flowItem = Arbitraries.oneOf(word, text, single.map(String::strip), doubled.map(String::strip));
        Arbitrary<String> flow = Combinators.combine(flowItem.list().ofMaxSize(4), Arbitraries.of(", ", ",", " , "),
                Arbitraries.of("[", "{"), Arbitraries.of("]", "}", ",]", ""))
                .as((items, comma, open, close) -> " " + open + String.join(comma, items) + close);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, flow),
                net.jqwik.api.Tuple.of(4, plain),
                net.jqwik.api.Tuple.of(1, plainWithComment),
                net.jqwik.api.Tuple.of(2, single),
                net.jqwik.api.Tuple.of(2, doubled),
                net.jqwik.api.Tuple.of(3, block),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("")));
    }
}
