package org.masthead.seo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetTest {
    @Test
    void textThatFitsIsShownWholeWithWhitespaceCollapsed() {
        Snippet s = Snippet.fit("  How does\n a PID   controller work? ", 20, 600);
        assertThat(s.shown()).isEqualTo("How does a PID controller work?");
        assertThat(s.truncated()).isFalse();
        assertThat(s.widthPx()).isEqualTo(TextWidth.px("How does a PID controller work?", 20));
    }

    @Test
    void longTextIsCutAtAWordBoundaryWithAnEllipsis() {
        String text = "What is the parametric vector form of a solution to a homogeneous system, and how does it "
                + "express solutions in terms of free variables?";
        Snippet s = Snippet.fit(text, 20, 600);
        assertThat(s.truncated()).isTrue();
        assertThat(s.shown()).endsWith("…");
        assertThat(s.widthPx()).isLessThanOrEqualTo(600);
        assertThat(s.fullWidthPx()).isEqualTo(TextWidth.px(text, 20));
        String kept = s.shown().substring(0, s.shown().length() - 1);
        // A whole number of words, and the next word would not have fitted.
        assertThat(text).startsWith(kept + " ");
        String nextWord = text.substring(kept.length() + 1).split(" ")[0];
        assertThat(TextWidth.px(kept + " " + nextWord + "…", 20)).isGreaterThan(600);
    }

    @Test
    void cutDropsTrailingCommaBeforeTheEllipsis() {
        // At 100 px only "aaaa bbbb," fits; the comma should not sit before the ellipsis.
        String text = "aaaa bbbb, cccc dddd eeee ffff";
        double room = TextWidth.px("aaaa bbbb, c…", 14);
        Snippet s = Snippet.fit(text, 14, room);
        assertThat(s.shown()).isEqualTo("aaaa bbbb…");
    }

    @Test
    void oneLongWordIsCutWhereItOverflows() {
        String word = "a".repeat(200);
        Snippet s = Snippet.fit(word, 14, 100);
        assertThat(s.shown()).matches("a+…");
        assertThat(s.widthPx()).isLessThanOrEqualTo(100);
        assertThat(TextWidth.px(s.shown().replace("…", "a…"), 14)).isGreaterThan(100);
    }

    @Test
    void profilesUseTheirOwnRoom() {
        String description = "word ".repeat(60);
        assertThat(SnippetProfile.DESKTOP.description(description).widthPx()).isLessThanOrEqualTo(920);
        assertThat(SnippetProfile.MOBILE.description(description).widthPx()).isLessThanOrEqualTo(680);
        assertThat(SnippetProfile.MOBILE.description(description).shown().length())
                .isLessThan(SnippetProfile.DESKTOP.description(description).shown().length());
    }

    @Test
    void collapseJoinsEveryKindOfWhitespaceRunIntoOneSpace() {
        assertThat(Snippet.collapse("plain words, one space each")).isEqualTo("plain words, one space each");
        assertThat(Snippet.collapse("two  spaces")).isEqualTo("two spaces");
        assertThat(Snippet.collapse("a\tb\nc\u000Bd\u001Fe")).isEqualTo("a b c d e");
        assertThat(Snippet.collapse("em\u2003space and ideographic\u3000one")).isEqualTo("em space and ideographic one");
        assertThat(Snippet.collapse(" ends ")).isEqualTo("ends");
        assertThat(Snippet.collapse("\u00A0no-break\u00A0stays")).isEqualTo("\u00A0no-break\u00A0stays");
        assertThat(Snippet.collapse("café – naïve")).isEqualTo("café – naïve");
    }
}
