package org.masthead.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.masthead.document.Document;

/** The preview's incremental body render must give exactly what rendering the whole text gives. */
class IncrementalBodyTest {
    private static final MarkdownRenderer MARKED = new MarkdownRenderer(false, UnaryOperator.identity(), true);

    /** An edit: replace {@code length} chars at a fraction of the text with {@code text}. */
    record Edit(double at, int length, String text) {
        String applyTo(String markdown) {
            int from = (int) (at * markdown.length());
            int to = Math.min(markdown.length(), from + length);
            return markdown.substring(0, from) + text + markdown.substring(to);
        }
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<String> pieces = Arbitraries.of("x", "word ", " ", "\n", "\n\n", "# ", "## Head\n", "- ", "1. ", "* ",
                "> ", "    ", "```\n", "~~~", "$$\n", "$x$", "$", "\\(", "|", "| a | b |\n|---|---|\n", "---\n", "===\n",
                "[x]: /u\n", "[x]", "*", "_", "<div>", "\t", "- [ ] ", "\\n", "&nbsp;", "https://a.b ", "{{< note >}}\n",
                "{{< /note >}}\n", "{% if x %}\n", "{% endif %}\n", "<Tabs>\n", "</Tabs>\n", "{{ x }}", "[^1]", "[^1]: n\n",
                "> [!NOTE]\n", ": ", ":smile:", "تعلمت ", ":::note\n", ":::\n");
        Arbitrary<String> text = pieces.list().ofMinSize(0).ofMaxSize(4).map(list -> String.join("", list));
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, 12), text).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(25);
    }

    @Provide
    Arbitrary<String> articles() throws IOException {
        List<String> texts = new ArrayList<>();
        Path samples = Path.of(System.getProperty("masthead.samples", "samples"));
        try (Stream<Path> files = Files.list(samples)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                texts.add(Document.parse(file).markdown());
            }
        } catch (org.masthead.document.DocumentException e) {
            throw new IllegalStateException(e);
        }
        texts.add("## Steps\n\nOne.\n\n## Steps\n\nTwo.\n\n- a\n\n  ## Steps\n\n## Other\n\nThree.\n\n## Steps\n\nEnd.\n");
        texts.add("Para one.\n\nPara two\nstill two.\n\n- a\n- b\n\n  more b\n\n```\ncode\n\n```\n\n> quote\n\nEnd.\n");
        return Arbitraries.of(texts);
    }

    @Property(tries = 300)
    void editsRenderAsTheWholeTextWould(@ForAll("articles") String article, @ForAll("edits") List<Edit> edits) {
        IncrementalBody body = new IncrementalBody(MARKED);
        String markdown = article;
        assertThat(body.render(markdown)).isEqualTo(MARKED.render(markdown));
        for (Edit edit : edits) {
            markdown = edit.applyTo(markdown);
            assertThat(body.render(markdown)).as("after %s", edit).isEqualTo(MARKED.render(markdown));
        }
    }

    @Example
    void typingInAParagraphOfALongTextReparsesOnlyAroundIt() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            text.append("Paragraph ").append(i).append(" with $x_").append(i).append("$.\n\n");
        }
        CountingRenderer counting = new CountingRenderer();
        IncrementalBody body = counting.body();
        String markdown = text.toString();
        body.render(markdown);
        int at = markdown.indexOf("Paragraph 1000 ") + "Paragraph 1000".length();
        String typed = markdown.substring(0, at) + "\n\nA new paragraph" + markdown.substring(at);
        counting.parsed.clear();
        assertThat(body.render(typed)).isEqualTo(MARKED.render(typed));
        assertThat(counting.parsed).hasSize(1);
        assertThat(counting.parsed.get(0).length()).isLessThan(200);
    }

    @Example
    void typingBesideARepeatedHeadingKeepsItsNumberedAnchor() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            text.append("## Steps\n\nStep text ").append(i).append(".\n\n");
        }
        CountingRenderer counting = new CountingRenderer();
        IncrementalBody body = counting.body();
        String markdown = text.toString();
        body.render(markdown);
        int at = markdown.indexOf("Step text 30.");
        String typed = markdown.substring(0, at) + "More. " + markdown.substring(at);
        counting.parsed.clear();
        assertThat(body.render(typed)).isEqualTo(MARKED.render(typed)).contains("id=\"steps-30\"");
        assertThat(counting.parsed).hasSize(1);
        assertThat(counting.parsed.get(0).length()).isLessThan(100);
    }

    @Example
    void blocksAnEditDidNotTouchComeBackAsTheSameStrings() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            text.append("Paragraph ").append(i).append(" with *emphasis*.\n\n");
        }
        IncrementalBody body = new IncrementalBody(MARKED);
        String markdown = text.toString();
        List<String> before = body.renderBlocks(markdown);
        int at = markdown.indexOf("Paragraph 120 ") + "Paragraph 120".length();
        String typed = markdown.substring(0, at) + " and more" + markdown.substring(at);
        List<String> after = body.renderBlocks(typed);
        assertThat(String.join("", after.stream().map(b -> PageOptions.BLOCK_MARK + b).toList()) + PageOptions.BLOCK_MARK)
                .isEqualTo(MARKED.render(typed));
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < after.size(); i++) {
            if (i == 120) {
                assertThat(after.get(i)).contains("and more");
            } else {
                assertThat(after.get(i)).as("block %d", i).isSameAs(before.get(i));
            }
        }
    }

    @Example
    void anArticleWithLinkDefinitionsIsRenderedWhole() {
        CountingRenderer counting = new CountingRenderer();
        IncrementalBody body = counting.body();
        String markdown = "See [x].\n\nOther.\n\nMore.\n\n[x]: /somewhere\n";
        body.render(markdown);
        counting.parsed.clear();
        String typed = markdown.replace("Other.", "Other text.");
        assertThat(body.render(typed)).isEqualTo(MARKED.render(typed)).contains("href=\"/somewhere\"");
        assertThat(counting.parsed).containsExactly(typed);
    }

    /** Parses and renders as the preview does, and records what it was asked to parse. */
    private static final class CountingRenderer {
        final List<String> parsed = new ArrayList<>();

        IncrementalBody body() {
            return new IncrementalBody((markdown, links) -> {
                parsed.add(markdown);
                return MARKED.parse(markdown, links);
            }, MARKED::render);
        }
    }
}
