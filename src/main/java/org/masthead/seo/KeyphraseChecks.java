package org.masthead.seo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntUnaryOperator;
import org.masthead.document.Field;
import org.masthead.document.ListField;
import org.masthead.seo.text.ArticleText;
import org.masthead.seo.text.Decimals;
import org.masthead.seo.text.Keyphrase;
import org.masthead.seo.text.Words;

/**
 * The focus keyphrase checks ({@code keyphrase-…}), as Yoast makes them: is the keyphrase in the
 * SEO title and near its start, in the description, the slug, the first paragraph, a subheading,
 * an image's alt text, and is its density 0.5–3%? Words match by {@link Keyphrase}'s rule. The
 * keyphrase is read from the mapped field ({@code keyphrase} unless {@code seo.fields.keyphrase}
 * names another), else {@code focus_keyword}, else the first keyword, which the messages then say.
 * Whether another article has the same keyphrase is a folder check ({@link FolderChecks}).
 */
final class KeyphraseChecks {
    /** Density is not judged on fewer words: a keyphrase or two would swing it past either limit. */
    static final int DENSITY_MIN_WORDS = 100;
    /** The field Yoast's WordPress plugin and some themes use, read when the mapped one is absent. */
    static final String FOCUS_KEYWORD = "focus_keyword";

    interface Sink {
        void add(String check, Severity severity, String field, int line, String message);
    }

    /**
     * The keyphrase of an article and where it came from.
     *
     * @param field        the field it was read from
     * @param fromKeywords whether it is the first keyword, for want of a keyphrase field
     */
    record Focus(String text, String field, int line, boolean fromKeywords) {
    }

    private final ArticleFields view;
    private final SeoRules.FieldNames f;
    private final Focus focus;
    private final Keyphrase phrase;
    private final Sink sink;

    private KeyphraseChecks(ArticleFields view, Focus focus, Sink sink) {
        this.view = view;
        this.f = view.rules.fields();
        this.focus = focus;
        this.phrase = Keyphrase.of(focus.text());
        this.sink = sink;
    }

    static void run(ArticleFields view, ArticleText text, IntUnaryOperator lineOf, Sink sink) {
        Focus focus = focus(view, true);
        if (focus == null) {
            sink.add(Checks.KEYPHRASE_MISSING, Severity.INFO, "", 1, "no focus keyphrase: set "
                    + keyphraseField(view.rules.fields()) + " (or keywords) to the phrase readers search for, "
                    + "and the keyphrase checks will judge the article by it.");
            return;
        }
        KeyphraseChecks checks = new KeyphraseChecks(view, focus, sink);
        if (checks.phrase.isEmpty()) {
            return;
        }
        checks.title();
        checks.description();
        checks.slug();
        checks.body(text, lineOf);
    }

    private static String keyphraseField(SeoRules.FieldNames f) {
        return f.keyphrase().isEmpty() ? SeoRules.FieldNames.KEYPHRASE : f.keyphrase();
    }

    /**
     * The article's keyphrase: its keyphrase field, else {@code focus_keyword}, else (when
     * {@code orKeywords}) its first keyword; null when it has none.
     */
    static Focus focus(ArticleFields view, boolean orKeywords) {
        SeoRules.FieldNames f = view.rules.fields();
        for (String name : List.of(keyphraseField(f), FOCUS_KEYWORD)) {
            String value = view.stripped(name);
            if (!value.isEmpty()) {
                return new Focus(value, name, view.line(name), false);
            }
        }
        if (!orKeywords || f.keywords().isEmpty()) {
            return null;
        }
        Field keywords = view.field(f.keywords()).orElse(null);
        if (keywords instanceof ListField list) {
            for (Field item : list.items()) {
                String value = ArticleFields.text(item).orElse("").strip();
                if (!value.isEmpty()) {
                    return new Focus(value, f.keywords(), item.line(), true);
                }
            }
        } else if (keywords != null) {
            for (String piece : ArticleFields.text(keywords).orElse("").split(",")) {
                if (!piece.isBlank()) {
                    return new Focus(piece.strip(), f.keywords(), keywords.line(), true);
                }
            }
        }
        return null;
    }

    /** The keyphrase as the messages name it, saying where it came from when it is the first keyword. */
    private String named() {
        return "the keyphrase '" + focus.text() + "'" + (focus.fromKeywords() ? " (the first of " + focus.field()
                + ", as no " + keyphraseField(f) + " is set)" : "");
    }

    private void title() {
        String name = f.seoTitleOrTitle();
        String title = view.stripped(name);
        if (title.isEmpty()) {
            return; // the title checks report a missing or empty title
        }
        List<String> words = Words.of(title);
        int at = phrase.firstPosition(words);
        if (at < 0) {
            sink.add(Checks.KEYPHRASE_TITLE, Severity.WARNING, name, view.line(name), named() + " is not in " + name
                    + "; put it there, near the start.");
        } else if (at * 2 >= words.size() && at > 0) {
            sink.add(Checks.KEYPHRASE_TITLE_START, Severity.INFO, name, view.line(name), named() + " comes late in "
                    + name + " (from word " + (at + 1) + " of " + words.size() + "); move it into the first half.");
        }
    }

