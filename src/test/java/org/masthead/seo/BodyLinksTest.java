package org.masthead.seo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class BodyLinksTest {
    @Test
    void linksOfEveryKindWithTheirLinesAndNoneFromCode() {
        String body = """
                See [a](a.md "title"), [b](<b.md>) and `[not](code.md)`.
                [ref]: /docs/ref/#anchor
                [^1]: A footnote, not a link.
                {{< ref "posts/x.md" >}} and {{% relref path="y" %}} and {{< relref `z` >}}
                {% link _posts/2024-01-01-a.md %} {%- post_url 2024-01-01-a -%}
                ```go
                [fenced](f.md)
                ```
                    [indented](i.md)
                ~~~~
                [tilde](t.md)
                ~~~~
                [after](after.md)
                """;
        assertThat(BodyLinks.of(body, 10)).extracting(BodyLinks.Raw::kind, BodyLinks.Raw::target, BodyLinks.Raw::line)
                .containsExactly(
                        tuple(BodyLinks.Kind.MARKDOWN, "a.md", 10),
                        tuple(BodyLinks.Kind.MARKDOWN, "b.md", 10),
                        tuple(BodyLinks.Kind.MARKDOWN, "/docs/ref/#anchor", 11),
                        tuple(BodyLinks.Kind.REF, "posts/x.md", 13),
                        tuple(BodyLinks.Kind.REF, "y", 13),
                        tuple(BodyLinks.Kind.REF, "z", 13),
                        tuple(BodyLinks.Kind.JEKYLL_LINK, "_posts/2024-01-01-a.md", 14),
                        tuple(BodyLinks.Kind.POST_URL, "2024-01-01-a", 14),
                        tuple(BodyLinks.Kind.MARKDOWN, "after.md", 22));
    }
}
