package org.masthead.seo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.masthead.seo.Fixtures.ARTICLE;
import static org.masthead.seo.Fixtures.BINARY_SEARCH;
import static org.masthead.seo.Fixtures.PATH;
import static org.masthead.seo.Fixtures.doc;
import static org.masthead.seo.Fixtures.folder;
import static org.masthead.seo.Fixtures.tuples;
import static org.masthead.seo.Fixtures.with;
import static org.masthead.seo.Severity.ERROR;
import static org.masthead.seo.Severity.WARNING;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.document.Document;
import org.masthead.document.KeyPath;

/** Related-article links and folder-wide duplicates, against a crafted folder. */
class FolderChecksTest {
    private static final String RELATED = """
            related_article1:
                id: 1002
                title: What is binary search?
                subject: Computer Science
                url: /learn/computer-science/questions/what-is-binary-search""";

    private static String related(int n, String id, String url) {
        return "related_article" + n + ":\n    id: " + id + "\n    title: Some title\n    subject: Computer Science\n"
                + "    url: " + url;
    }

    private static String withRelated(String... blocks) {
        String text = ARTICLE;
        return text.replace(RELATED, String.join("\n", blocks));
    }

    private static final String BS_URL = "/learn/computer-science/questions/what-is-binary-search";
    private static final String SELF_URL = "/learn/computer-science/questions/how-does-a-hash-table-handle-collisions";

    @Test
    void relatedArticleThatIsNotInTheFolder() {
        List<Finding> findings = SeoChecker.check(PATH, doc(withRelated(related(1, "4242", "/x/y"))), folder(BINARY_SEARCH));
        assertThat(tuples(findings)).containsExactly(tuple("related-missing", ERROR, "related_article1", 14));
        assertThat(findings.get(0).message()).isEqualTo(
                "related_article1 points at id 4242, which is not in this folder; fix the link or remove it.");
    }

    @Test
    void relatedArticleWithTheWrongUrlIsFixedFromTheTarget() throws Exception {
        Document d = doc(withRelated(related(1, "1002", "/learn/cs/questions/binary-search")));
        List<Finding> findings = SeoChecker.check(PATH, d, folder(BINARY_SEARCH));
        assertThat(tuples(findings)).containsExactly(tuple("related-url", ERROR, "related_article1.url", 17));
        Fix fix = findings.get(0).fix().orElseThrow();
        assertThat(fix).isEqualTo(Fix.set("related_article1.url", BS_URL));
        Document fixed = fix.applyTo(d);
        assertThat(SeoChecker.check(PATH, fixed, folder(BINARY_SEARCH))).isEmpty();
    }

    @Test
    void relatedArticleThatIsTheArticleItself() {
        List<Finding> findings = SeoChecker.check(PATH,
                doc(withRelated(related(1, "1002", BS_URL), related(2, "1001", SELF_URL))), folder(BINARY_SEARCH));
        assertThat(tuples(findings)).containsExactly(tuple("related-self", WARNING, "related_article2", 19));
        assertThat(findings.get(0).fix()).contains(Fix.remove("related_article2"));
    }

    @Test
    void repeatedRelatedArticlesAreRemovedOneBlockAtATime() throws Exception {
        Document d = doc(withRelated(related(1, "1002", BS_URL), related(2, "1002", BS_URL),
                related(3, "1002", BS_URL)));
        List<Finding> findings = SeoChecker.check(PATH, d, folder(BINARY_SEARCH));
        assertThat(tuples(findings)).containsExactly(
                tuple("related-duplicate", WARNING, "related_article2", 19),
                tuple("related-duplicate", WARNING, "related_article3", 24));
        assertThat(findings).extracting(f -> f.fix().orElseThrow())
                .containsExactly(Fix.remove("related_article2"), Fix.remove("related_article3"));
        // The fix removes just that block; the numbering is left with a gap, which is fine.
        Document fixed = findings.get(0).fix().orElseThrow().applyTo(d);
        assertThat(fixed.get(KeyPath.parse("related_article2"))).isEmpty();
        assertThat(fixed.get(KeyPath.parse("related_article3"))).isPresent();
        assertThat(fixed.text()).isEqualTo(d.text().replace(related(2, "1002", BS_URL) + "\n", ""));
        assertThat(tuples(SeoChecker.check(PATH, fixed, folder(BINARY_SEARCH))))
                .containsExactly(tuple("related-duplicate", WARNING, "related_article3", 19));
    }