    private void description() {
        String name = f.description();
        String text = view.stripped(name);
        if (!text.isEmpty() && !phrase.inText(text)) {
            sink.add(Checks.KEYPHRASE_DESCRIPTION, Severity.WARNING, name, view.line(name), named() + " is not in "
                    + name + "; search results show it in bold when it is.");
        }
    }

    private void slug() {
        String url = view.page().url();
        String slug = url;
        while (slug.endsWith("/")) {
            slug = slug.substring(0, slug.length() - 1);
        }
        slug = slug.substring(slug.lastIndexOf('/') + 1);
        if (slug.isEmpty() || slug.startsWith("index")) {
            String path = view.path;
            slug = path.substring(path.lastIndexOf('/') + 1).replaceFirst("(?i)\\.(md|markdown)$", "");
        }
        if (slug.isEmpty() || phrase.in(Words.of(slug.replace('_', ' ').replace('-', ' ')))) {
            return;
        }
        String field = !f.slug().isEmpty() && view.field(f.slug()).isPresent() ? f.slug()
                : !f.url().isEmpty() && view.field(f.url()).isPresent() ? f.url() : "";
        sink.add(Checks.KEYPHRASE_SLUG, Severity.WARNING, field, field.isEmpty() ? 1 : view.line(field), named()
                + " is not in the slug '" + slug + "'; put its words in the page's address.");
    }

    private void body(ArticleText text, IntUnaryOperator lineOf) {
        ArticleText.Block first = text.firstParagraph();
        if (first != null && !phrase.inAny(first.sentences())) {
            sink.add(Checks.KEYPHRASE_INTRO, Severity.WARNING, "", lineOf.applyAsInt(first.line()), named()
                    + " is not in the first paragraph; say what the article is about at once.");
        }
        List<ArticleText.Block> subheadings = new ArrayList<>();
        for (ArticleText.Block h : text.headings()) {
            if (h.level() > 1) {
                subheadings.add(h);
            }
        }
        if (!subheadings.isEmpty() && subheadings.stream().noneMatch(h -> phrase.in(Words.of(h.text())))) {
            sink.add(Checks.KEYPHRASE_SUBHEADING, Severity.INFO, "", lineOf.applyAsInt(subheadings.get(0).line()),
                    named() + " is in none of the " + subheadings.size() + " subheadings; use it in at least one.");
        }
        if (!text.alts().isEmpty() && text.alts().stream().noneMatch(a -> phrase.inText(a.text()))) {
            sink.add(Checks.KEYPHRASE_IMAGE_ALT, Severity.INFO, "", lineOf.applyAsInt(text.alts().get(0).line()),
                    named() + " is in the alt text of none of the " + text.alts().size()
                    + (text.alts().size() == 1 ? " image" : " images") + "; describe one image with it.");
        }
        density(text, lineOf);
    }

    private void density(ArticleText text, IntUnaryOperator lineOf) {
        int words = text.wordCount();
        if (words < DENSITY_MIN_WORDS) {
            return;
        }
        int found = 0;
        for (List<String> s : text.sentences()) {
            found += phrase.occurrences(s);
        }
        double density = found * 100.0 / words;
        TextRules limits = view.rules.text();
        if (density < limits.densityMin() || density > limits.densityMax()) {
            ArticleText.Block first = text.firstParagraph();
            sink.add(Checks.KEYPHRASE_DENSITY, Severity.WARNING, "", lineOf.applyAsInt(first == null ? 0 : first.line()),
                    named() + " occurs " + found + (found == 1 ? " time in " : " times in ") + words
                            + " words, a density of " + Decimals.oneDecimal(density) + "%; aim for "
                            + fmt(limits.densityMin()) + "–" + fmt(limits.densityMax()) + "% ("
                            + (density < limits.densityMin() ? "use it more"
                            : "use it less, or synonyms, so it does not read as stuffed") + ").");
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /**
     * The keyphrase as the folder compares it: its words in small letters, a plural ending dropped,
     * sorted; "" for none.
     */
    static String normal(String keyphrase) {
        List<String> words = new ArrayList<>();
        for (String w : Keyphrase.of(keyphrase).words()) {
            String s = w.toLowerCase(Locale.ROOT);
            if (s.endsWith("ies") && s.length() > 4) {
                s = s.substring(0, s.length() - 3) + "y";
            } else if (s.endsWith("es") && s.length() > 3 && "sxzh".indexOf(s.charAt(s.length() - 3)) >= 0) {
                s = s.substring(0, s.length() - 2);
            } else if (s.endsWith("s") && !s.endsWith("ss") && s.length() > 3) {
                s = s.substring(0, s.length() - 1);
            }
            words.add(s);
        }
        words.sort(null);
        return String.join(" ", words);
    }
}
