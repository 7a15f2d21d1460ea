package org.masthead.seo;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the checks look at and where their limits are, for one content folder. Defaults follow
 * Yoast and Front Matter CMS practice and the reference article format; a folder overrides any
 * of them in the {@code seo:} section of its {@code .masthead.yml} (see {@link SeoConfig}).
 *
 * @param fields                 where each checked value lives in the front matter
 * @param urlPattern             what {@code url} should be; {@code {slug}} is the title's slug,
 *                               any other {@code {field.path}} is that field's value, slugged;
 *                               empty to check only that the url ends with the slug
 * @param required               fields every article must have (dotted paths)
 * @param titleMinChars          shortest good {@code seo.title}
 * @param titleMaxChars          longest good {@code seo.title}
 * @param titleMaxPx             widest {@code seo.title} a result shows whole
 * @param titleFontPx            font size the title is measured at (Arial)
 * @param descriptionMinChars    shortest good description
 * @param descriptionMaxChars    longest good description; longer is a warning
 * @param descriptionErrorChars  longer than this is an error
 * @param descriptionMaxPx       widest description a result shows whole
 * @param descriptionFontPx      font size the description is measured at (Arial)
 * @param keywordsMin            fewest keywords
 * @param keywordsMax            most keywords
 * @param disabled               check ids not to run
 * @param severities             severity overrides by check id
 */
public record SeoRules(FieldNames fields, String urlPattern, List<String> required,
                       int titleMinChars, int titleMaxChars, double titleMaxPx, double titleFontPx,
                       int descriptionMinChars, int descriptionMaxChars, int descriptionErrorChars,
                       double descriptionMaxPx, double descriptionFontPx,
                       int keywordsMin, int keywordsMax, Set<String> disabled,
                       Map<String, Severity> severities) {

    /**
     * Dotted paths of the checked fields. {@code relatedPrefix} names the top-level maps of
     * related articles: {@code related_article1}, {@code related_article2}, ...
     */
    public record FieldNames(String title, String seoTitle, String description, String keywords,
                             String fileName, String url, String id, String date, String subject,
                             String relatedPrefix) {
        public static final FieldNames DEFAULT = new FieldNames("title", "seo.title", "seo.page_description",
                "seo.page_keywords", "file_name", "url", "id", "date", "subject", "related_article");

        public FieldNames {
            for (String name : List.of(title, seoTitle, description, keywords, fileName, url, id, date, subject,
                    relatedPrefix)) {
                Objects.requireNonNull(name, "field name");
            }
        }
    }

    public static final SeoRules DEFAULTS = new SeoRules(FieldNames.DEFAULT, "/learn/{subject}/questions/{slug}",
            List.of("title", "date", "seo.title", "seo.page_description"),
            30, 60, 600, 20,
            120, 156, 160, 920, 14,
            3, 12, Set.of(), Map.of());

    public SeoRules {
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(urlPattern, "urlPattern");
        required = List.copyOf(required);
        disabled = Set.copyOf(disabled);
        severities = Map.copyOf(severities);
    }

    public boolean enabled(String check) {
        return !disabled.contains(check);
    }

    /** The severity a finding of {@code check} gets: the folder's override, else the check's own. */
    public Severity severity(String check, Severity usual) {
        return severities.getOrDefault(check, usual);
    }
}
