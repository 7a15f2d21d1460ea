package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The fast reader never reads a front matter the parser refuses for its size or depth, and it
 * reads the large and wide ones the parser accepts: long lines, many of them, many maps side by
 * side.
 */
class FastReaderLimitsTest {

    /** Front matter whose text between the fences is {@code chars} ASCII chars: two long values. */
    private static String frontMatterOf(int chars) {
        int filler = chars - "a: \nb: \n".length();
        return "---\na: " + "x".repeat(filler / 2) + "\nb: " + "y".repeat(filler - filler / 2) + "\n---\nbody\n";
    }

    @Test
    void frontMatterUpToTheParsersLimitIsReadAndOneCharMoreIsLeftToItsRefusal() throws DocumentException {
        String fits = frontMatterOf(YamlTree.MAX_CHARS);
        MapField root = FastReaderVerdicts.answersAsTheModel(fits);
        assertThat(((ScalarField) root.entries().get("b")).value()).hasSize((YamlTree.MAX_CHARS - 8) / 2);

        String over = frontMatterOf(YamlTree.MAX_CHARS + 1);
        DocumentException e = catchThrowableOfType(
                () -> Document.parse("t.md", over.getBytes(StandardCharsets.UTF_8)), DocumentException.class);
        assertThat(e.problem()).contains("more than the limit of " + YamlTree.MAX_CHARS);
        assertThat(FastFrontMatter.read(over)).isNull();
    }

    @Test
    void frontMatterOfManyLongLinesIsReadLineByLine() throws DocumentException {
        // 300 KB a line: lines that start far into the file, each well within the limit
        StringBuilder text = new StringBuilder("---\n");
        for (int i = 0; i < 3; i++) {
            text.append("k").append(i).append(": ").append(String.valueOf((char) ('a' + i)).repeat(300_000)).append('\n');
        }
        MapField root = FastReaderVerdicts.answersAsTheModel(text.append("---\n").toString());
        assertThat(root.entries()).containsOnlyKeys("k0", "k1", "k2");
    }

    /** Maps nested {@code levels} deep, the top-level one included: {@code a1:} holds {@code a2:} and so on. */
    private static String nested(int levels) {
        StringBuilder text = new StringBuilder("---\n");
        for (int i = 1; i < levels; i++) {
            text.append("  ".repeat(i - 1)).append('a').append(i).append(":\n");
        }
        return text.append("  ".repeat(levels - 1)).append("leaf: x\n---\n").toString();
    }

    @Test
    void mapsAsDeepAsTheFastReadersLimitAreReadAndDeeperOnesAreLeftToTheParser() throws DocumentException {
        FastReaderVerdicts.answersAsTheModel(nested(FastFrontMatter.MAX_DEPTH));
        assertThat(FastFrontMatter.read(nested(FastFrontMatter.MAX_DEPTH + 1))).isNull();
        assertThat(FastReaderVerdicts.neverDisagrees(nested(FastFrontMatter.MAX_DEPTH + 1))).isNull();
    }

    @Test
    void nestingTheParserRefusesIsNeverReadByTheFastReader() {
        String tooDeep = nested(YamlTree.MAX_DEPTH + 2);
        assertThat(catchThrowableOfType(() -> Document.parse("t.md", tooDeep.getBytes(StandardCharsets.UTF_8)),
                DocumentException.class)).isNotNull();
        assertThat(FastFrontMatter.read(tooDeep)).isNull();
    }

    @Test
    void manyMapsSideBySideCountAsOneLevelEach() throws DocumentException {
        // the reference format's related_article1..n: each is one level below the top, however many there are
        StringBuilder text = new StringBuilder("---\n");
        for (int i = 1; i <= 3 * FastFrontMatter.MAX_DEPTH; i++) {
            text.append("related_article").append(i).append(":\n  id: ").append(i).append("\n  seo:\n    url: /a").append(i)
                    .append('\n');
        }
        MapField root = FastReaderVerdicts.answersAsTheModel(text.append("---\n").toString());
        assertThat(root.entries()).hasSize(3 * FastFrontMatter.MAX_DEPTH);
    }
}
