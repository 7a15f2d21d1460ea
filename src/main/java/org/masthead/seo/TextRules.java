package org.masthead.seo;

import java.util.List;
import java.util.Map;
import org.masthead.content.ConfigFile;
import org.masthead.document.DocumentException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The limits of the text checks (keyphrase, readability, headings, length), as the
 * {@code seo.text:} section of {@code .masthead.yml} sets them; each check id can also be
 * switched off in {@code seo.disabled} and given another severity in {@code seo.severity}.
 * Defaults follow Yoast SEO's English assessments.
 *
 * @param enabled                whether the text checks run at all (default true)
 * @param minWords               a body with fewer words is thin ({@code content-length}); list pages are exempt
 * @param titleIsH1              whether the layout prints the title as the page's H1, so a body H1 is a
 *                               second one; null to follow the site's profile (true but for Docusaurus and
 *                               MkDocs, whose first body H1 is the title)
 * @param sentenceMaxWords       a sentence with more words is long
 * @param longSentencesPercent   more long sentences than this share is a finding
 * @param paragraphMaxWords      a paragraph with more words is long
 * @param subheadingMaxWords     more words than this without a subheading is a finding
 * @param sameStartSentences     this many consecutive sentences starting with the same word is a finding
 * @param passivePercent         more passive sentences than this share is a finding (English)
 * @param fleschMin              a Flesch reading ease below this is a finding (English)
 * @param densityMin             the keyphrase's least density, in percent of the words
 * @param densityMax             its greatest density
 * @param language               the language of the articles ({@code en}); "" to read an article's
 *                               {@code lang} or {@code language} field, else the site's, else English
 */
public record TextRules(boolean enabled, int minWords, Boolean titleIsH1, int sentenceMaxWords,
                        int longSentencesPercent, int paragraphMaxWords, int subheadingMaxWords,
                        int sameStartSentences, int passivePercent, int fleschMin, double densityMin,
                        double densityMax, String language) {
    /**
     * On, with Yoast's limits: every check runs unless a folder turns it off, all together with
     * {@code seo.text.enabled: false} or one by one in {@code seo.disabled}.
     */
    public static final TextRules DEFAULTS = new TextRules(true, 300, null, 20, 25, 150, 300, 3, 10, 60, 0.5, 3.0, "");
    /** The defaults, switched on. */
    public static final TextRules ON = DEFAULTS;
    /** The defaults, switched off: only the metadata, link and social checks run. */
    public static final TextRules OFF = DEFAULTS.withEnabled(false);

    static final List<String> KEYS = List.of("enabled", "min_words", "title_is_h1", "sentence_max_words",
            "long_sentences_percent", "paragraph_max_words", "subheading_max_words", "same_start_sentences",
            "passive_percent", "flesch_min", "keyphrase_density_min", "keyphrase_density_max", "language");

    public TextRules withEnabled(boolean on) {
        return new TextRules(on, minWords, titleIsH1, sentenceMaxWords, longSentencesPercent, paragraphMaxWords,
                subheadingMaxWords, sameStartSentences, passivePercent, fleschMin, densityMin, densityMax, language);
    }

    /** Whether a body H1 is a second H1 on a site of {@code profile}. */
    boolean titleIsH1For(String profile) {
        if (titleIsH1 != null) {
            return titleIsH1;
        }
        return !profile.equals("docusaurus") && !profile.equals("mkdocs");
    }

    /** {@code base} with the {@code seo.text} mapping of {@code file} applied. */
    static TextRules read(ConfigFile file, Node node, TextRules base) throws DocumentException {
        Map<String, Node> map = file.mapping(node, "seo.text");
        file.checkKeys(map, KEYS, "seo.text");
        boolean enabled = map.containsKey("enabled") ? file.bool(map.get("enabled"), "seo.text.enabled")
                : base.enabled();
        Boolean titleIsH1 = map.containsKey("title_is_h1")
                ? Boolean.valueOf(file.bool(map.get("title_is_h1"), "seo.text.title_is_h1")) : base.titleIsH1();
        double densityMin = number(file, map, "keyphrase_density_min", base.densityMin());
        double densityMax = number(file, map, "keyphrase_density_max", base.densityMax());
        if (densityMin > densityMax) {
            throw file.error(map.get("keyphrase_density_min"), "seo.text.keyphrase_density_min (" + densityMin
                    + ") is above seo.text.keyphrase_density_max (" + densityMax + ").",
                    "Make the minimum no larger than the maximum.");
        }
        String language = map.containsKey("language") ? file.scalar(map.get("language"), "seo.text.language").strip()
                : base.language();
        return new TextRules(enabled, whole(file, map, "min_words", base.minWords()), titleIsH1,
                whole(file, map, "sentence_max_words", base.sentenceMaxWords()),
                percent(file, map, "long_sentences_percent", base.longSentencesPercent()),
                whole(file, map, "paragraph_max_words", base.paragraphMaxWords()),
                whole(file, map, "subheading_max_words", base.subheadingMaxWords()),
                whole(file, map, "same_start_sentences", base.sameStartSentences()),
                percent(file, map, "passive_percent", base.passivePercent()),
                whole(file, map, "flesch_min", base.fleschMin()), densityMin, densityMax, language);
    }

    private static int percent(ConfigFile file, Map<String, Node> map, String key, int fallback)
            throws DocumentException {
        int n = whole(file, map, key, fallback);
        if (n > 100) {
            throw file.error(map.get(key), "seo.text." + key + " is " + n + ", above 100 percent.",
                    "Write a share from 0 to 100, such as " + fallback + ".");
        }
        return n;
    }

    private static int whole(ConfigFile file, Map<String, Node> map, String key, int fallback)
            throws DocumentException {
        if (!map.containsKey(key)) {
            return fallback;
        }
        String value = file.scalar(map.get(key), "seo.text." + key).strip();
        try {
            int n = Integer.parseInt(value);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw file.error(map.get(key), "seo.text." + key + " must be a whole number of 0 or more, found '" + value
                + "'.", "Write a number such as " + fallback + ".");
    }

    private static double number(ConfigFile file, Map<String, Node> map, String key, double fallback)
            throws DocumentException {
        if (!map.containsKey(key)) {
            return fallback;
        }
        String value = file.scalar(map.get(key), "seo.text." + key).strip();
        try {
            double n = Double.parseDouble(value);
            if (n >= 0 && Double.isFinite(n)) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw file.error(map.get(key), "seo.text." + key + " must be a number of 0 or more, found '" + value + "'.",
                "Write a percentage such as " + fallback + ".");
    }
}
