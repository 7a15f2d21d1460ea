package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
import org.masthead.bench.GenerateArticles;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.FastFrontMatter;
import org.masthead.document.KeyPath;
import org.masthead.document.MapField;
import org.masthead.testing.TestCorpus;

/**
 * The fast reader against the document model. Whenever {@link FastFrontMatter} answers with the
 * whole tree (the checks' reading), the model must accept the file and build the same tree and
 * body path; whenever it answers with only the keys the index keeps, the index entry must be the
 * model's. It may be unsure, which is always safe; the statistics show how often it answered.
 */
class FastReaderAgreementTest {

    /** Which readings of the fast reader answered ("tree" and "index"), having checked each answer against the model. */
    private static String agreement(String path, byte[] bytes) {
        return (treeAgrees(path, bytes) ? "tree" : "-") + " " + (indexAgrees(path, bytes) ? "index" : "-");
    }

    /** Whether the whole-tree reading answered; where it did, its tree is the model's. */
    static boolean treeAgrees(String path, byte[] bytes) {
        FastFrontMatter.Result quick = FastFrontMatter.read(bytes, bytes.length);
        if (quick == null) {
            return false;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        Document doc;
        try {
            doc = Document.parse(path, bytes);
        } catch (DocumentException e) {
            throw new AssertionError("the fast reader accepted what the model rejects: " + e.getMessage() + "\n" + shown(text));
        }
        assertThat(quick.root()).as("%s:%n%s", path, shown(text)).isEqualTo(doc.root());
        KeyPath body = doc.bodyField().isFrontMatterField() ? doc.bodyField().path() : null;
        assertThat(quick.bodyPath()).as("%s:%n%s", path, shown(text)).isEqualTo(body);
        return true;
    }

    /** The text with line ends, tabs, carriage returns and every character outside ASCII made visible. */
    private static String shown(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c == '\n' ? "\\n\n" : c == '\t' ? "\\t" : c == '\r' ? "\\r"
                : c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }

    /**
     * Whether the index's reading (only the kept keys) answered; it must answer exactly when the
     * whole-tree reading does, and where it does, its entry is the model's.
     */
    private static boolean indexAgrees(String path, byte[] bytes) {
        MapField kept = FastFrontMatter.read(bytes, bytes.length, KeyScope.top(EntryDetail.FULL));
        assertThat(kept != null).as("the index's reading answers as the tree's does: %s", path)
                .isEqualTo(FastFrontMatter.read(bytes, bytes.length) != null);
        if (kept == null) {
            assertThat(ArticleReader.read(path, bytes)).isEqualTo(ArticleReader.readFully(path, bytes));
            return false;
        }
        IndexEntry full = ArticleReader.readFully(path, bytes);
        String shown = shown(new String(bytes, StandardCharsets.UTF_8));
        assertThat(full.problem()).as("the full parser's verdict on %s:%n%s", path, shown).isNull();
        assertThat(ArticleReader.read(path, bytes)).as(path).isEqualTo(full);
        assertThat(ArticleReader.read(path, bytes, bytes.length, EntryDetail.LIST))
                .isEqualTo(ArticleReader.readFully(path, bytes, EntryDetail.LIST));
        return true;
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
            fast += agreement(file.toString(), Files.readAllBytes(file)).endsWith("index") ? 1 : 0;
        }
        assertThat(files).hasSizeGreaterThan(TestCorpus.isShared(corpus) ? 1000 : 40);
        // The reference-format files must all take both fast paths, or the benchmarks mean little.
        List<Path> quicktakes = TestCorpus.articlesUnder(corpus.resolve("quicktakes"));
        assertThat(quicktakes).isNotEmpty()
                .filteredOn(p -> !agreement(p.toString(), read(p)).equals("tree index")).isEmpty();
        assertThat(fast).isGreaterThan(quicktakes.size());
    }

