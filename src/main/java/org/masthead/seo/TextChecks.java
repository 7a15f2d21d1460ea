package org.masthead.seo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.masthead.content.site.Placement;
import org.masthead.document.Document;
import org.masthead.document.Field;
import org.masthead.seo.text.ArticleText;
import org.masthead.seo.text.Decimals;
import org.masthead.seo.text.Passive;
import org.masthead.seo.text.Readability;
import org.masthead.seo.text.Words;

/**
 * The checks of an article's prose: readability ({@code readability-…}), heading structure
 * ({@code heading-…}), length ({@code content-length}) and, through {@link KeyphraseChecks}, the
 * focus keyphrase ({@code keyphrase-…}). Their limits are {@link TextRules}. Each check gives at
 * most one finding per article, at the line of the first place concerned, so that an article's
 * score counts each problem once.
 */
final class TextChecks {
    /**
     * An article's Markdown: {@code line} is the file's line it starts on; {@code oneLine} when it
     * is a front-matter field written on one line (the reference format's {@code answer}), whose
     * every block is then reported on that line.
     */
    record Source(String markdown, int line, boolean oneLine) {
        static final Source NONE = new Source("", 1, true);

        static Source of(Document doc) {
            if (doc.bodyField().isFrontMatterField()) {
                return new Source(doc.markdown(), doc.get(doc.bodyField().path()).map(Field::line).orElse(1), true);
            }
            String text = doc.text();
            String body = doc.body();
            return new Source(body, ArticleFields.lineAt(text, text.length() - body.length()), false);
        }
    }

    private final ArticleFields view;
    private final SeoRules rules;
    private final TextRules limits;
    private final Source source;
    private final ArticleText text;
    private final List<Finding> out = new ArrayList<>();

    private TextChecks(ArticleFields view, Source source) {
        this.view = view;
        this.rules = view.rules;
        this.limits = rules.text();
        this.source = source;
        this.text = ArticleText.of(source.markdown());
    }

    static List<Finding> run(ArticleFields view, Source source) {
        if (!view.rules.text().enabled()) {
            return List.of();
        }
        TextChecks checks = new TextChecks(view, source);
        checks.structure();
        checks.readability();
        KeyphraseChecks.run(view, checks.text, checks::lineOf, checks::add);
        return checks.out;
    }

    /** The file's line of a block's 0-based Markdown line. */
    int lineOf(int markdownLine) {
        return source.oneLine() ? source.line() : source.line() + markdownLine;
    }

    void add(String check, Severity severity, String field, int line, String message) {
        if (rules.enabled(check)) {
            out.add(Finding.of(check, rules.severity(check, severity), field, Math.max(1, line), message));
        }
    }

    private void structure() {
        List<ArticleText.Block> headings = text.headings();
        boolean titleIsH1 = limits.titleIsH1For(rules.profile());
        List<ArticleText.Block> h1 = headings.stream().filter(h -> h.level() == 1).toList();
        if (titleIsH1 && !h1.isEmpty()) {
            add(Checks.HEADING_H1, Severity.WARNING, "", lineOf(h1.get(0).line()), "the body has an H1 ('"
                    + h1.get(0).text() + "'), but the page's layout prints the title as its H1; make it an H2 (## …)"
                    + (h1.size() > 1 ? " (and the other " + (h1.size() - 1) + ")" : "") + ".");
        } else if (!titleIsH1 && h1.size() > 1) {
            add(Checks.HEADING_H1, Severity.WARNING, "", lineOf(h1.get(1).line()), "the body has " + h1.size()
                    + " H1 headings, and a page should have one; make all but the first H2 (## …).");
        }
        int previous = 1;
        ArticleText.Block firstSkip = null;
        int skipFrom = 0;
        int skips = 0;
        for (ArticleText.Block h : headings) {
            if (h.level() > previous + 1) {
                if (firstSkip == null) {
                    firstSkip = h;
                    skipFrom = previous;
                }
                skips++;
            }
            previous = h.level();
        }
        if (firstSkip != null) {
            add(Checks.HEADING_SKIP, Severity.WARNING, "", lineOf(firstSkip.line()), "the heading '" + firstSkip.text()
                    + "' is an H" + firstSkip.level() + " after an H" + skipFrom + "; heading levels should not skip"
                    + (skips > 1 ? " (" + skips + " skips in all)" : "") + ". Make it an H" + (skipFrom + 1) + ".");
        }
        int words = text.wordCount();
        if (view.page().placement() != Placement.LIST && words < limits.minWords()) {
            add(Checks.CONTENT_LENGTH, Severity.WARNING, "", source.line(), "the body has " + words
                    + (words == 1 ? " word" : " words") + ", under the " + limits.minWords()
                    + " that search engines take for more than thin content; write more (seo.text.min_words sets the limit).");
        }
    }

