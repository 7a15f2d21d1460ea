package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever bytes come in, parsing either succeeds (and round-trips) or throws DocumentException. */
class ParserFuzzTest {
    private static final String YAML = "---\ntitle: >-\n    A title\nid: 12\ntags: [a, 'b', \"c\"]\nseo:\n"
            + "  title: x | y\n  list:\n    - one\n    - two: 2\n# comment\n---\nbody\n";
    private static final String TOML = "+++\ntitle = \"A \\\"t\\\"\"\ndate = 2024-03-01 10:20:30Z\n"
            + "tags = [ 'a', \"b\" ] # c\nx.y = 1\nml = \"\"\"\nline\\\"\"\"\"\n[params]\n  k = { a = 1, b = [2] }\n"
            + "[[links]]\nu = '''lit'''\n+++\nbody\n";
    private static final String JSON = "{\n  \"title\": \"x \\\" \\u00e9\",\n  \"n\": -1.5e3,\n"
            + "  \"a\": [true, null, {\"k\": []}]\n}\nbody\n";

    @Property(tries = 2000)
    void randomBytesOnlyEverFailWithDocumentException(@ForAll byte[] bytes) {
        assertOnlyDocumentException(bytes);
    }

    @Property(tries = 3000)
    void mutatedFrontMatterOnlyEverFailsWithDocumentException(@ForAll("mutated") String text) {
        assertOnlyDocumentException(text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 20)
    void seedsParse(@ForAll("seeds") String seed) throws DocumentException {
        assertThat(TestFiles.doc(seed).root().entries()).isNotEmpty();
    }

    private static void assertOnlyDocumentException(byte[] bytes) {
        try {
            Document doc = Document.parse("fuzz.md", bytes);
            assertThat(doc.toBytes()).isEqualTo(bytes);
        } catch (DocumentException expected) {
            assertThat(expected.line()).isPositive();
            assertThat(expected.column()).isPositive();
        }
    }

    @Provide
    Arbitrary<String> seeds() {
        return Arbitraries.of(YAML, TOML, JSON);
    }

    /** A YAML, TOML or JSON seed with a few random splices of syntax-significant text. */
    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<String> junk = Arbitraries.of("-", ":", " ", "\n", "[", "]", "{", "}", "'", "\"", "#", "&a", "*a",
                "!", "!!str", "|", ">", "\t", "?", "%", "@", "\r\n", "\uD83D\uDE00", "---", "...", "\\", ",", "<<",
                "=", "+++", "[[", "]]", "\"\"\"", "'''", ".", "0x1F", "1e5", "true", "null", "\\u");
        Arbitrary<int[]> edit = Combinators.combine(Arbitraries.integers().between(0, 200),
                Arbitraries.integers().between(0, 4)).as((at, cut) -> new int[] {at, cut});
        return Combinators.combine(seeds(), edit.list().ofMinSize(1).ofMaxSize(4), junk.list().ofMinSize(4)
                .ofMaxSize(4)).as(ParserFuzzTest::apply);
    }

    private static String apply(String seed, List<int[]> edits, List<String> inserts) {
        StringBuilder text = new StringBuilder(seed);
        for (int i = 0; i < edits.size(); i++) {
            int at = Math.min(edits.get(i)[0], text.length());
            int end = Math.min(at + edits.get(i)[1], text.length());
            text.replace(at, end, inserts.get(i));
        }
        return text.toString();
    }
}
