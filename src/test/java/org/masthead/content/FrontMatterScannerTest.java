package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.masthead.testing.TestCorpus;

class FrontMatterScannerTest {

    private static Map<String, String> scan(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return FrontMatterScanner.scan(bytes, bytes.length);
    }

    @Test
    void readsTheReferenceArticle() throws IOException {
        IndexEntry e = ArticleReader.read(TestCorpus.referenceArticle(), "seed.md");
        assertThat(e.problem()).isNull();
        assertThat(e.id()).isEqualTo("172801");
        assertThat(e.date()).isEqualTo("2025-02-10");
        assertThat(e.title()).isEqualTo("How does cultural competence impact therapeutic relationships in clinical psychology?");
        assertThat(e.subject()).isEqualTo("Psychology");
        assertThat(e.url()).isEqualTo("/learn/psychology/questions/how-does-cultural-competence-impact-therapeutic-relationships-in-clinical-psychology");
        assertThat(e.seoTitle()).isEqualTo("QuickTakes | Psychology");
        assertThat(e.seoDescription()).startsWith("Cultural competence is critical for effective therapeutic relationships")
                .endsWith("and racial identity considerations.");
        assertThat(e.seoKeywords()).startsWith("cultural competence, therapeutic relationships,").endsWith("racial identity");
        assertThat(e.related()).extracting(IndexEntry.RelatedRef::number, IndexEntry.RelatedRef::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "172802"), org.assertj.core.groups.Tuple.tuple(2, "172806"),
                        org.assertj.core.groups.Tuple.tuple(3, "172802"), org.assertj.core.groups.Tuple.tuple(4, "172806"),
                        org.assertj.core.groups.Tuple.tuple(5, "172802"));
        assertThat(e.related().get(1).url()).isEqualTo("/learn/psychology/questions/what-are-the-components-of-cultural-identity-and-how-do-they-contribute-to-personal-and-social-identity");
    }

    @Test
    void foldsBlockScalarsAsYamlDoes() {
        Map<String, String> v = scan("---\ntitle: >-\n    first line\n    second line\n\n    after a blank\nid: 7\n---\n");
        assertThat(v).containsEntry("title", "first line second line\nafter a blank").containsEntry("id", "7");
        assertThat(scan("---\ntitle: >\n  a\n  b\n\nid: 1\n---\n")).containsEntry("title", "a b\n");
        assertThat(scan("---\ntitle: |\n  a\n  b\nid: 1\n---\n")).containsEntry("title", "a\nb\n");
        assertThat(scan("---\ntitle: |-\n  a\n\n  b\n---\n")).containsEntry("title", "a\n\nb");
        assertThat(scan("---\ntitle: >-\nid: 1\n---\n")).containsEntry("title", "");
    }

    @Test
    void readsQuotedAndPlainScalarsWithComments() {
        Map<String, String> v = scan("---\n# a comment\ntitle: 'It''s here' # note\nsubject: \"Café: a study\"\n"
                + "url: /a/b # trailing\ndate: 2024-01-02\n---\nbody");
        assertThat(v).containsEntry("title", "It's here").containsEntry("subject", "Café: a study")
                .containsEntry("url", "/a/b").containsEntry("date", "2024-01-02");
    }

    @Test
    void skipsValuesItDoesNotKeepWithoutDecodingThem() {
        Map<String, String> v = scan("---\nanswer: >-\n    x: y \\n # not a comment [a, {b\nother: 1\nid: 5\n---\n");
        assertThat(v).containsOnlyKeys("id").containsEntry("id", "5");
    }

    @Test
    void checksSimpleFlowListsAndKeepsNothingFromThem() {
        assertThat(scan("---\ntitle: T\nkeywords: [highlight, 'it''s', \"a b\", v1.2/x-y]\ncategories: []\nparams: {}\n---\n"))
                .containsOnlyKeys("title");
        assertThat(scan("---\ntitle: [a, b] # a list, not a title\n---\n")).isEmpty();
    }

    @Test
    void noFrontMatterMeansNoValues() {
        assertThat(scan("# Just Markdown\n\ntext")).isEmpty();
        assertThat(scan("")).isEmpty();
    }

    @Test
    void readsNestedMapsAndBom() {
        Map<String, String> v = scan("\uFEFF---\nseo:\n  title: T\n  page_keywords: >-\n    k1, k2\nrelated_article2:\n    id: 9\n    url: /x\n---\n");
        assertThat(v).containsEntry("seo.title", "T").containsEntry("seo.page_keywords", "k1, k2")
                .containsEntry("related_article2.id", "9").containsEntry("related_article2.url", "/x");
    }

    /** Everything outside the understood subset, and every error, goes to the full parser. */
    @ParameterizedTest
    @ValueSource(strings = {
        "---\ntags: [a: b]\n---\n",                      // flow sequence with a pair
        "---\ntags: [a, [b]]\n---\n",                     // nested flow
        "---\ntags: [a,]\n---\n",
        "---\ntags: [\"esc\\\"\"]\n---\n",
        "---\ntags: [a, b\n  , c]\n---\n",                // flow over two lines
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
        "---\r\ntitle: x\r\n---\r\n",                      // CRLF
        "+++\ntitle = 'x'\n+++\n",                        // TOML
        "{\n\"title\": \"x\"\n}\n",                       // JSON
        "---\ntitle: x\n",                                // unclosed
        "---\naliases:\n- /a\n---\n",                     // sequence
        "---\ntitle: >2\n   x\n---\n",                    // indentation indicator
        "---\ntitle: >-\n    a\n      more indented\n---\n", // more-indented folded line
        "---\ntitle:\n---\n",                             // null for a kept key
        "---\ntitle: ~\n---\n",
        "--- \ntitle: x\n---\n",
        "---\ntitle: x\n--- trailing\n",
        "---\n\"quoted key\": x\n---\n",
        "---\n? complex\n: key\n---\n",
        "---\nanswer: >\n \r   text\n  more\n---\n",         // a CR is a line break to YAML
        "---\nanswer: >-\n    one\u0085two\n---\n",        // so is NEL
        "---\ntitle: a\u2028b\n---\n",                     // and LINE SEPARATOR
        "---\ntitle: 'bell\u0007'\n---\n",                 // a control character
        "---\nanswer: >-\n    long line with DEL \u007f in the middle\n---\n",
        "---\ntitle: x\uFFFF\n---\n",
    })
    void leavesTheUnusualToTheFullParser(String text) {
        assertThat(scan(text)).isNull();
    }

    @Test
    void badUtf8GoesToTheFullParser() {
        byte[] bytes = "---\ntitle: caf\u00e9\n---\n".getBytes(StandardCharsets.UTF_8);
        assertThat(FrontMatterScanner.scan(bytes, bytes.length)).containsEntry("title", "café");
        bytes[bytes.length - 6] = (byte) 0xC3; // a lead byte followed by a newline, not a continuation
        assertThat(FrontMatterScanner.scan(bytes, bytes.length)).isNull();
    }
}