    /** The benchmark's synthetic articles must be read like real ones, and on the fast path. */
    @Test
    void agreesOnTheBenchmarkArticles() {
        GenerateArticles generator = new GenerateArticles(7);
        for (int i = 0; i < 300; i++) {
            String title = generator.title();
            String text = generator.article(5000 + i, title, Slugs.slug(title), 5000, 300);
            assertThat(agreement("bench" + i + ".md", text.getBytes(StandardCharsets.UTF_8))).isEqualTo("tree index");
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
        return Combinators.combine(Arbitraries.oneOf(frontMatter(), benchmarkArticle()), noise,
                        Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 1))
                .as((text, insert, where, replace) -> {
                    int at = (int) (where * text.length());
                    return text.substring(0, at) + insert + text.substring(Math.min(text.length(), at + replace));
                });
    }

    private Arbitrary<String> benchmarkArticle() {
        return Arbitraries.integers().between(1, 50).map(seed -> {
            GenerateArticles generator = new GenerateArticles(seed);
            String title = generator.title();
            return generator.article(seed, title, Slugs.slug(title), 600, 100);
        });
    }

    @Test
    void shapesTheTreeReaderReads() {
        String[] texts = {
            "---\na: 1\nb: true\nc: ~\nd:\ne: 2024-01-01\nf: -1.0\ng: 'it''s'\nh: \"q\"\n---\n",
            "---\nseo:\n  title: x\n  k:\n    - a\n    - 'b'\n    - \"c\"\nz: y\n---\nbody",
            "---\nlist:\n- a\n- b\nnext: 1\n---\n",
            "---\nt: >\n    one line\nu: |\n  two\n  lines\nv: |-\n  x\nw: >-\n    a\n    b\n\n---\n",
            "---\nanswer: >-\n    text\\nmore\n---\n\n&nbsp;",
            "---\nanswer: >-\n    text\n---\nreal body\n",
            "---\na: x   \nb: 'y'   \n---\n",
            "---\n# comment\na: 1 # note\nb: 'q' # note\n  # indented\nc:\n  # inside\n  d: x#y\n---\n",
            "\uFEFF---\na: é\n---\n", "plain Markdown, no front matter\n", "",
            "---\nc: []\nk: [a, 'b c', \"d\", 1.5, x y ]   # note\n---\n",
        };
        for (String text : texts) {
            assertThat(treeAgrees("t.md", text.getBytes(StandardCharsets.UTF_8))).as(text).isTrue();
        }
    }

    @Test
    void shapesTheTreeReaderLeavesToTheModel() {
        String[] texts = {
            "---\na: [1, [2]]\n---\n", "---\na: &x 1\nb: *x\n---\n", "---\na: !!str 1\n---\n",
            "---\na: # comment\n---\n", "---\na: 'x'# comment\n---\n", "---\na: b: c\n---\n",
            "---\na: plain\n  continued\n---\n", "---\na: \"esc\\n\"\n---\n", "---\na: 'open\n  close'\n---\n",
            "---\na: >+\n  keep\n---\n", "---\na: >2\n   x\n---\n", "---\na: >\n  x\n\n  y\n---\n",
            "---\na:\n\tb: 1\n---\n", "---\r\na: 1\r\n---\r\n", "---\na: 1\na: 2\n---\n",
            "---\n\"a\": 1\n---\n", "---\na: 1\n", "---\n---\n", "+++\na = 1\n+++\n", "{\"a\": 1}\n",
            "---\na: \u0001\n---\n", "---\n- a\n---\n", "---\na:\n  - b: 1\n---\n", "---\na: >\n  x\n    y\n---\n",
        };
        for (String text : texts) {
            assertThat(FastFrontMatter.read(text)).as(text).isNull();
        }
    }

    /** Both fast paths give up at the same depth, well inside the model's own limit. */
    @Test
    void bothFastPathsLeaveDeepNestingToTheModel() {
        for (int levels : new int[] {FastFrontMatter.MAX_DEPTH - 1, FastFrontMatter.MAX_DEPTH}) {
            StringBuilder deep = new StringBuilder("---\n");
            for (int i = 0; i < levels; i++) {
                deep.append("  ".repeat(i)).append("k").append(i).append(":\n");
            }
            deep.append("  ".repeat(levels)).append("leaf: 1\n---\n");
            String verdict = agreement("deep.md", deep.toString().getBytes(StandardCharsets.UTF_8));
            assertThat(verdict).as("%d levels", levels)
                    .isEqualTo(levels < FastFrontMatter.MAX_DEPTH ? "tree index" : "- -");
        }
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
