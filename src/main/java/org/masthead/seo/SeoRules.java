package org.masthead.seo;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.masthead.content.Slugs;
import org.masthead.content.site.Site;

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
 * @param profile                the field profile: {@link #REFERENCE}, or a generator's ({@code hugo}, {@code jekyll}, ...)
 * @param site                   the site the folder belongs to, or null when not known
 * @param requiredBySection      required fields by section, worked out from the folder; empty to use {@code required}
 * @param imageMaxKb             largest local image, in KB (1,024 bytes), before {@code image-size} warns
 * @param slugs                  how a title becomes the file name and url the slug checks expect: the
 *                               folder's {@code slugs:} in {@code .masthead.yml}
 * @param ignored                check ids not reported for one article, by its folder-relative path
 *                               ({@code seo.ignore} in {@code .masthead.yml})
 */
public record SeoRules(FieldNames fields, String urlPattern, List<String> required,
                       int titleMinChars, int titleMaxChars, double titleMaxPx, double titleFontPx,
                       int descriptionMinChars, int descriptionMaxChars, int descriptionErrorChars,
                       double descriptionMaxPx, double descriptionFontPx,
                       int keywordsMin, int keywordsMax, Set<String> disabled,
                       Map<String, Severity> severities, String profile, Site site,
                       Map<String, List<String>> requiredBySection, int imageMaxKb, Slugs.Style slugs,
                       Map<String, Set<String>> ignored) {
    /** Images past this many KB load slowly on a phone; 500 is what the issue and most audit tools use. */
    public static final int IMAGE_MAX_KB = 500;

    /**
     * Dotted paths of the checked fields; "" where the site has no such field (the checks that
     * read it then stay silent). {@code relatedPrefix} names the top-level maps of related
     * articles: {@code related_article1}, {@code related_article2}, ... {@code published} is
     * Jekyll's inverse of {@code draft}. {@code seoTitle} "" means the title is the SEO title.
     */
    public record FieldNames(String title, String seoTitle, String description, String keywords,
                             String fileName, String url, String id, String date, String subject,
                             String relatedPrefix, String slug, String draft, String published,
                             String publishDate, String expiryDate, String canonical, String image,
                             String aliases) {
        public static final FieldNames DEFAULT = new FieldNames("title", "seo.title", "seo.page_description",
                "seo.page_keywords", "file_name", "url", "id", "date", "subject", "related_article");

        public FieldNames {
            for (String name : List.of(title, seoTitle, description, keywords, fileName, url, id, date, subject,
                    relatedPrefix, slug, draft, published, publishDate, expiryDate, canonical, image, aliases)) {
                Objects.requireNonNull(name, "field name");
            }
        }

        /** The reference format's ten names; the fields it does not have are "". */
        public FieldNames(String title, String seoTitle, String description, String keywords, String fileName,
                          String url, String id, String date, String subject, String relatedPrefix) {
            this(title, seoTitle, description, keywords, fileName, url, id, date, subject, relatedPrefix,
                    "", "", "", "", "", "", "", "");
        }

        /** The field that holds the SEO title: {@code seoTitle}, or the title when the site has none apart. */
        public String seoTitleOrTitle() {
            return seoTitle.isEmpty() ? title : seoTitle;
        }
    }

    /** The reference profile's name; its rules are {@link #DEFAULTS}. */
    public static final String REFERENCE = "reference";

    public static final SeoRules DEFAULTS = new SeoRules(FieldNames.DEFAULT, "/learn/{subject}/questions/{slug}",
            List.of("title", "date", "seo.title", "seo.page_description"),
            30, 60, 600, 20,
            120, 156, 160, 920, 14,
            3, 12, Set.of(), Map.of());

    public SeoRules {
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(urlPattern, "urlPattern");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(slugs, "slugs");
        required = List.copyOf(required);
        disabled = Set.copyOf(disabled);
        severities = Map.copyOf(severities);
        requiredBySection = Map.copyOf(requiredBySection);
        Map<String, Set<String>> ignores = new java.util.HashMap<>();
        ignored.forEach((path, checks) -> ignores.put(path, Set.copyOf(checks)));
        ignored = Map.copyOf(ignores);
    }

    /** Rules that ignore nothing per article. */
    public SeoRules(FieldNames fields, String urlPattern, List<String> required,
                    int titleMinChars, int titleMaxChars, double titleMaxPx, double titleFontPx,
                    int descriptionMinChars, int descriptionMaxChars, int descriptionErrorChars,
                    double descriptionMaxPx, double descriptionFontPx,
                    int keywordsMin, int keywordsMax, Set<String> disabled,
                    Map<String, Severity> severities, String profile, Site site,
                    Map<String, List<String>> requiredBySection, int imageMaxKb, Slugs.Style slugs) {
        this(fields, urlPattern, required, titleMinChars, titleMaxChars, titleMaxPx, titleFontPx, descriptionMinChars,
                descriptionMaxChars, descriptionErrorChars, descriptionMaxPx, descriptionFontPx, keywordsMin, keywordsMax,
                disabled, severities, profile, site, requiredBySection, imageMaxKb, slugs, Map.of());
    }

    /** Rules in the default slug style. */
    public SeoRules(FieldNames fields, String urlPattern, List<String> required,
                    int titleMinChars, int titleMaxChars, double titleMaxPx, double titleFontPx,
                    int descriptionMinChars, int descriptionMaxChars, int descriptionErrorChars,
                    double descriptionMaxPx, double descriptionFontPx,
                    int keywordsMin, int keywordsMax, Set<String> disabled,
                    Map<String, Severity> severities, String profile, Site site,
                    Map<String, List<String>> requiredBySection, int imageMaxKb) {
        this(fields, urlPattern, required, titleMinChars, titleMaxChars, titleMaxPx, titleFontPx, descriptionMinChars,
                descriptionMaxChars, descriptionErrorChars, descriptionMaxPx, descriptionFontPx, keywordsMin, keywordsMax,
                disabled, severities, profile, site, requiredBySection, imageMaxKb, Slugs.Style.DEFAULT);
    }

    /** Rules in the default slug style, with the default image size limit. */
    public SeoRules(FieldNames fields, String urlPattern, List<String> required,
                    int titleMinChars, int titleMaxChars, double titleMaxPx, double titleFontPx,
                    int descriptionMinChars, int descriptionMaxChars, int descriptionErrorChars,
                    double descriptionMaxPx, double descriptionFontPx,
                    int keywordsMin, int keywordsMax, Set<String> disabled,
                    Map<String, Severity> severities, String profile, Site site,
                    Map<String, List<String>> requiredBySection) {
        this(fields, urlPattern, required, titleMinChars, titleMaxChars, titleMaxPx, titleFontPx, descriptionMinChars,
                descriptionMaxChars, descriptionErrorChars, descriptionMaxPx, descriptionFontPx, keywordsMin, keywordsMax,
                disabled, severities, profile, site, requiredBySection, IMAGE_MAX_KB);
    }

    /** Rules of the reference profile with no site around them. */
    public SeoRules(FieldNames fields, String urlPattern, List<String> required,
                    int titleMinChars, int titleMaxChars, double titleMaxPx, double titleFontPx,
                    int descriptionMinChars, int descriptionMaxChars, int descriptionErrorChars,
                    double descriptionMaxPx, double descriptionFontPx,
                    int keywordsMin, int keywordsMax, Set<String> disabled, Map<String, Severity> severities) {
        this(fields, urlPattern, required, titleMinChars, titleMaxChars, titleMaxPx, titleFontPx, descriptionMinChars,
                descriptionMaxChars, descriptionErrorChars, descriptionMaxPx, descriptionFontPx, keywordsMin, keywordsMax,
                disabled, severities, REFERENCE, null, Map.of(), IMAGE_MAX_KB);
    }

    /** Whether these are the reference format's rules rather than a generator's. */
    public boolean reference() {
        return profile.equals(REFERENCE);
    }

    /** The fields a page of {@code section} must have: the folder's own list, else the site's for the section. */
    public List<String> requiredIn(String section) {
        if (requiredBySection.isEmpty()) {
            return required;
        }
        List<String> own = requiredBySection.get(section);
        return own != null ? own : requiredBySection.getOrDefault("", required);
    }

    public SeoRules withFields(FieldNames names) {
        return new SeoRules(names, urlPattern, required, titleMinChars, titleMaxChars, titleMaxPx, titleFontPx,
                descriptionMinChars, descriptionMaxChars, descriptionErrorChars, descriptionMaxPx, descriptionFontPx,
                keywordsMin, keywordsMax, disabled, severities, profile, site, requiredBySection, imageMaxKb, slugs,
                ignored);
    }

    public SeoRules withSite(String profileName, Site newSite, Map<String, List<String>> bySection) {
        return new SeoRules(fields, urlPattern, required, titleMinChars, titleMaxChars, titleMaxPx, titleFontPx,
                descriptionMinChars, descriptionMaxChars, descriptionErrorChars, descriptionMaxPx, descriptionFontPx,
                keywordsMin, keywordsMax, disabled, severities, profileName, newSite, bySection, imageMaxKb, slugs,
                ignored);
    }

    public SeoRules withSlugs(Slugs.Style style) {
        return new SeoRules(fields, urlPattern, required, titleMinChars, titleMaxChars, titleMaxPx, titleFontPx,
                descriptionMinChars, descriptionMaxChars, descriptionErrorChars, descriptionMaxPx, descriptionFontPx,
                keywordsMin, keywordsMax, disabled, severities, profile, site, requiredBySection, imageMaxKb, style,
                ignored);
    }

    public SeoRules withIgnored(Map<String, Set<String>> byPath) {
        return new SeoRules(fields, urlPattern, required, titleMinChars, titleMaxChars, titleMaxPx, titleFontPx,
                descriptionMinChars, descriptionMaxChars, descriptionErrorChars, descriptionMaxPx, descriptionFontPx,
                keywordsMin, keywordsMax, disabled, severities, profile, site, requiredBySection, imageMaxKb, slugs,
                byPath);
    }

    /** Whether findings of {@code check} are ignored for the article at folder-relative {@code path}. */
    public boolean ignored(String path, String check) {
        Set<String> checks = ignored.get(path);
        return checks != null && checks.contains(check);
    }

    public boolean enabled(String check) {
        return !disabled.contains(check);
    }

    /** The severity a finding of {@code check} gets: the folder's override, else the check's own. */
    public Severity severity(String check, Severity usual) {
        return severities.getOrDefault(check, usual);
    }
}
