package org.masthead.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.masthead.document.Document;

class ArticleViewsTest {

    private static Document parse(String text) throws Exception {
        return Document.parse("test.md", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void referenceFormatArticle() throws Exception {
        Document doc = parse("""
                ---
                _schema: default
                id: 900104
                date: 2024-02-08
                title: >-
                    Solving quadratics?
                article_title: >-
                    Solving quadratics?
                date_format: MMM DD, YYYY
                post_on_text: Posted on
                question: >-
                    How do you solve one?
                answer: >-
                    Use \\(a \\neq 0\\).\\n\\n- one\\n- two
                related_article1:
                    id: 900105
                    title: >-
                        Permutations?
                    subject: Mathematics
                    url: /learn/mathematics/questions/permutations
                related_article2:
                    id: 900106
                    title: GCD?
                    subject: Mathematics
                    url: /learn/mathematics/questions/gcd
                ---

                &nbsp;""");
        ArticleView view = ArticleViews.of(doc);
        assertThat(view.title()).isEqualTo("Solving quadratics?");
        assertThat(view.date()).isEqualTo("2024-02-08");
        assertThat(view.dateFormat()).isEqualTo("MMM DD, YYYY");
        assertThat(view.postOnText()).isEqualTo("Posted on");
        assertThat(view.question()).isEqualTo("How do you solve one?");
        assertThat(view.markdown()).isEqualTo(doc.markdown()).contains("- one\n- two").contains("\\neq");
        assertThat(view.related()).containsExactly(
                new RelatedLink("900105", "Permutations?", "/learn/mathematics/questions/permutations"),
                new RelatedLink("900106", "GCD?", "/learn/mathematics/questions/gcd"));

        String page = new ArticlePage(PageOptions.preview()).render(view);
        assertThat(page).contains("Posted on <time datetime=\"2024-02-08\">Feb 08, 2024</time>",
                "<span class=\"math inline\">a \\neq 0</span>", "<li data-source-line=\"4\" dir=\"auto\">two</li>",
                "href=\"masthead:article/900106\">GCD?</a>");
    }

    @Test
    void bodyOnlyFileFromAnotherTool() throws Exception {
        ArticleView view = ArticleViews.of(parse("---\ntitle: Hugo page\nweight: 10\n---\n\n# Heading\n\nText.\n"));
        assertThat(view.title()).isEqualTo("Hugo page");
        assertThat(view.date()).isNull();
        assertThat(view.question()).isNull();
        assertThat(view.related()).isEmpty();
        assertThat(view.markdown()).contains("# Heading");
    }

    @Test
    void articleTitleStandsInForAMissingTitle() throws Exception {
        assertThat(ArticleViews.of(parse("---\narticle_title: Only this\n---\nx")).title()).isEqualTo("Only this");
    }

    @Test
    void noFrontMatterAtAll() throws Exception {
        ArticleView view = ArticleViews.of(parse("Just *Markdown*.\n"));
        assertThat(view.title()).isNull();
        assertThat(new ArticlePage(PageOptions.preview()).renderContent(view))
                .contains("<p data-source-line=\"1\" dir=\"auto\">Just <em>Markdown</em>.</p>");
    }
}
