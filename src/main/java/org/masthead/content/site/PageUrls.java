package org.masthead.content.site;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.content.Dates;
import org.masthead.content.Slugs;

/**
 * A page's URL path as its generator would publish it: the explicit {@code url}/{@code permalink}
 * when the page has one, else the section's permalink pattern, else the path of the file (with
 * {@code slug} in place of the file name where the generator allows it).
 *
 * <pre>String path = PageUrls.path(site, "posts/hello.md", new PageUrls.Page("", "", "2024-05-01", "Hello"));
 * String full = site.absoluteUrl(path);</pre>
 */
public final class PageUrls {
    private static final Pattern JEKYLL_POST = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})-(.+)");
    private static final Pattern TOKEN = Pattern.compile(":([a-z_]+)|\\[([a-z_]+)\\]|\\{([a-z_]+)\\}");

    private PageUrls() {
    }

    /**
     * What a page says about its own URL; absent values are "".
     *
     * @param url        an explicit URL ({@code url} in Hugo, {@code permalink} in Jekyll and Eleventy)
     * @param slug       an explicit slug
     * @param date       its date as written
     * @param title      its title
     * @param categories its categories joined by {@code /} (Jekyll's {@code :categories})
     */
    public record Page(String url, String slug, String date, String title, String categories) {
        public Page(String url, String slug, String date, String title) {
            this(url, slug, date, title, "");
        }
    }

    /** The URL path, starting with {@code /}; "" when the site's rules give none (a plain folder without a url). */
    public static String path(Site site, String path, Page page) {
        if (!page.url().isBlank()) {
            String u = page.url().strip();
            return u.startsWith("/") || u.contains("://") ? u : "/" + u;
        }
        String content = site.contentPath(path);
        if (content == null || site.generator() == Generator.NONE) {
            return "";
        }
        int slash = content.lastIndexOf('/');
        String dir = slash < 0 ? "" : content.substring(0, slash);
        String file = content.substring(slash + 1);
        String name = file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file;
        boolean index = name.equals("index") || name.equals("_index") || name.equalsIgnoreCase("readme");
        String section = dir.contains("/") ? dir.substring(0, dir.indexOf('/')) : dir;
        return switch (site.generator()) {
            case HUGO -> lower(hugo(site, dir, name, index, section, page));
            case JEKYLL -> jekyll(site, dir, name, index, section, page);
            case ASTRO -> "/" + join(section, slugOr(page, content.substring(section.isEmpty() ? 0 : section.length() + 1)
                    .replaceFirst("\\.[^./]+$", "").replaceFirst("(^|/)index$", ""))) + "/";
            case DOCUSAURUS -> docusaurus(dir, name, index, section, page);
            case MKDOCS -> site.permalinks().getOrDefault("", ":path/").endsWith(".html") && !index
                    ? "/" + join(dir, name) + ".html" : "/" + join(dir, index ? "" : name) + "/";
            case CLOUDCANNON -> cloudCannon(site, dir, name, index, page);
            default -> "/" + join(dir, index ? "" : slugOr(page, name)) + "/";
        };
    }

    private static String hugo(Site site, String dir, String name, boolean index, String section, Page page) {
        String pattern = index ? null : site.permalinks().get(section);
        if (pattern == null && !index) {
            pattern = site.permalinks().get(dir);
        }
        if (pattern != null) {
            String base = name;
            if (name.equals("index")) {
                base = dir.substring(dir.lastIndexOf('/') + 1);
            }
            return expand(pattern, page, Map.of("filename", base, "contentbasename", base, "section", section,
                    "sections", dir, "slugorfilename", page.slug().isBlank() ? base : page.slug(),
                    "slugorcontentbasename", page.slug().isBlank() ? base : page.slug()));
        }
        if (index) {
            return "/" + join(dir, "") + (dir.isEmpty() ? "" : "/");
        }
        return "/" + join(dir, slugOr(page, name)) + "/";
    }

    private static String jekyll(Site site, String dir, String name, boolean index, String section, Page page) {
        Matcher post = JEKYLL_POST.matcher(name);
        if (section.startsWith("_") && post.matches()) {
            String pattern = site.permalinks().getOrDefault(section, site.permalinks().getOrDefault("", ""));
            String date = page.date().isBlank() ? post.group(1) + "-" + post.group(2) + "-" + post.group(3) : page.date();
            Page dated = new Page("", page.slug(), date, page.title(), page.categories());
            String title = page.slug().isBlank() ? post.group(4) : page.slug();
            String out = expand(pattern, dated, Map.of("title", title, "slug", title, "output_ext", ".html",
                    "categories", page.categories(), "collection", section.substring(1)));
            return out.replaceAll("/{2,}", "/");
        }
        String pretty = site.permalinks().getOrDefault("", "");
        if (index) {
            return "/" + join(dir, "") + (dir.isEmpty() ? "" : "/");
        }
        return pretty.endsWith("/") ? "/" + join(dir, name) + "/" : "/" + join(dir, name) + ".html";
    }

    private static String docusaurus(String dir, String name, boolean index, String section, Page page) {
        String rest = dir.length() > section.length() ? dir.substring(section.length() + 1) : "";
        if (!page.slug().isBlank()) {
            String s = page.slug().strip();
            return s.startsWith("/") ? "/" + section + s : "/" + join(section, join(rest, s));
        }
        if (section.equals("blog")) {
            Matcher post = Pattern.compile("\\d{4}-\\d{2}-\\d{2}-(.+)").matcher(index ? rest : name);
            return "/blog/" + (post.matches() ? post.group(1) : index ? rest : name);
        }
        return "/" + join(section, join(rest, index ? "" : name)).replaceAll("/$", "");
    }

    private static String cloudCannon(Site site, String dir, String name, boolean index, Page page) {
        for (Map.Entry<String, String> e : site.permalinks().entrySet()) {
            if (dir.equals(e.getKey()) || dir.startsWith(e.getKey() + "/")) {
                return expand(e.getValue(), page, Map.of("filename", name, "slug", slugOr(page, name)));
            }
        }
        return "/" + join(dir, index ? "" : slugOr(page, name)) + "/";
    }

    /** Replaces {@code :token}, {@code [token]} and {@code {token}} in a permalink pattern. */
    static String expand(String pattern, Page page, Map<String, String> extra) {
        Dates.When when = page.date().isBlank() ? null : Dates.parse(page.date()).orElse(null);
        Matcher m = TOKEN.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String token = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            String value = extra.get(token);
            if (value == null) {
                value = switch (token) {
                    case "year" -> when == null ? "" : String.format("%04d", when.day().getYear());
                    case "month" -> when == null ? "" : String.format("%02d", when.day().getMonthValue());
                    case "day" -> when == null ? "" : String.format("%02d", when.day().getDayOfMonth());
                    case "slug" -> slugOr(page, Slugs.slug(page.title()));
                    case "title" -> Slugs.slug(page.title());
                    default -> m.group();
                };
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        String s = out.toString();
        return s.startsWith("/") ? s : "/" + s;
    }

    private static String slugOr(Page page, String fallback) {
        return page.slug().isBlank() ? fallback : page.slug().strip();
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "/" + b;
    }

    /** Hugo lowercases the paths it derives from file names (unless disablePathToLower is set). */
    private static String lower(String path) {
        return path.toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
