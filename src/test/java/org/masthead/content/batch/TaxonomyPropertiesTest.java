package org.masthead.content.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.masthead.document.Document;
import org.masthead.document.KeyPath;

/**
 * Over generated taxonomy fields (flow lists, block lists, keyword strings with mixed separators,
 * in YAML, TOML and JSON front matter): renaming a term to a new one and back gives the file's
 * bytes back, and the renamed field holds the same terms in the same order with only that one
 * changed.
 */
class TaxonomyPropertiesTest {
    private static final String[] WORDS = {"go", "rust", "web", "data science", "ml", "Digital Media", "x-ray",
        "c++", "node.js", "é", "a b", "ops"};

    private record Case(String text, KeyPath field, List<String> terms) {
    }

    private static Case generate(long seed) {
        Random r = new Random(seed);
        int format = r.nextInt(3);
        LinkedHashSet<String> picked = new LinkedHashSet<>();
        int n = 1 + r.nextInt(5);
        while (picked.size() < n) {
            String word = WORDS[r.nextInt(WORDS.length)];
            // the TOML writer escapes non-ASCII letters (\u00e9) in the strings it writes: not a taxonomy matter
            if (format != 1 || word.chars().allMatch(ch -> ch < 0x80)) {
                picked.add(word);
            }
        }
        List<String> terms = new ArrayList<>(picked);
        int shape = r.nextInt(3);
        StringBuilder t = new StringBuilder();
        if (format == 1) {
            t.append("+++\ntitle = \"T\"\n");
            t.append(shape == 2 ? "keywords = \"" + keywordString(terms, r) + "\"\n"
                    : "tags = [" + quotedJoin(terms, r.nextBoolean() ? ", " : ",") + "]\n");
            t.append("draft = false\n+++\nbody\n");
        } else if (format == 2) {
            t.append("{\n  \"title\": \"T\",\n");
            t.append(shape == 2 ? "  \"keywords\": \"" + keywordString(terms, r) + "\",\n"
                    : "  \"tags\": [" + quotedJoin(terms, ", ") + "],\n");
            t.append("  \"draft\": false\n}\nbody\n");
        } else {
            t.append("---\n# a comment\ntitle: T\n");
            switch (shape) {
                case 0 -> t.append("tags: [").append(quotedJoin(terms, r.nextBoolean() ? ", " : ",")).append("]\n");
                case 1 -> {
                    t.append("tags:\n");
                    String indent = r.nextBoolean() ? "  " : "";
                    for (String term : terms) {
                        t.append(indent).append("- ").append(r.nextBoolean() ? term : "\"" + term + "\"").append('\n');
                    }
                }
                default -> t.append("keywords: >-\n    ").append(keywordString(terms, r)).append('\n');
            }
            t.append("draft: false\n---\nbody\n");
        }
        return new Case(t.toString(), KeyPath.parse(shape == 2 ? "keywords" : "tags"), terms);
    }

    private static String quotedJoin(List<String> terms, String separator) {
        List<String> quoted = terms.stream().map(term -> "\"" + term + "\"").toList();
        return String.join(separator, quoted);
    }

    private static String keywordString(List<String> terms, Random r) {
        String[] separators = {",", ", ", " , ", ",  "};
        StringBuilder out = new StringBuilder(terms.get(0));
        for (int i = 1; i < terms.size(); i++) {
            out.append(separators[r.nextInt(separators.length)]).append(terms.get(i));
        }
        return out.toString();
    }

    @Property(tries = 300)
    void renamingATermAndBackRestoresTheBytes(@ForAll long seed, @ForAll @IntRange(min = 0, max = 100) int which)
            throws Exception {
        Case c = generate(seed);
        Path root = Files.createTempDirectory("taxonomy");
        try {
            Path file = root.resolve("a.md");
            Files.writeString(file, c.text);
            String term = c.terms.get(which % c.terms.size());
            String fresh = "renamed " + which;

            Batch there = Taxonomy.rename(root, List.of(file), c.field, term, fresh);
            assertThat(there.changes()).as(c.text).hasSize(1);
            byte[] renamed = there.changes().get(0).after();
            List<String> expected = new ArrayList<>(c.terms);
            expected.set(expected.indexOf(term), fresh);
            assertThat(Taxonomy.terms(root, List.of(file), c.field)).as(c.text).hasSize(expected.size());
            Document doc = Document.parse("a.md", renamed);
            assertThat(TaxonomyValues.places(doc, c.field, true)).extracting(TaxonomyValues.Place::value)
                    .as(new String(renamed, StandardCharsets.UTF_8)).containsExactlyElementsOf(expected);

            Files.write(file, renamed);
            Batch back = Taxonomy.rename(root, List.of(file), c.field, fresh, term);
            assertThat(new String(back.changes().get(0).after(), StandardCharsets.UTF_8)).isEqualTo(c.text);
        } finally {
            try (var walk = Files.walk(root)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Property(tries = 200)
    void deletingATermKeepsTheOthersInOrder(@ForAll long seed, @ForAll @IntRange(min = 0, max = 100) int which)
            throws Exception {
        Case c = generate(seed);
        Document doc = Document.parse("a.md", c.text.getBytes(StandardCharsets.UTF_8));
        String term = c.terms.get(which % c.terms.size());
        Document edited = TaxonomyEdits.replace(doc, c.field, true, java.util.Set.of(term), null);
        List<String> expected = new ArrayList<>(c.terms);
        expected.remove(term);
        assertThat(TaxonomyValues.places(edited, c.field, true)).extracting(TaxonomyValues.Place::value)
                .as(c.text + "\n->\n" + edited.text()).containsExactlyElementsOf(expected);
        String before = c.text.substring(0, c.text.indexOf(c.field.toString()));
        assertThat(edited.text()).startsWith(before);
    }
}
