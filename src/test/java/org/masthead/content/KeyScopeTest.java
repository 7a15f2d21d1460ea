package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KeyScopeTest {
    private static final List<String> PATHS = List.of("id", "title", "subject", "date", "url", "description",
            "seo", "seo.title", "seo.page_description", "seo.page_keywords", "seo.extra", "seo.title.x",
            "related_article1", "related_article1.id", "related_article1.url", "related_article1.title",
            "related_article12.url", "related_article0.id", "related_article12345.id", "related_articleX.id",
            "related_article.id", "foo.id", "foo.title", "answer", "article_title", "Title", "ids", "i");

    /** The byte-level scopes the scanner uses answer exactly as the String rule the full parser uses. */
    @ParameterizedTest
    @EnumSource(EntryDetail.class)
    void agreesWithTheStringRule(EntryDetail detail) {
        for (String path : PATHS) {
            String[] keys = path.split("\\.");
            KeyScope scope = KeyScope.top(detail);
            for (int i = 0; i < keys.length - 1; i++) {
                byte[] key = keys[i].getBytes(StandardCharsets.US_ASCII);
                scope = scope.child(key, 0, key.length);
            }
            byte[] last = keys[keys.length - 1].getBytes(StandardCharsets.US_ASCII);
            String found = scope.wantedPath(last, 0, last.length);
            assertThat(found != null).as(detail + " " + path).isEqualTo(detail.wants(path));
            if (found != null) {
                assertThat(found).isEqualTo(path);
            }
        }
    }
}
