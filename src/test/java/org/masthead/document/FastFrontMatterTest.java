package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the fast reader makes of the shapes it reads, and what it leaves to the parser. */
class FastFrontMatterTest {

    private static MapField tree(String text) {
        FastFrontMatter.Result result = FastFrontMatter.read(text);
        return result == null ? null : result.root();
    }

    private static String value(MapField map, String key) {
        return ((ScalarField) map.entries().get(key)).value();
    }

    @Test
    void foldsBlockScalarsAsYamlDoes() {
        MapField v = tree("""
                ---
                title: >-
                    first line
                    second line
                id: 7
                ---
                """);
        assertThat(value(v, "title")).isEqualTo("first line second line");
        assertThat(value(v, "id")).isEqualTo("7");
        assertThat(value(tree("---\ntitle: >\n  a\n  b\n\nid: 1\n---\n"), "title")).isEqualTo("a b\n");
        assertThat(value(tree("---\ntitle: |\n  a\n  b\nid: 1\n---\n"), "title")).isEqualTo("a\nb\n");
        assertThat(value(tree("---\ntitle: |-\n  a\n  b\n---\n"), "title")).isEqualTo("a\nb");
    }

    @Test
    void readsQuotedAndPlainScalarsWithComments() {
        MapField v = tree("""
                ---
                # a comment
                title: 'It''s here' # note
                subject: "Café: a study"
                url: /a/b # trailing
                date: 2024-01-02
                ---
                body""");
        assertThat(v.entries().keySet()).containsExactly("title", "subject", "url", "date");
        assertThat(value(v, "title")).isEqualTo("It's here");
        assertThat(value(v, "subject")).isEqualTo("Café: a study");
        assertThat(value(v, "url")).isEqualTo("/a/b");
        assertThat(((ScalarField) v.entries().get("date")).type()).isEqualTo(ScalarType.DATE);
    }

    @Test
    void readsNestedMapsListsAndABom() {
        MapField v = tree("""
                \uFEFF---
                seo:
                  title: T
                  page_keywords: >-
                    k1, k2
                related_article2:
                    id: 9
                    url: /x
                tags:
                - a
                - 'b'
                ---
                """);
        MapField seo = (MapField) v.entries().get("seo");
        assertThat(value(seo, "title")).isEqualTo("T");
        assertThat(value(seo, "page_keywords")).isEqualTo("k1, k2");
        assertThat(value((MapField) v.entries().get("related_article2"), "url")).isEqualTo("/x");
        assertThat(((ListField) v.entries().get("tags")).items()).extracting(f -> ((ScalarField) f).value()).containsExactly("a", "b");
    }

    @Test
    void keepsOnlyTheKeysItIsAskedForAndChecksTheRest() {
        Keys keys = new Keys(Map.of("id", Map.of(), "seo", Map.of("title", Map.of())));
        byte[] bytes = """
                ---
                answer: >-
                    x y \\n # not a comment [a, {b
                other: 1
                seo:
                  title: T
                  extra: E
                id: 5
                ---
                """.getBytes(StandardCharsets.UTF_8);
        MapField kept = FastFrontMatter.read(bytes, bytes.length, keys);
        assertThat(kept.entries().keySet()).containsExactly("seo", "id");
        assertThat(((MapField) kept.entries().get("seo")).entries().keySet()).containsExactly("title");
        assertThat(kept.entries().get("id")).isEqualTo(tree(new String(bytes, StandardCharsets.UTF_8)).entries().get("id"));
        byte[] broken = "---\nid: 5\nother: a: b\n---\n".getBytes(StandardCharsets.UTF_8);
        assertThat(FastFrontMatter.read(broken, broken.length, keys)).isNull();
    }

    /** A key filter over plain Strings: each key names the filter of the map under it. */
    private record Keys(Map<String, Map<String, ?>> names) implements FastFrontMatter.Keys {
        @Override
        public boolean keeps(byte[] b, int start, int length) {
            return names.containsKey(new String(b, start, length, StandardCharsets.UTF_8));
        }

