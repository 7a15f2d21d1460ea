package org.masthead.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.masthead.document.Document;

/** A related article is listed when its entry names it by any of id, title or URL, and left out when it names none. */
class RelatedArticlesTest {
    @Test
    void anEntryWithAnyOneOfIdTitleOrUrlIsListed() throws Exception {
        Document doc = Document.parse("a.md", """
                ---
                title: T
                related_article1:
                    url: /only/url
                related_article2:
                    title: Only title
                related_article3:
                    id: 42
                related_article4:
                    subject: Nothing to link
                ---
                Body.
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(ArticleViews.of(doc).related()).containsExactly(new RelatedLink(null, null, "/only/url"),
                new RelatedLink(null, "Only title", null), new RelatedLink("42", null, null));
    }
}
