package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Edits with awkward values, and random edit sequences, read back as intended and touch only their lines. */
class EditPropertiesTest {
    private static final String FIXTURE = """
            ---
            plain: some text
            single: 'quoted'
            double: "quoted"
            folded: >-
                folded text
            literal: |
              line one
              line two
            seo:
              title: x
            tags: [a, b]
            list:
              - one
            ---
            body
            """;

    @Provide
    Arbitrary<String> awkward() {
        Arbitrary<String> pieces = Arbitraries.of("a", "word", " ", ": ", "#", " #", "'", "\"", "\\", "\n", """


                """,
                "-", "[", "]", "{", "}", ",", "yes", "NO", "01234", "1.10", "null", "~", "\u00e9", "\u2019",
                "\uD83D\uDE00", "\t", "&", "*", "!", "|", ">", "%", "@", "`", "?", "\\n", "$\\neq$");
        return pieces.list().ofMaxSize(8).map(list -> String.join("", list));
    }

    @Property(tries = 400)
    void anyValueReadsBackAndOnlyItsLinesChange(@ForAll("awkward") String value,
            @ForAll("fixturePaths") String path) throws Exception {
        Document doc = TestFiles.doc(FIXTURE);
        KeyPath key = KeyPath.parse(path);
        ScalarField old = (ScalarField) doc.get(key).orElseThrow();
        Document edited = doc.set(key, value);
        assertThat(edited.getString(key)).contains(value);
        CorpusTest.assertOnlyLinesOf(doc.text(), edited.text(), old, path);
        for (String other : List.of("plain", "single", "double", "folded", "literal", "seo.title", "tags[1]",
                "list[0]")) {
            if (!other.equals(path)) {
                assertThat(edited.getString(KeyPath.parse(other))).isEqualTo(doc.getString(KeyPath.parse(other)));
            }
        }
    }

    private static final String TOML = """
            +++
            basic = "b"
            literal = 'l' # c
            multi = \"""
            m\"""
            tags = ["a", 'b']
            [seo]
              title = "t"
            +++
            body
            """;
    private static final String JSON = """
            {
              "s": "x",
              "tags": ["a", "b"],
              "seo": {"title": "t"}
            }
            body
            """;

    @Property(tries = 300)
    void anyValueReadsBackInTomlAndJson(@ForAll("awkward") String value, @ForAll("otherFixtures") String pick)
            throws Exception {
        String[] parts = pick.split(" ");
        Document doc = TestFiles.doc(parts[0].equals("toml") ? TOML : JSON);
        KeyPath key = KeyPath.parse(parts[1]);
        ScalarField old = (ScalarField) doc.get(key).orElseThrow();
        Document edited = doc.set(key, value);
        assertThat(edited.getString(key)).contains(value);
        CorpusTest.assertOnlyLinesOf(doc.text(), edited.text(), old, pick);
        assertThat(edited.body()).isEqualTo("body\n");
    }

    @Provide
    Arbitrary<String> otherFixtures() {
        return Arbitraries.of("toml basic", "toml literal", "toml multi", "toml tags[1]", "toml seo.title",
                "json s", "json tags[0]", "json seo.title");
    }

    @Provide
    Arbitrary<String> fixturePaths() {
        return Arbitraries.of("plain", "single", "double", "folded", "literal", "seo.title", "tags[1]", "list[0]");
    }

