package org.masthead.seo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The field mapping by role, as {@code .masthead.yml}'s {@code seo.fields} names the roles, and
 * which checks read each role: what the Site settings dialog and {@code masthead site} show.
 */
public final class SiteFields {
    /** The roles, in the order shown, as the keys of {@code seo.fields}. */
    public static final List<String> ROLES = List.of("title", "seo_title", "description", "keywords", "slug", "url",
            "date", "draft", "published", "publish_date", "expiry_date", "canonical", "image", "aliases", "file_name",
            "id", "subject", "related_prefix", "keyphrase");

    private SiteFields() {
    }

    /** Each role's field ("" when the site has none), in {@link #ROLES} order. */
    public static Map<String, String> byRole(SeoRules.FieldNames f) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> names = List.of(f.title(), f.seoTitle(), f.description(), f.keywords(), f.slug(), f.url(),
                f.date(), f.draft(), f.published(), f.publishDate(), f.expiryDate(), f.canonical(), f.image(),
                f.aliases(), f.fileName(), f.id(), f.subject(), f.relatedPrefix(), f.keyphrase());
        for (int i = 0; i < ROLES.size(); i++) {
            out.put(ROLES.get(i), names.get(i));
        }
        return out;
    }

    /** The checks that read a role, by id. */
    public static List<String> checksOf(String role) {
        return switch (role) {
            case "title" -> List.of(Checks.REQUIRED_FIELD, Checks.TITLE_EMPTY, Checks.DUPLICATE_TITLE, Checks.URL_SLUG,
                    Checks.SOCIAL_TITLE);
            case "seo_title" -> List.of(Checks.SEO_TITLE_EMPTY, Checks.SEO_TITLE_LENGTH, Checks.SEO_TITLE_WIDTH,
                    Checks.DUPLICATE_SEO_TITLE);
            case "description" -> List.of(Checks.DESCRIPTION_LENGTH, Checks.DESCRIPTION_WIDTH,
                    Checks.DUPLICATE_DESCRIPTION, Checks.SOCIAL_DESCRIPTION);
            case "keywords" -> List.of(Checks.KEYWORDS_MISSING, Checks.KEYWORDS_COUNT, Checks.KEYWORDS_DUPLICATE);
            case "slug" -> List.of(Checks.URL_SLUG);
            case "url" -> List.of(Checks.URL_SLUG, Checks.URL_PATTERN, Checks.DUPLICATE_URL, Checks.LINK_BROKEN);
            case "date" -> List.of(Checks.DATE_INVALID, Checks.DATE_FUTURE);
            case "draft", "published", "publish_date", "expiry_date" -> List.of(Checks.DRAFT, Checks.LINK_DRAFT);
            case "aliases" -> List.of(Checks.ALIAS_TAKEN);
            case "canonical" -> List.of(Checks.INDEX_CANONICAL);
            case "image" -> List.of(Checks.IMAGE_MISSING, Checks.IMAGE_SIZE, Checks.SOCIAL_IMAGE, Checks.SOCIAL_IMAGE_SIZE);
            case "file_name" -> List.of(Checks.FILE_NAME_SLUG);
            case "id" -> List.of(Checks.DUPLICATE_ID, Checks.RELATED_MISSING);
            case "subject" -> List.of(Checks.URL_PATTERN);
            case "related_prefix" -> List.of(Checks.RELATED_MISSING, Checks.RELATED_URL, Checks.RELATED_SELF,
                    Checks.RELATED_DUPLICATE);
            case "keyphrase" -> Checks.TEXT.stream().filter(id -> id.startsWith("keyphrase-")).toList();
            default -> List.of();
        };
    }

    /** Which fields each check reads, for the rules in force: check id to field names. */
    public static Map<String, List<String>> fieldsByCheck(SeoRules.FieldNames f) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        byRole(f).forEach((role, field) -> {
            if (!field.isEmpty()) {
                for (String check : checksOf(role)) {
                    out.computeIfAbsent(check, c -> new java.util.ArrayList<>()).add(field);
                }
            }
        });
        return out;
    }
}
