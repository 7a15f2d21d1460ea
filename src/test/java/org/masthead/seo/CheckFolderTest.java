package org.masthead.seo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.masthead.seo.Fixtures.ARTICLE;
import static org.masthead.seo.Fixtures.CLOCK;
import static org.masthead.seo.Fixtures.tuples;
import static org.masthead.seo.Severity.ERROR;
import static org.masthead.seo.Severity.WARNING;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckFolderTest {
    @TempDir
    Path folder;

    private static final String BINARY_SEARCH = """
            ---
            id: 1002
            date: 2024-01-01
            title: What is binary search?
            seo:
              title: Binary Search Explained Simply | Samples
              page_description: Binary search halves a sorted range at each step until it finds the value or runs out of range, so it needs only log n comparisons.
              page_keywords: binary search, sorted array, logarithmic time
            subject: Computer Science
            file_name: what-is-binary-search.md
            url: /learn/computer-science/questions/what-is-binary-search
            related_article1:
                id: 1001
                title: How does a hash table handle collisions?
                subject: Computer Science
                url: /learn/computer-science/questions/how-does-a-hash-table-handle-collisions
            ---
            """;

    private void write(String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void checksEveryArticleAgainstTheWholeFolder() throws Exception {
        write("cs/hash.md", ARTICLE);
        // the same title, url and description as cs/hash.md, under another id
        write("copy.md", ARTICLE.replace("id: 1001", "id: 1003"));
        write("what-is-binary-search.md", BINARY_SEARCH);
        write("broken.md", "---\ntitle: [unclosed\nid: 5\n---\n");
        write(".git/ignored.md", "---\ntitle: x\n---\n");
        write("notes.txt", "not an article");

        // about the checks between articles: the fixtures' one-line bodies would add the text checks' findings
        FolderReport report = SeoChecker.checkFolder(folder, Fixtures.RULES, CLOCK);

        assertThat(report.files()).isEqualTo(4);
        assertThat(report.articles()).extracting(ArticleFacts::path)
                .containsExactly("copy.md", "cs/hash.md", "what-is-binary-search.md");
        assertThat(report.findings().keySet()).containsExactly("broken.md", "copy.md", "cs/hash.md");
        assertThat(tuples(report.findingsFor("broken.md"))).containsExactly(tuple("parse-error", ERROR, "", 3));
        assertThat(tuples(report.findingsFor("cs/hash.md"))).containsExactly(
                tuple("duplicate-title", WARNING, "title", 5),
                tuple("duplicate-seo-title", WARNING, "seo.title", 7),
                tuple("duplicate-description", WARNING, "seo.page_description", 8),
                tuple("duplicate-url", ERROR, "url", 12));
        assertThat(report.findingsFor("cs/hash.md").get(0).message()).contains("copy.md");
        assertThat(report.findingsFor("copy.md")).filteredOn(f -> f.check().equals("duplicate-title"))
                .singleElement().extracting(Finding::message).asString().contains("cs/hash.md");
        // copy.md's four duplicates, and link-orphan: no article lists its id 1003 as related
        assertThat(tuples(report.findingsFor("copy.md"))).hasSize(5)
                .contains(tuple("link-orphan", WARNING, "", 1));
        assertThat(report.countsByCheck()).isEqualTo(Map.of("parse-error", 1, "duplicate-title", 2,
                "duplicate-seo-title", 2, "duplicate-description", 2, "duplicate-url", 2, "link-orphan", 1));
        assertThat(report.count(ERROR)).isEqualTo(3);
        assertThat(report.count(WARNING)).isEqualTo(7);
        assertThat(report.hasErrors()).isTrue();
        assertThat(report.findingCount()).isEqualTo(10);
    }

    @Test
    void rulesComeFromTheFoldersConfig() throws Exception {
        write("cs/hash.md", ARTICLE.replace("  title: Hash Table Collision Handling | Samples", "  title: Hash"));
        write("what-is-binary-search.md", BINARY_SEARCH);
        // Besides the 4-character SEO title, the text checks (on by default) find: both bodies under
        // 300 words ("Body text." and none); in cs/hash.md the keyphrase, its first keyword "hash
        // table", is not in the SEO title "Hash" nor in the first paragraph "Body text." (its
        // description has "Hash tables", its slug "hash-table"). The binary search article has its
        // keyphrase in title, description and slug, and no paragraph to judge. "Body text." reads
        // easily: Flesch 206.835 - 1.015 * 2/1 - 84.6 * 3/2 = 77.9.
        Map<String, Integer> text = Map.of("content-length", 2, "keyphrase-title", 1, "keyphrase-intro", 1);
        Map<String, Integer> all = new java.util.HashMap<>(text);
        all.put("seo-title-length", 1);
        assertThat(SeoChecker.checkFolder(folder, CLOCK).countsByCheck()).isEqualTo(all);
        write(".masthead.yml", "seo:\n  title_min_chars: 4\n");
        assertThat(SeoChecker.checkFolder(folder, CLOCK).countsByCheck()).isEqualTo(text);
        write(".masthead.yml", "seo:\n  title_min_chars: 4\n  text:\n    enabled: false\n");
        assertThat(SeoChecker.checkFolder(folder, CLOCK).findings()).isEmpty();
    }

    @Test
    void emptyFolder() throws Exception {
        FolderReport report = SeoChecker.checkFolder(folder, SeoRules.DEFAULTS, CLOCK);
        assertThat(report.files()).isZero();
        assertThat(report.hasErrors()).isFalse();
    }
}