    record Edit(int kind, int target, String value) {
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 20), awkward()).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> randomDocs() {
        Arbitrary<String> style = Arbitraries.of("plain", "'single'", "\"double\"", ">-", "|-");
        Arbitrary<String> yaml = style.list().ofMinSize(0).ofMaxSize(6).map(styles -> {
            StringBuilder out = new StringBuilder("---\n");
            for (int i = 0; i < styles.size(); i++) {
                String s = styles.get(i);
                out.append("k").append(i).append(": ");
                out.append(s.startsWith(">") || s.startsWith("|") ? s + "\n  value " + i : s.replace("plain", "v" + i))
                        .append(i % 2 == 0 ? "\n" : " # c\n");
            }
            return out.append("---\nbody").toString();
        });
        Arbitrary<String> toml = style.list().ofMinSize(0).ofMaxSize(6).map(styles -> {
            StringBuilder out = new StringBuilder("+++\n");
            for (int i = 0; i < styles.size(); i++) {
                out.append("k").append(i).append(" = ").append(i % 2 == 0 ? "'v" + i + "'" : "\"v" + i + "\" # c")
                        .append('\n');
            }
            return out.append("+++\nbody").toString();
        });
        Arbitrary<String> json = Arbitraries.integers().between(0, 6).map(n -> {
            StringBuilder out = new StringBuilder("{");
            for (int i = 0; i < n; i++) {
                out.append(i == 0 ? "\n" : ",\n").append("  \"k").append(i).append("\": \"v").append(i).append('"');
            }
            return out.append("""

                    }
                    body""").toString();
        });
        return Arbitraries.oneOf(yaml, toml, json).flatMap(t -> Arbitraries.of(t, t.replace("\n", "\r\n")));
    }

    @Property(tries = 400)
    void randomEditSequencesKeepEveryOtherField(@ForAll("randomDocs") String text, @ForAll("edits") List<Edit> edits)
            throws Exception {
        Document doc = TestFiles.doc(text);
        boolean json = doc.format() == FrontMatterFormat.JSON;
        Map<String, String> model = new LinkedHashMap<>();
        doc.root().entries().forEach((k, v) -> model.put(k, ((ScalarField) v).value()));
        for (Edit edit : edits) {
            List<String> keys = new ArrayList<>(model.keySet());
            Document before = doc;
            if (edit.kind() == 0 && !keys.isEmpty()) {
                String key = keys.get(edit.target() % keys.size());
                ScalarField old = (ScalarField) doc.get(KeyPath.of(key)).orElseThrow();
                doc = doc.set(KeyPath.of(key), edit.value());
                model.put(key, edit.value());
                CorpusTest.assertOnlyLinesOf(before.text(), doc.text(), old, key);
            } else if (edit.kind() == 1 && !keys.isEmpty()) {
                String key = keys.get(edit.target() % keys.size());
                doc = doc.remove(KeyPath.of(key));
                model.remove(key);
                assertLinesOnlyRemoved(before.text(), doc.text(), json);
            } else {
                String key = "n" + edit.target();
                if (model.containsKey(key)) {
                    continue;
                }
                doc = doc.set(KeyPath.of(key), edit.value());
                model.put(key, edit.value());
                assertLinesOnlyRemoved(doc.text(), before.text(), json);
            }
            for (Map.Entry<String, String> field : model.entrySet()) {
                assertThat(doc.getString(KeyPath.of(field.getKey()))).as(doc.text()).contains(field.getValue());
            }
            assertThat(doc.root().entries().keySet()).containsExactlyInAnyOrderElementsOf(model.keySet());
            assertThat(doc.body()).isEqualTo("body");
        }
    }

    private static String withoutComma(String line) {
        String text = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        return text.endsWith(",") ? text.substring(0, text.length() - 1) : text;
    }

    /** {@code after} is {@code before} with one run of consecutive lines taken out. */
    static void assertLinesOnlyRemoved(String before, String after, boolean commaMayMove) {
        List<String> a = TestFiles.lines(before);
        List<String> b = TestFiles.lines(after);
        if (commaMayMove) {
            a = a.stream().map(EditPropertiesTest::withoutComma).toList();
            b = b.stream().map(EditPropertiesTest::withoutComma).toList();
        }
        int head = 0;
        while (head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int removed = a.size() - b.size();
        assertThat(removed).isPositive();
        assertThat(a.subList(head + removed, a.size())).isEqualTo(b.subList(head, b.size()));
    }
}
