package org.masthead.seo;

import java.util.ArrayList;
import java.util.List;
import org.masthead.content.Slugs;

/**
 * {@code file_name} and {@code url} must follow from the title: the file name is its slug, the
 * url ends with it and follows the folder's pattern. Both carry the derived value as a fix.
 * Slugs follow the folder's {@code slugs:} style, so a unicode site's Cyrillic file names match.
 */
final class SlugChecks {
    private final ArticleFields view;
    private final SeoRules rules;
    private final SeoRules.FieldNames f;
    private final List<Finding> out = new ArrayList<>();

    private SlugChecks(ArticleFields view) {
        this.view = view;
        this.rules = view.rules;
        this.f = rules.fields();
    }

    static List<Finding> run(ArticleFields view) {
        SlugChecks checks = new SlugChecks(view);
        checks.run();
        return checks.out;
    }

    private void add(String check, String field, int line, String message, Fix fix) {
        if (rules.enabled(check)) {
            out.add(Finding.of(check, rules.severity(check, Severity.WARNING), field, line, message).withFix(fix));
        }
    }

    private void run() {
        String title = view.stripped(f.title());
        String explicit = f.slug().isEmpty() ? "" : view.stripped(f.slug());
        if (explicit.isEmpty() && !rules.reference()) {
            return; // a generator's page without a slug takes its URL from its path, not its title
        }
        // An explicit slug is the writer's choice of the URL's last segment; only without one does the title decide.
        String slug = explicit.isEmpty() ? Slugs.slug(title, rules.slugs()) : explicit;
        String from = explicit.isEmpty() ? "the title's slug" : f.slug();
        if (slug.isEmpty()) {
            return;
        }
        view.string(f.fileName()).filter(v -> explicit.isEmpty()).map(String::strip).ifPresent(current -> {
            String expected = slug + (current.endsWith(".markdown") ? ".markdown" : ".md");
            if (!current.equals(expected)) {
                add(Checks.FILE_NAME_SLUG, f.fileName(), view.line(f.fileName()),
                        f.fileName() + " '" + current + "' does not match the title; it should be '" + expected + "'.",
                        Fix.set(f.fileName(), expected));
            }
        });
        view.string(f.url()).map(String::strip).ifPresent(current -> {
            String expected = expandPattern(slug);
            String normal = FolderContext.normalUrl(current);
            int line = view.line(f.url());
            // Hugo and most generators lowercase the URLs they write, so a slug's case is not the URL's
            String n = rules.reference() ? normal : normal.toLowerCase(java.util.Locale.ROOT);
            String sl = rules.reference() ? slug : slug.toLowerCase(java.util.Locale.ROOT);
            if (!n.equals(sl) && !n.endsWith("/" + sl)) {
                String fixed = expected != null ? expected : replaceLastSegment(normal, slug);
                add(Checks.URL_SLUG, f.url(), line, f.url() + " does not end with " + from + " '"
                        + slug + "'; it should be '" + fixed + "'.", Fix.set(f.url(), fixed));
            } else if (expected != null && !normal.equals(FolderContext.normalUrl(expected))) {
                add(Checks.URL_PATTERN, f.url(), line, f.url() + " does not follow the folder's pattern "
                        + rules.urlPattern() + "; it should be '" + expected + "'.", Fix.set(f.url(), expected));
            }
        });
    }

    /** The url the pattern gives, or null when there is no pattern or a field it needs is empty. */
    private String expandPattern(String slug) {
        String pattern = rules.urlPattern();
        if (pattern.isBlank()) {
            return null;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 2 * slug.length());
        int at = 0;
        for (int open = pattern.indexOf('{'); open >= 0; open = pattern.indexOf('{', at)) {
            int close = pattern.indexOf('}', open);
            if (close < 0) {
                break;
            }
            String name = pattern.substring(open + 1, close).strip();
            String value = name.equals("slug") ? slug : Slugs.slug(view.stripped(name), rules.slugs());
            if (value.isEmpty()) {
                return null;
            }
            out.append(pattern, at, open).append(value);
            at = close + 1;
        }
        return out.append(pattern, at, pattern.length()).toString();
    }

    private static String replaceLastSegment(String url, String slug) {
        int slash = url.lastIndexOf('/');
        return slash < 0 ? slug : url.substring(0, slash + 1) + slug;
    }
}
