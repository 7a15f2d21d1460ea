package org.masthead.spell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownProseTest {
    private static List<String> words(String markdown) {
        return MarkdownProse.words(markdown).stream().map(Word::text).toList();
    }

    @Test
    void readsTheProseAndNothingElse() {
        String markdown = """
                # Heading wurd

                Some *emphasized* text with `code span`, a [link label](https://example.com/path) and <b>bold</b>.
                Inline $x^2 + y$ and \\(z\\) math, display:

                $$
                \\frac{aa}{bb}
                $$

                ```java
                int fenced = 1;
                ```

                | cell one | cell two |
                |---|---|
                | tabled | words |

                Visit https://www.example.org/some/page or www.example.net today; mail me@example.com.
                {{< shortcode arg="value" >}} {{% notice info %}} {% include card.html %} {{ page.Title }}
                Entities &amp; &eacute; stay out, as do NASA, iPhone, h2o and x.
                """;
        assertThat(words(markdown)).containsExactly("Heading", "wurd", "Some", "emphasized", "text", "with", "link",
                "label", "and", "bold", "Inline", "and", "math", "display", "cell", "one", "cell", "two", "tabled",
                "words", "Visit", "or", "today", "mail", "Entities", "stay", "out", "as", "do", "and");
    }

    @Test
    void offsetsPointAtTheWordsInTheText() {
        String markdown = "A **bold** claim, *rightly* made.\n\n> quoted wurds";
        for (Word w : MarkdownProse.words(markdown)) {
            assertThat(markdown.substring(w.offset(), w.end())).isEqualTo(w.text());
        }
        assertThat(words(markdown)).containsExactly("bold", "claim", "rightly", "made", "quoted", "wurds");
    }

    @Test
    void apostrophesInsideAWordKeepItWhole() {
        assertThat(words("Don't say it’s the writer's.")).containsExactly("Don't", "say", "it’s", "the", "writer's");
    }
}