    private void readability() {
        List<List<String>> sentences = text.sentences();
        if (sentences.isEmpty()) {
            return;
        }
        sentenceLengths(sentences);
        paragraphLengths();
        subheadings();
        sentenceStarts();
        if (english()) {
            Readability r = text.readability();
            if (r.score() < limits.fleschMin()) {
                add(Checks.READABILITY_FLESCH, Severity.WARNING, "", source.line(), "Flesch reading ease is "
                        + Decimals.oneDecimal(r.score()) + " (" + r.band() + "; " + limits.fleschMin()
                        + " or more reads easily); use shorter sentences and shorter words (" + r.words() + " words, "
                        + r.sentences() + (r.sentences() == 1 ? " sentence, " : " sentences, ") + r.syllables()
                        + " syllables).");
            }
            int passive = 0;
            for (List<String> s : sentences) {
                passive += Passive.isPassive(s) ? 1 : 0;
            }
            if (passive * 100 > limits.passivePercent() * sentences.size()) {
                add(Checks.READABILITY_PASSIVE, Severity.WARNING, "", source.line(), passive + " of "
                        + sentences.size() + " sentences (" + percent(passive, sentences.size())
                        + "%) are in the passive voice; keep it to " + limits.passivePercent()
                        + "% or fewer by saying who does what.");
            }
        }
    }

    private void sentenceLengths(List<List<String>> sentences) {
        int longOnes = 0;
        int firstLine = -1;
        for (ArticleText.Block b : prose()) {
            for (List<String> s : b.sentences()) {
                if (s.size() > limits.sentenceMaxWords()) {
                    longOnes++;
                    firstLine = firstLine < 0 ? b.line() : firstLine;
                }
            }
        }
        if (longOnes * 100 > limits.longSentencesPercent() * sentences.size()) {
            add(Checks.READABILITY_SENTENCE_LENGTH, Severity.WARNING, "", lineOf(firstLine), longOnes + " of "
                    + sentences.size() + " sentences (" + percent(longOnes, sentences.size()) + "%) have more than "
                    + limits.sentenceMaxWords() + " words; keep them to " + limits.longSentencesPercent()
                    + "% or fewer by splitting the longest.");
        }
    }

    private void paragraphLengths() {
        ArticleText.Block first = null;
        int count = 0;
        for (ArticleText.Block b : prose()) {
            if (b.kind() == ArticleText.Kind.PARAGRAPH && b.wordCount() > limits.paragraphMaxWords()) {
                first = first == null ? b : first;
                count++;
            }
        }
        if (first != null) {
            add(Checks.READABILITY_PARAGRAPH_LENGTH, Severity.WARNING, "", lineOf(first.line()), (count == 1
                    ? "a paragraph has " : count + " paragraphs are over " + limits.paragraphMaxWords()
                    + " words, the first with ") + first.wordCount() + " words; keep paragraphs to "
                    + limits.paragraphMaxWords() + " words or fewer.");
        }
    }

    private void subheadings() {
        int run = 0;
        int runStart = -1;
        for (ArticleText.Block b : text.blocks()) {
            if (b.kind() == ArticleText.Kind.HEADING) {
                run = 0;
                runStart = -1;
                continue;
            }
            runStart = runStart < 0 ? b.line() : runStart;
            run += b.wordCount();
            if (run > limits.subheadingMaxWords()) {
                add(Checks.READABILITY_SUBHEADINGS, Severity.WARNING, "", lineOf(runStart), "more than "
                        + limits.subheadingMaxWords() + " words run without a subheading; break the text up "
                        + "with a subheading (## …) at least every " + limits.subheadingMaxWords() + " words.");
                return;
            }
        }
    }

    private void sentenceStarts() {
        if (limits.sameStartSentences() < 2) {
            return;
        }
        List<String> previous = null;
        int run = 0;
        for (ArticleText.Block b : text.blocks()) {
            if (b.kind() != ArticleText.Kind.PARAGRAPH) {
                previous = null; // a heading or a list breaks the run: list items often start alike on purpose
                run = 0;
                continue;
            }
            for (List<String> s : b.sentences()) {
                run = previous != null && Words.sameFirstWord(previous, s) ? run + 1 : 1;
                previous = s;
                if (run == limits.sameStartSentences()) {
                    add(Checks.READABILITY_SENTENCE_STARTS, Severity.WARNING, "", lineOf(b.line()), run
                            + " sentences in a row start with '" + s.get(0) + "'; vary how they begin.");
                    return;
                }
            }
        }
    }

    private List<ArticleText.Block> prose() {
        if (prose == null) {
            prose = text.blocks().stream().filter(b -> b.kind() != ArticleText.Kind.HEADING).toList();
        }
        return prose;
    }

    private List<ArticleText.Block> prose;

    /** Whether the article is in English: seo.text.language, else its lang field, else the site's language. */
    private boolean english() {
        String lang = limits.language();
        if (lang.isEmpty()) {
            lang = view.stripped("lang");
        }
        if (lang.isEmpty()) {
            lang = view.stripped("language");
        }
        if (lang.isEmpty() && rules.site() != null && rules.site().defaultLanguage() != null) {
            lang = rules.site().defaultLanguage();
        }
        return lang.isEmpty() || lang.toLowerCase(Locale.ROOT).startsWith("en");
    }

    private static int percent(int part, int whole) {
        return Math.round(part * 100f / whole);
    }
}
