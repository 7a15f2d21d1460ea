package org.masthead.seo;

import java.util.List;

/** The ids of all checks, as they appear in findings, output and {@code disabled:} lists. */
public final class Checks {
    public static final String PARSE_ERROR = "parse-error";
    public static final String READ_ERROR = "read-error";
    public static final String REQUIRED_FIELD = "required-field";
    public static final String TITLE_EMPTY = "title-empty";
    public static final String SEO_TITLE_EMPTY = "seo-title-empty";
    public static final String SEO_TITLE_LENGTH = "seo-title-length";
    public static final String SEO_TITLE_WIDTH = "seo-title-width";
    public static final String DESCRIPTION_LENGTH = "seo-description-length";
    public static final String DESCRIPTION_WIDTH = "seo-description-width";
    public static final String KEYWORDS_MISSING = "seo-keywords-missing";
    public static final String KEYWORDS_COUNT = "seo-keywords-count";
    public static final String KEYWORDS_DUPLICATE = "seo-keywords-duplicate";
    public static final String FILE_NAME_SLUG = "file-name-slug";
    public static final String URL_SLUG = "url-slug";
    public static final String URL_PATTERN = "url-pattern";
    public static final String RELATED_MISSING = "related-missing";
    public static final String RELATED_URL = "related-url";
    public static final String RELATED_SELF = "related-self";
    public static final String RELATED_DUPLICATE = "related-duplicate";
    public static final String DUPLICATE_ID = "duplicate-id";
    public static final String DUPLICATE_TITLE = "duplicate-title";
    public static final String DUPLICATE_DESCRIPTION = "duplicate-description";
    public static final String DUPLICATE_URL = "duplicate-url";
    public static final String DATE_INVALID = "date-invalid";
    public static final String DATE_FUTURE = "date-future";
    public static final String WHITESPACE = "whitespace";
    public static final String DUPLICATE_SEO_TITLE = "duplicate-seo-title";
    public static final String DRAFT = "draft";
    public static final String LINK_DRAFT = "link-draft";
    public static final String ALIAS_TAKEN = "alias-taken";
    public static final String LINK_BROKEN = "link-broken";
    public static final String IMAGE_MISSING = "image-missing";
    public static final String IMAGE_ALT = "image-alt";
    public static final String IMAGE_SIZE = "image-size";

    // --- The text checks: focus keyphrase, readability, structure and length (TextChecks) ---
    public static final String KEYPHRASE_MISSING = "keyphrase-missing";
    public static final String KEYPHRASE_TITLE = "keyphrase-title";
    public static final String KEYPHRASE_TITLE_START = "keyphrase-title-start";
    public static final String KEYPHRASE_DESCRIPTION = "keyphrase-description";
    public static final String KEYPHRASE_SLUG = "keyphrase-slug";
    public static final String KEYPHRASE_INTRO = "keyphrase-intro";
    public static final String KEYPHRASE_SUBHEADING = "keyphrase-subheading";
    public static final String KEYPHRASE_IMAGE_ALT = "keyphrase-image-alt";
    public static final String KEYPHRASE_DENSITY = "keyphrase-density";
    public static final String KEYPHRASE_DUPLICATE = "keyphrase-duplicate";
    public static final String READABILITY_FLESCH = "readability-flesch";
    public static final String READABILITY_SENTENCE_LENGTH = "readability-sentence-length";
    public static final String READABILITY_PARAGRAPH_LENGTH = "readability-paragraph-length";
    public static final String READABILITY_SUBHEADINGS = "readability-subheadings";
    public static final String READABILITY_SENTENCE_STARTS = "readability-sentence-starts";
    public static final String READABILITY_PASSIVE = "readability-passive";
    public static final String HEADING_H1 = "heading-h1";
    public static final String HEADING_SKIP = "heading-skip";
    public static final String CONTENT_LENGTH = "content-length";
    /** The text checks' ids, in the order the README lists them. */
    public static final List<String> TEXT = List.of(KEYPHRASE_MISSING, KEYPHRASE_TITLE, KEYPHRASE_TITLE_START,
            KEYPHRASE_DESCRIPTION, KEYPHRASE_SLUG, KEYPHRASE_INTRO, KEYPHRASE_SUBHEADING, KEYPHRASE_IMAGE_ALT,
            KEYPHRASE_DENSITY, KEYPHRASE_DUPLICATE, READABILITY_FLESCH, READABILITY_SENTENCE_LENGTH,
            READABILITY_PARAGRAPH_LENGTH, READABILITY_SUBHEADINGS, READABILITY_SENTENCE_STARTS, READABILITY_PASSIVE,
            HEADING_H1, HEADING_SKIP, CONTENT_LENGTH);
    // --- end of the text checks ---

    // Links, social cards and indexing (issue 22, parts 4 and 5)
    public static final String LINK_ANCHOR = "link-anchor";
    public static final String LINK_ORPHAN = "link-orphan";
    public static final String LINK_NO_OUTBOUND = "link-no-outbound";
    public static final String LINK_EXTERNAL_BROKEN = "link-external-broken";
    public static final String LINK_EXTERNAL_REDIRECT = "link-external-redirect";
    public static final String LINK_EXTERNAL_UNREACHABLE = "link-external-unreachable";
    public static final String SOCIAL_TITLE = "social-title";
    public static final String SOCIAL_DESCRIPTION = "social-description";
    public static final String SOCIAL_IMAGE = "social-image";
    public static final String SOCIAL_IMAGE_SIZE = "social-image-size";
    public static final String INDEX_CANONICAL = "index-canonical";
    public static final String INDEX_NOINDEX_LINKED = "index-noindex-linked";
    /** The ids of the block above, in the order shown. */
    public static final List<String> LINKS_AND_SOCIAL = List.of(LINK_ANCHOR, LINK_ORPHAN, LINK_NO_OUTBOUND,
            LINK_EXTERNAL_BROKEN, LINK_EXTERNAL_REDIRECT, LINK_EXTERNAL_UNREACHABLE, SOCIAL_TITLE, SOCIAL_DESCRIPTION,
            SOCIAL_IMAGE, SOCIAL_IMAGE_SIZE, INDEX_CANONICAL, INDEX_NOINDEX_LINKED);

    /** Only in the SEO tab: the open file is not a page of its site, so no check applies. */
    public static final String NOT_A_PAGE = "not-a-page";

    public static final List<String> ALL = concat(List.of(PARSE_ERROR, READ_ERROR, REQUIRED_FIELD, TITLE_EMPTY,
            SEO_TITLE_EMPTY, SEO_TITLE_LENGTH, SEO_TITLE_WIDTH, DESCRIPTION_LENGTH, DESCRIPTION_WIDTH,
            KEYWORDS_MISSING, KEYWORDS_COUNT, KEYWORDS_DUPLICATE, FILE_NAME_SLUG, URL_SLUG, URL_PATTERN,
            RELATED_MISSING, RELATED_URL, RELATED_SELF, RELATED_DUPLICATE, DUPLICATE_ID, DUPLICATE_TITLE,
            DUPLICATE_DESCRIPTION, DUPLICATE_URL, DATE_INVALID, DATE_FUTURE, WHITESPACE, DUPLICATE_SEO_TITLE,
            DRAFT, LINK_DRAFT, ALIAS_TAKEN, LINK_BROKEN, IMAGE_MISSING, IMAGE_ALT, IMAGE_SIZE, NOT_A_PAGE), TEXT,
            LINKS_AND_SOCIAL);

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        List<String> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        out.addAll(c);
        return List.copyOf(out);
    }

    private Checks() {
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> all = new java.util.ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return List.copyOf(all);
    }
}
