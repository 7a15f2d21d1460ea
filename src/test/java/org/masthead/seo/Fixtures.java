package org.masthead.seo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;

/** A clean reference-format article and its folder, for tests to break one thing at a time. */
final class Fixtures {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);

    /** Line numbers: 3 id, 4 date, 5 title, 6 seo, 7 seo.title, 8 description, 9 keywords, 10 subject,
     *  11 file_name, 12 url, 13 related_article1 (its map starts on 14; its url is on 17). */
    static final String ARTICLE = """
            ---
            _schema: default
            id: 1001
            date: 2024-05-01
            title: How does a hash table handle collisions?
            seo:
              title: Hash Table Collision Handling | Samples
              page_description: Hash tables resolve collisions by chaining entries in lists or by probing for another free slot. Learn both methods and their costs.
              page_keywords: hash table, collisions, chaining, open addressing
            subject: Computer Science
            file_name: how-does-a-hash-table-handle-collisions.md
            url: /learn/computer-science/questions/how-does-a-hash-table-handle-collisions
            related_article1:
                id: 1002
                title: What is binary search?
                subject: Computer Science
                url: /learn/computer-science/questions/what-is-binary-search
            ---
            Body text.
            """;

    static final String PATH = "how-does-a-hash-table-handle-collisions.md";

    /**
     * The default rules without the text checks: the fixture is about the metadata, and its
     * two-word body would give every test the same thin-content and readability findings.
     */
    static final SeoRules RULES = SeoRules.DEFAULTS.withText(TextRules.OFF);

    static final ArticleFacts BINARY_SEARCH = new ArticleFacts("what-is-binary-search.md", "1002",
            "What is binary search?", "Binary search halves a sorted range at each step until it finds the value.",
            "/learn/computer-science/questions/what-is-binary-search", "Computer Science", List.of("1001"));

    private Fixtures() {
    }

    static Document doc(String text) {
        try {
            return Document.parse(PATH, text.getBytes(StandardCharsets.UTF_8));
        } catch (DocumentException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** The article with one exact line replaced (the replacement may span lines or be empty). */
    static String with(String line, String replacement) {
        String target = "\n" + line + "\n";
        int at = ARTICLE.indexOf(target);
        if (at < 0 || ARTICLE.indexOf(target, at + 1) >= 0) {
            throw new IllegalArgumentException("not exactly one line: " + line);
        }
        return ARTICLE.substring(0, at + 1) + (replacement.isEmpty() ? "" : replacement + "\n")
                + ARTICLE.substring(at + target.length());
    }

    /** (check, severity, field, line) of each finding, for exact comparisons. */
    static List<Tuple> tuples(List<Finding> findings) {
        return findings.stream().map(f -> new Tuple(f.check(), f.severity(), f.field(), f.line())).toList();
    }

    static FolderContext folder(ArticleFacts... others) {
        return FolderContext.of(RULES, CLOCK, List.of(others));
    }

    static List<Finding> check(String text) {
        return SeoChecker.check(PATH, doc(text), folder(BINARY_SEARCH));
    }

    static List<Finding> check(String text, SeoRules rules) {
        return SeoChecker.check(PATH, doc(text), FolderContext.of(rules, CLOCK, List.of(BINARY_SEARCH)));
    }
}
