package org.masthead.seo;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An article's SEO score and readability score, worked out from its findings as Yoast's traffic
 * lights are: each family starts at 100 and loses 25 for an error, 10 for a warning and 3 for a
 * note, down to 0. The readability score counts the {@code readability-…} findings; the SEO score
 * every other finding. A file that cannot be read or parsed scores 0 on both.
 *
 * <pre>ArticleScores s = Scores.of(report.findingsFor(path));
 * if (s.seoBand() == Scores.Band.PROBLEM) { ... }</pre>
 */
public final class Scores {
    /** Yoast's three bullets. */
    public enum Band {
        /** No error and no warning, and a score of 80 or more: green. */
        GOOD("good"),
        /** A warning, or a score under 80: orange. */
        NEEDS_WORK("needs work"),
        /** An error, or a score under 50: red. */
        PROBLEM("problem");

        private final String label;

        Band(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The two scores of one article, each 0–100, with their bands. */
    public record ArticleScores(int seo, int readability, Band seoBand, Band readabilityBand) {
    }

    static final int ERROR_COST = 25;
    static final int WARNING_COST = 10;
    static final int INFO_COST = 3;
    static final int GOOD_FROM = 80;
    static final int PROBLEM_BELOW = 50;

    private Scores() {
    }

    /** The scores of an article with these findings (an article with none scores 100 and good on both). */
    public static ArticleScores of(List<Finding> findings) {
        int seo = 100;
        int readability = 100;
        boolean seoError = false;
        boolean seoWarning = false;
        boolean readError = false;
        boolean readWarning = false;
        for (Finding f : findings) {
            if (f.check().equals(Checks.PARSE_ERROR) || f.check().equals(Checks.READ_ERROR)) {
                return new ArticleScores(0, 0, Band.PROBLEM, Band.PROBLEM);
            }
            if (f.check().equals(Checks.NOT_A_PAGE)) {
                continue;
            }
            int cost = switch (f.severity()) {
                case ERROR -> ERROR_COST;
                case WARNING -> WARNING_COST;
                case INFO -> INFO_COST;
            };
            if (f.check().startsWith("readability-")) {
                readability -= cost;
                readError |= f.severity() == Severity.ERROR;
                readWarning |= f.severity() == Severity.WARNING;
            } else {
                seo -= cost;
                seoError |= f.severity() == Severity.ERROR;
                seoWarning |= f.severity() == Severity.WARNING;
            }
        }
        seo = Math.max(0, seo);
        readability = Math.max(0, readability);
        return new ArticleScores(seo, readability, band(seo, seoError, seoWarning),
                band(readability, readError, readWarning));
    }

    /** Every article's scores, by path: those of {@code report}'s articles and files with findings. */
    public static SortedMap<String, ArticleScores> of(FolderReport report) {
        SortedMap<String, ArticleScores> out = new TreeMap<>();
        for (ArticleFacts a : report.articles()) {
            out.put(a.path(), of(report.findingsFor(a.path())));
        }
        for (Map.Entry<String, List<Finding>> e : report.findings().entrySet()) {
            out.putIfAbsent(e.getKey(), of(e.getValue()));
        }
        return out;
    }

    /** How a score reads in a column of the list or the table: the number, then its band ("75 problem"). */
    public static String text(int score, Band band) {
        return score + " " + band.label();
    }

    /** How many articles are in each band, for each of the two scores. */
    public record Distribution(Map<Band, Integer> seo, Map<Band, Integer> readability) {
        public Distribution {
            seo = Map.copyOf(seo);
            readability = Map.copyOf(readability);
        }
    }

    /** The articles of {@code all} counted by band, every band present (0 when none is in it). */
    public static Distribution distribution(Iterable<ArticleScores> all) {
        Map<Band, Integer> seo = new java.util.EnumMap<>(Band.class);
        Map<Band, Integer> readability = new java.util.EnumMap<>(Band.class);
        for (Band b : Band.values()) {
            seo.put(b, 0);
            readability.put(b, 0);
        }
        for (ArticleScores s : all) {
            seo.merge(s.seoBand(), 1, Integer::sum);
            readability.merge(s.readabilityBand(), 1, Integer::sum);
        }
        return new Distribution(seo, readability);
    }

    /** Whether findings are those of a page the checks judged: a file that is not a page has no scores. */
    public static boolean judged(List<Finding> findings) {
        for (Finding f : findings) {
            if (f.check().equals(Checks.NOT_A_PAGE)) {
                return false;
            }
        }
        return true;
    }

    private static Band band(int score, boolean error, boolean warning) {
        if (error || score < PROBLEM_BELOW) {
            return Band.PROBLEM;
        }
        return warning || score < GOOD_FROM ? Band.NEEDS_WORK : Band.GOOD;
    }
}