        @Override
        @SuppressWarnings("unchecked")
        public FastFrontMatter.Keys under(byte[] b, int start, int length) {
            Map<String, ?> inner = names.get(new String(b, start, length, StandardCharsets.UTF_8));
            return inner == null ? null : new Keys((Map<String, Map<String, ?>>) inner);
        }
    }

    @Test
    void readsOneLineFlowLists() {
        MapField v = tree("""
                ---
                categories: []
                keywords: [highlight, 'it''s', "a b", v1.2/x-y, PAGE.Rotate DIMENSION] # note
                ---
                """);
        assertThat(((ListField) v.entries().get("categories")).items()).isEmpty();
        assertThat(((ListField) v.entries().get("keywords")).items()).extracting(f -> ((ScalarField) f).value())
                .containsExactly("highlight", "it's", "a b", "v1.2/x-y", "PAGE.Rotate DIMENSION");
    }

    @Test
    void aFileWithoutFrontMatterHasAnEmptyRoot() {
        assertThat(tree("# Just Markdown\n\ntext").entries()).isEmpty();
        assertThat(tree("").entries()).isEmpty();
    }

    /** Everything outside the understood subset, and every error, goes to the full parser. */
    @ParameterizedTest
    @ValueSource(strings = {
        "---\ntags: [a, [b]]\n---\n",                     // nested flow
        "---\ntags: [a: b]\n---\n",                       // a pair in a flow list
        "---\ntags: [a,]\n---\n",                         // a trailing comma
        "---\ntags: [a, b\n  , c]\n---\n",                // a flow list over two lines
        "---\ntags: [\"esc\\\"\"]\n---\n",
        "---\nseo: {title: x}\n---\n",                    // flow map
        "---\ntitle: &a x\nsubject: *a\n---\n",           // anchor and alias
        "---\ntitle: !!str 12\n---\n",                    // tag
        "---\ntitle: x\n\tid: 1\n---\n",                  // tab indent
        "---\nseo:\n  title: x\n   page_keywords: y\n---\n", // odd indent
        "---\ntitle: a\ntitle: b\n---\n",                 // duplicate key
        "---\ntitle: a: b\n---\n",                        // mapping value in a plain scalar
        "---\ntitle: first\n  continued\n---\n",          // multi-line plain scalar
        "---\ntitle: 'open\n  quote'\n---\n",             // multi-line quoted
        "---\ntitle: \"esc\\u00e9\"\n---\n",              // escapes
        "---\r\ntitle: x\r\n---\r\n",                     // CRLF
        "+++\ntitle = 'x'\n+++\n",                        // TOML
        "{\n\"title\": \"x\"\n}\n",                       // JSON
        "---\ntitle: x\n",                                // unclosed
        "---\ntitle: >2\n   x\n---\n",                    // indentation indicator
        "---\ntitle: >-\n    a\n      more indented\n---\n", // more-indented folded line
        "---\ntitle: >-\n    a\n\n    after a blank\n---\n", // a blank line inside a block scalar
        "--- \ntitle: x\n---\n",
        "---\ntitle: x\n--- trailing\n",
        "---\n\"quoted key\": x\n---\n",
        "---\n? complex\n: key\n---\n",
        "---\nanswer: >\n \r   text\n  more\n---\n",      // a CR is a line break to YAML
        "---\nanswer: >-\n    one\u0085two\n---\n",       // so is NEL
        "---\ntitle: a\u2028b\n---\n",                    // and LINE SEPARATOR
        "---\ntitle: 'bell\u0007'\n---\n",                // a control character
        "---\nanswer: >-\n    long line with DEL \u007f in the middle\n---\n",
        "---\ntitle: x\uFFFF\n---\n",
    })
    void leavesTheUnusualToTheFullParser(String text) {
        assertThat(FastFrontMatter.read(text)).isNull();
    }

