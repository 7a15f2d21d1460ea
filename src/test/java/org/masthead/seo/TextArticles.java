package org.masthead.seo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;

/**
 * A good article for the text checks, and the pieces to break it one check at a time. The front
 * matter's lines: 2 title, 4 seo.title, 5 seo.page_description, 6 seo.page_keywords, 7
 * keyphrase, 8 file_name, 9 url; the body starts on line 11.
 *
 * <p>Why the good article passes, counted by hand: its prose (headings aside) has 319 words (intro
 * 39, then 89, 89, 102) in 37 sentences, none over 20 words; its longest paragraph has 102 words;
 * each of its three subheadings is followed by at most 102 words; no three sentences in a row
 * start alike; 2 of 37 sentences are passive ("is left", "is done"), 5%; its words are short, so
 * its reading ease is far above 60. The keyphrase "bread dough" starts the SEO title, is in the
 * description, the slug, the first paragraph, the first subheading and the image's alt text, and
 * occurs in 3 sentences of 319 words, a density of 0.9%.
 */
final class TextArticles {
    static final String SEO_TITLE = "  title: Bread dough at home | Baking";
    static final String DESCRIPTION = "  page_description: How to mix, knead and rest bread dough at home, with the "
            + "times and the signs to watch for at each step.";
    static final String KEYPHRASE = "keyphrase: bread dough";
    static final String URL = "url: /learn/baking/questions/bread-dough-at-home";
    static final String INTRO = "Bread dough is the start of every loaf. You mix flour, water, salt and yeast. "
            + "Then you knead it until it feels smooth. A good dough springs back when you press it. "
            + "This guide walks you through each step.";
    static final String ALT = "![Bread dough resting in a bowl](dough.jpg)";
    static final String MIXING = "## Mixing the bread dough";
    static final String KNEADING = "## Kneading";
    static final String P1 = "Start with a large bowl. Weigh five hundred grams of flour and ten grams of salt. "
            + "Stir in seven grams of dry yeast. Now pour in three hundred grams of warm water. "
            + "Mix it all with a spoon until no dry flour is left. The mix will look rough and sticky at this point. "
            + "That is fine. Cover the bowl and wait ten minutes. In that time the flour soaks up the water. "
            + "This short rest makes the next step much easier. Your hands will thank you for it.";
    static final String P2 = "Tip the bread dough onto a clean table. Push it away with the heel of your hand. "
            + "Fold it back over itself and turn it a quarter turn. Keep up this rhythm for about ten minutes. "
            + "At first the dough tears and sticks to your fingers. Slowly it turns smooth and soft. "
            + "You can test it with the window test. Pull a small piece thin between your fingers. "
            + "If light shines through without a tear, you can stop. "
            + "If it tears, knead for two more minutes and try again.";
    static final String P3 = "Put the bread dough back in the bowl and cover it. "
            + "Let it rise in a warm spot for one to two hours. It should double in size. "
            + "Press a finger into the top to check it. When the dent fills back slowly, it is ready. "
            + "Knock the air out and shape a round loaf. Place it on a tray with a little flour. "
            + "Give it one more rise of about forty minutes. "
            + "Bake it at two hundred and twenty degrees for thirty five minutes. Tap the base when it is done. "
            + "A hollow sound means your bread is ready to cool.";
    /** Lines 11 to 25. */
    static final String BODY = String.join("\n", INTRO, "", ALT, "", MIXING, "", P1, "", KNEADING, "", P2, "",
            "## Resting and shaping", "", P3);

    static final String ARTICLE = """
            ---
            title: Bread dough at home
            seo:
            %s
            %s
              page_keywords: bread dough, baking, flour
            %s
            file_name: bread-dough-at-home.md
            %s
            ---
            %s
            """.formatted(SEO_TITLE, DESCRIPTION, KEYPHRASE, URL, BODY);

    static final String PATH = "bread-dough-at-home.md";

    /** The reference rules with the text checks on. */
    static final SeoRules RULES = SeoRules.DEFAULTS.withText(TextRules.ON);

    private TextArticles() {
    }

    /** The article with one exact piece replaced (a line, a paragraph, or the whole body). */
    static String with(String piece, String replacement) {
        int at = ARTICLE.indexOf(piece);
        if (at < 0 || ARTICLE.indexOf(piece, at + 1) >= 0) {
            throw new IllegalArgumentException("not exactly once: " + piece);
        }
        return ARTICLE.substring(0, at) + replacement + ARTICLE.substring(at + piece.length());
    }

    static Document doc(String text) {
        try {
            return Document.parse(PATH, text.getBytes(StandardCharsets.UTF_8));
        } catch (DocumentException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static List<Finding> findings(String text, SeoRules rules) {
        return SeoChecker.check(PATH, doc(text), FolderContext.of(rules, Fixtures.CLOCK, List.of()));
    }

    /** The text checks' findings only, as (check, severity, field, line). */
    static List<Tuple> text(String text) {
        return text(text, RULES);
    }

    static List<Tuple> text(String text, SeoRules rules) {
        return findings(text, rules).stream().filter(f -> Checks.TEXT.contains(f.check()))
                .map(f -> new Tuple(f.check(), f.severity(), f.field(), f.line())).toList();
    }

    static String message(String text, String check) {
        return findings(text, RULES).stream().filter(f -> f.check().equals(check)).findFirst()
                .map(Finding::message).orElseThrow(() -> new AssertionError("no " + check));
    }
}
