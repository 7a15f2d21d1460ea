package org.masthead.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The live preview (a WebView, which draws each Arabic letter alone) shows Arabic letters already
 * joined, as Unicode's presentation forms; an export keeps them as written for the browser.
 * Expected forms are read from the Unicode charts (Arabic Presentation Forms-B): for BEH, YEH and
 * TEH the initial, medial and final forms; for SEEN, LAM + ALEF and MEEM the initial form, the
 * final lam-alef ligature and the isolated form (alef joins only to its right, so meem stands alone).
 */
class ArabicPreviewTest {
    private static final String BAYT = "\u0628\u064A\u062A";
    private static final String BAYT_JOINED = "\uFE91\uFEF4\uFE96";
    private static final String SALAM = "\u0633\u0644\u0627\u0645";
    private static final String SALAM_JOINED = "\uFEB3\uFEFC\uFEE1";

    private static final PageOptions LIVE = PageOptions.preview().withBlockMarks(true).withPageScripts(false);

    private static ArticleView view(String title, String question, String markdown) {
        return new ArticleView(title, null, null, null, question, markdown, List.of());
    }

    @Test
    void theLivePreviewJoinsArabicInTitleQuestionAndBody() {
        String html = new ArticlePage(LIVE).renderContent(view(BAYT, SALAM, "Word " + BAYT + " and *" + SALAM + "*.\n"));
        assertThat(html).contains("<h1 class=\"title\" dir=\"auto\">" + BAYT_JOINED + "</h1>",
                "<p class=\"question\" dir=\"auto\">" + SALAM_JOINED + "</p>",
                "Word " + BAYT_JOINED + " and <em>" + SALAM_JOINED + "</em>.");
        assertThat(html).doesNotContain(BAYT, SALAM);
    }

    @Test
    void theLivePreviewJoinsArabicRenderedInBlocksToo() {
        ContentBlocks parts = new ArticlePage(LIVE).renderBlocks(view(SALAM, null, "# " + BAYT + "\n\nText.\n"));
        assertThat(parts.head()).contains(SALAM_JOINED);
        assertThat(parts.blocks().get(0)).contains(">" + BAYT_JOINED + "</h1>");
        assertThat(parts.blocks().get(1)).contains(">Text.</p>");
    }

    @Test
    void anExportAndAPreviewWithoutBlockMarksKeepTheLettersAsWritten() {
        for (PageOptions options : List.of(PageOptions.export(), PageOptions.preview())) {
            String html = new ArticlePage(options).renderContent(view(BAYT, SALAM, "Word " + BAYT + ".\n"));
            assertThat(html).as("%s", options).contains(">" + BAYT + "</h1>", ">" + SALAM + "</p>", "Word " + BAYT + ".")
                    .doesNotContain(BAYT_JOINED, SALAM_JOINED);
        }
    }

    @Test
    void textWithoutArabicIsLeftAsItIs() {
        String markdown = "Plain *text*, \u05E9\u05DC\u05D5\u05DD and caf\u00E9.\n";
        String html = new ArticlePage(LIVE).renderContent(view("Title", null, markdown));
        assertThat(html).contains("Plain <em>text</em>, \u05E9\u05DC\u05D5\u05DD and caf\u00E9.", ">Title</h1>");
        assertThat(ArabicShapes.shape(null)).isNull();
    }
}