    @Test
    void badUtf8GoesToTheFullParser() {
        byte[] bytes = "---\ntitle: caf\u00e9\n---\n".getBytes(StandardCharsets.UTF_8);
        assertThat(value(FastFrontMatter.read(bytes, bytes.length).root(), "title")).isEqualTo("café");
        bytes[bytes.length - 6] = (byte) 0xC3; // a lead byte followed by a newline, not a continuation
        assertThat(FastFrontMatter.read(bytes, bytes.length)).isNull();
        byte[] inBody = "---\ntitle: x\n---\nbody \u00e9".getBytes(StandardCharsets.UTF_8);
        inBody[inBody.length - 1] = (byte) 0x41; // é's lead byte now stands alone
        assertThat(FastFrontMatter.read(inBody, inBody.length)).isNull();
    }

    /** The word-at-a-time check flags exactly the characters YAML reads differently from this reader. */
    @Property(tries = 3000)
    void fenceLinesFlagExactlyTheSpecialCharacters(@ForAll("text") String text) {
        byte[] b = ("---\n" + text + "\n---\n").getBytes(StandardCharsets.UTF_8);
        boolean expected = text.codePoints().allMatch(cp -> (cp >= 0x20 || cp == '\n') && cp != 0x7F
                && !(cp >= 0x80 && cp <= 0x9F) && cp != 0x2028 && cp != 0x2029 && cp != 0xFEFF && cp != 0xFFFE && cp != 0xFFFF);
        boolean accepted;
        try {
            FenceLines.of(b, 0, b.length);
            accepted = true;
        } catch (FastFrontMatter.Unsure e) {
            accepted = false;
        }
        assertThat(accepted).as(text).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                Tuple.of(30, Arbitraries.chars().range('a', 'z')),
                Tuple.of(3, Arbitraries.of('\n', '\t', ' ', 'é', '’')),
                Tuple.of(1, Arbitraries.of('\r', '\u000b', '\u0000', '\u001f', '\u007f', '\u0085', '\u0080',
                        '\u009f', '\u00a0', '\u2028', '\u2029', '\u2027', '\uffff', '\ufffe', '\ufffd', '\ufeff')))
                .list().ofMaxSize(60).map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
    }

    /** Spans are in chars of the decoded text, also past characters that take two chars or several bytes. */
    @Test
    void spansCountCharsNotBytes() {
        String text = "---\na: é😀x\nb: y\n---\n";
        ScalarField b = (ScalarField) tree(text).entries().get("b");
        assertThat(text.substring(b.span().start(), b.span().end())).isEqualTo("y");
    }

    /** Wherever the multi-byte characters fall in the eight-byte words, spans count chars. */
    @Property(tries = 1000)
    void spansCountCharsWhateverTheAlignment(@ForAll("mixed") String words) {
        String text = "---\na: " + words + "\nb: y\n---\n";
        ScalarField a = (ScalarField) tree(text).entries().get("a");
        ScalarField b = (ScalarField) tree(text).entries().get("b");
        assertThat(text.substring(a.span().start(), a.span().end())).isEqualTo(words);
        assertThat(text.substring(b.span().start(), b.span().end())).isEqualTo("y");
    }

    @Provide
    Arbitrary<String> mixed() {
        return Arbitraries.of("x", "é", "’", "😀", "中", "ab", "\u00a0").list().ofMinSize(1).ofMaxSize(40)
                .map(parts -> "x" + String.join("", parts) + "x");
    }

    /** The shortcuts to a plain value's type answer as SnakeYAML's resolver does. */
    @Property(tries = 3000)
    void plainTypesAreTheResolvers(@ForAll("plainValues") String value) {
        assertThat(FastFrontMatter.plainType(value)).as(value).isEqualTo(YamlScalars.plainType(value));
    }

    @Provide
    Arbitrary<String> plainValues() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789_.:-+eExXoOyYnNtTfF~/abzAZ<").ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().withChars("0123456789-").ofLength(10),
                Arbitraries.of("2024-09-28", "2024-9-28", "2024-09-28x", "0123", "true", "True", "TRUE", "Trueish", "yes",
                        "no", "Nothing", "off", "Offline", "FALSE", "False!", "null", "Null", "nULL", "On"));
    }
}