    @Test
    void withoutAKnownFolderOnlyTheArticleItselfIsJudged() {
        FolderContext standalone = FolderContext.standalone(Fixtures.RULES, Fixtures.CLOCK);
        String text = withRelated(related(1, "4242", "/x"), related(2, "4242", "/x"), related(3, "1001", SELF_URL));
        assertThat(tuples(SeoChecker.check(PATH, doc(text), standalone))).containsExactly(
                tuple("related-duplicate", WARNING, "related_article2", 19),
                tuple("related-self", WARNING, "related_article3", 24));
    }

    @Test
    void duplicatesInTheFolderNameTheOtherFile() {
        ArticleFacts twin = new ArticleFacts("other/twin.md", "1001", "how does a HASH table handle  collisions?",
                "Hash tables resolve collisions by chaining entries in lists or by probing for another free slot. "
                + "Learn both methods and their costs.", SELF_URL + "/", "Computer Science", List.of());
        List<Finding> findings = SeoChecker.check(PATH, doc(ARTICLE), folder(BINARY_SEARCH, twin));
        assertThat(tuples(findings)).containsExactly(
                tuple("duplicate-id", ERROR, "id", 3),
                tuple("duplicate-title", WARNING, "title", 5),
                tuple("duplicate-description", WARNING, "seo.page_description", 8),
                tuple("duplicate-url", ERROR, "url", 12));
        assertThat(findings.get(1).message())
                .isEqualTo("title is the same as in other/twin.md; each article needs its own title.");
    }

    @Test
    void theArticlesOwnOlderFactsAreNotADuplicate() {
        // The folder index still holds this article's facts from before the edit: same path, same values.
        ArticleFacts older = ArticleFacts.of(PATH, doc(ARTICLE), Fixtures.RULES);
        assertThat(SeoChecker.check(PATH, doc(ARTICLE), folder(BINARY_SEARCH, older))).isEmpty();
    }

    @Test
    void manyDuplicatesAreCounted() {
        ArticleFacts a = new ArticleFacts("a.md", "1", "How does a hash table handle collisions?", "", "", "", List.of());
        ArticleFacts b = new ArticleFacts("b.md", "2", "How does a hash table handle collisions?", "", "", "", List.of());
        ArticleFacts c = new ArticleFacts("c.md", "3", "How does a hash table handle collisions?", "", "", "", List.of());
        ArticleFacts e = new ArticleFacts("e.md", "5", "How does a hash table handle collisions?", "", "", "", List.of());
        List<Finding> findings = SeoChecker.check(PATH, doc(ARTICLE), folder(BINARY_SEARCH, a, b, c, e));
        assertThat(findings).singleElement().extracting(Finding::message)
                .isEqualTo("title is the same as in a.md, b.md, c.md and 1 more; each article needs its own title.");
    }

    @Test
    void aLargeGroupCountsOnlyThePublishedOthers() {
        // Past a handful of articles the folder counts a group's members without walking it: drafts and the
        // article's own older facts must still be left out of the count.
        String title = "How does a hash table handle collisions?";
        List<ArticleFacts> facts = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            boolean draft = i % 6 == 5;
            facts.add(new ArticleFacts(String.format("a%02d.md", i), "x" + i, title, "", "", "", List.of(), "", draft,
                    "", List.of(), List.of(), false));
        }
        facts.add(ArticleFacts.of(PATH, doc(ARTICLE), SeoRules.DEFAULTS));
        facts.add(BINARY_SEARCH);
        List<Finding> findings = SeoChecker.check(PATH, doc(ARTICLE), folder(facts.toArray(ArticleFacts[]::new)));
        assertThat(findings).singleElement().extracting(Finding::message).isEqualTo("title is the same as in a00.md, "
                + "a01.md, a02.md and 22 more; each article needs its own title.");
    }

    @Test
    void factsComeFromTheDocument() {
        ArticleFacts facts = ArticleFacts.of(PATH, doc(with("id: 1001", "id: \" 1001\"")), Fixtures.RULES);
        assertThat(facts).isEqualTo(new ArticleFacts(PATH, "1001", "How does a hash table handle collisions?",
                "Hash tables resolve collisions by chaining entries in lists or by probing for another free slot. "
                + "Learn both methods and their costs.", SELF_URL, "Computer Science", List.of("1002"),
                "Hash Table Collision Handling | Samples", false, "", List.of(), List.of(), false));
    }
}
