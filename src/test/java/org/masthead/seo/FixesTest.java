package org.masthead.seo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.seo.Fixtures.ARTICLE;
import static org.masthead.seo.Fixtures.PATH;
import static org.masthead.seo.Fixtures.doc;
import static org.masthead.seo.Fixtures.with;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.document.Document;

/** Every quick fix, applied through the document model, removes its finding and touches only its own lines. */
class FixesTest {
    private static Document applyOnly(String text, String check) throws Exception {
        Document before = doc(text);
        List<Finding> findings = SeoChecker.check(PATH, before, Fixtures.folder(Fixtures.BINARY_SEARCH));
        Finding finding = findings.stream().filter(f -> f.check().equals(check)).findFirst().orElseThrow();
        Document after = finding.fix().orElseThrow().applyTo(before);
        assertThat(SeoChecker.check(PATH, after, Fixtures.folder(Fixtures.BINARY_SEARCH)))
                .extracting(Finding::check).doesNotContain(check);
        return after;
    }

    /** Lines of {@code a} that {@code b} lacks. */
    private static List<String> changedLines(String a, String b) {
        List<String> bLines = Arrays.asList(b.split("\n", -1));
        return Arrays.stream(a.split("\n", -1)).filter(line -> !bLines.contains(line)).toList();
    }

    @Test
    void fileNameFix() throws Exception {
        String text = with("file_name: how-does-a-hash-table-handle-collisions.md", "file_name: old-name.md");
        Document after = applyOnly(text, "file-name-slug");
        assertThat(after.text()).isEqualTo(ARTICLE);
    }

    @Test
    void urlFixes() throws Exception {
        String url = "url: /learn/computer-science/questions/how-does-a-hash-table-handle-collisions";
        assertThat(applyOnly(with(url, "url: /learn/computer-science/questions/old"), "url-slug").text())
                .isEqualTo(ARTICLE);
        assertThat(applyOnly(with(url, "url: /how-does-a-hash-table-handle-collisions"), "url-pattern").text())
                .isEqualTo(ARTICLE);
    }

    @Test
    void whitespaceFixKeepsTheQuotes() throws Exception {
        String text = with("subject: Computer Science", "subject: \" Computer Science\"");
        Document after = applyOnly(text, "whitespace");
        assertThat(changedLines(after.text(), text)).containsExactly("subject: \"Computer Science\"");
    }

    @Test
    void keywordFixes() throws Exception {
        String keywords = "  page_keywords: hash table, collisions, chaining, open addressing";
        String text = with(keywords, "  page_keywords: hash table, collisions, Hash Table, chaining");
        Document after = applyOnly(text, "seo-keywords-duplicate");
        assertThat(changedLines(after.text(), text)).containsExactly("  page_keywords: hash table, collisions, chaining");

        String list = with(keywords, "  page_keywords:\n    - hashing\n    - chaining\n    - hashing");
        Document fixedList = applyOnly(list, "seo-keywords-duplicate");
        assertThat(fixedList.text()).isEqualTo(list.replace("    - chaining\n    - hashing\n", "    - chaining\n"));
    }

    @Test
    void relatedSelfFixRemovesTheBlock() throws Exception {
        String self = "related_article1:\n    id: 1001\n    title: Itself\n    subject: Computer Science\n"
                + "    url: /learn/computer-science/questions/how-does-a-hash-table-handle-collisions\n";
        String text = ARTICLE.replace("related_article1:\n", self.replace("related_article1", "related_article0")
                + "related_article1:\n");
        Document after = applyOnly(text, "related-self");
        assertThat(after.text()).isEqualTo(ARTICLE);
    }
}
