package org.masthead.content.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.document.Document;
import org.masthead.document.KeyPath;
import org.masthead.testing.TestCorpus;

class WhereTest {
    private static Document doc(String text) throws Exception {
        return Document.parse("a.md", text.getBytes(StandardCharsets.UTF_8));
    }

    private static final String TEXT = """
            ---
            subject: Digital media
            id: 7
            tags: [go, "java"]
            empty: []
            none:
            seo:
              title: 'a=b'
            ---
            """;

    @Test
    void aScalarMatchesItsExactValueAndAListAnyItem() throws Exception {
        Document doc = doc(TEXT);
        assertThat(Where.parse("subject=Digital media").test(doc)).isTrue();
        assertThat(Where.parse("subject=Digital Media").test(doc)).isFalse();
        assertThat(Where.parse("subject=Digital").test(doc)).isFalse();
        assertThat(Where.parse("id=7").test(doc)).isTrue();
        assertThat(Where.parse("tags=java").test(doc)).isTrue();
        assertThat(Where.parse("tags=rust").test(doc)).isFalse();
        assertThat(Where.parse("seo.title=a=b").test(doc)).isTrue();
        assertThat(Where.parse("seo=x").test(doc)).isFalse();
        assertThat(Where.parse("tags[1]=java").test(doc)).isTrue();
    }

    @Test
    void anEmptyValueMatchesMissingEmptyAndNullFields() throws Exception {
        Document doc = doc(TEXT);
        assertThat(Where.parse("missing=").test(doc)).isTrue();
        assertThat(Where.parse("none=").test(doc)).isTrue();
        assertThat(Where.parse("empty=").test(doc)).isTrue();
        assertThat(Where.parse("subject=").test(doc)).isFalse();
        assertThat(Where.parse("tags=").test(doc)).isFalse();
        assertThat(Where.parse("missing=x").test(doc)).isFalse();
    }

    @Test
    void allTestsMustPass() throws Exception {
        Document doc = doc(TEXT);
        assertThat(Where.all(List.of(Where.parse("id=7"), Where.parse("tags=go"))).test(doc)).isTrue();
        assertThat(Where.all(List.of(Where.parse("id=7"), Where.parse("tags=c"))).test(doc)).isFalse();
        assertThat(Where.all(List.of()).test(doc)).isTrue();
    }

    @Test
    void theMarkdownFieldIsComparedAsMarkdown() throws Exception {
        Document seed = Document.parse(TestCorpus.referenceArticle());
        assertThat(new Where(KeyPath.of("answer"), seed.markdown()).test(seed)).isTrue();
        assertThat(new Where(KeyPath.of("answer"), seed.getString(KeyPath.of("answer")).orElseThrow()).test(seed)).isFalse();
    }

    @Test
    void malformedTestsSayWhatToWrite() {
        assertThatThrownBy(() -> Where.parse("subject")).hasMessage(
                "'subject' is not a test: write KEY.PATH=VALUE, as in subject=Physics.");
        assertThatThrownBy(() -> Where.parse("=x")).hasMessageContaining("write KEY.PATH=VALUE");
        assertThatThrownBy(() -> Where.parse("a[x=1")).hasMessageContaining("'a[x=1' is not a test: unclosed [");
        assertThat(Where.parse("a.b=").path()).isEqualTo(KeyPath.parse("a.b"));
    }
}
