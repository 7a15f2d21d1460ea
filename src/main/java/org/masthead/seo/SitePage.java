package org.masthead.seo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.masthead.content.site.Generator;
import org.masthead.content.site.PageUrls;
import org.masthead.content.site.Placement;
import org.masthead.content.site.Site;
import org.masthead.document.Field;
import org.masthead.document.ListField;

/**
 * An article as a page of its site: whether the site renders it, whether it is a draft, its real
 * URL, its aliases and the links of its body, resolved to lookup keys in the folder
 * ({@code p:} a page by path, {@code u:} by URL, {@code b:} a Jekyll post by name).
 */
record SitePage(Placement placement, String url, String urlField, List<String> aliases, String aliasesField,
                List<ArticleFacts.Link> links, List<String> anchors) {

    static final SitePage PLAIN = new SitePage(Placement.PAGE, "", "", List.of(), "", List.of(), List.of());

    boolean judged() {
        return placement.isPage();
    }

    static SitePage of(ArticleFields view) {
        SeoRules rules = view.rules;
        SeoRules.FieldNames f = rules.fields();
        Site site = rules.site();
        String explicit = f.url().isEmpty() ? "" : view.stripped(f.url());
        if (site == null) {
            return new SitePage(Placement.PAGE, explicit, f.url(), List.of(), "", List.of(), List.of());
        }
        Placement placement = site.placement(view.path);
        if (placement == Placement.PAGE || placement == Placement.LIST) {
            if (truthy(view, "headless") || never(view, "build.render") || never(view, "_build.render")) {
                placement = Placement.UNRENDERED;
            } else if (!f.draft().isEmpty() && truthy(view, f.draft())
                    || !f.published().isEmpty() && view.string(f.published()).map(v -> isFalse(v)).orElse(false)) {
                placement = Placement.DRAFT;
            }
        }
        if (rules.reference()) {
            return new SitePage(placement, explicit, f.url(), List.of(), "", List.of(), List.of());
        }
        String slug = f.slug().isEmpty() ? "" : view.stripped(f.slug());
        String categories = site.generator() == Generator.JEKYLL ? joined(view, "categories") : "";
        String url = PageUrls.path(site, view.path, new PageUrls.Page(explicit, slug,
                f.date().isEmpty() ? "" : view.stripped(f.date()), view.stripped(f.title()), categories));
        String urlField = !explicit.isEmpty() ? f.url() : !slug.isEmpty() ? f.slug() : "";
        List<String> aliases = new ArrayList<>();
        if (!f.aliases().isEmpty()) {
            for (String alias : strings(view, f.aliases())) {
                aliases.add(resolve(url, alias));
            }
        }
        List<ArticleFacts.Link> links = new ArrayList<>();
        for (BodyLinks.Raw raw : BodyLinks.of(view.body, view.bodyLine)) {
            String fragment = fragment(raw.target());
            List<String> keys = raw.target().strip().startsWith("#") ? List.of("p:" + pageKey(view.path))
                    : keys(site, view.path, url, raw);
            if (!keys.isEmpty()) {
                links.add(new ArticleFacts.Link(keys, raw.target(), raw.line(), fragment));
            }
        }
        List<String> anchors = HeadingIds.of(view.body, HeadingIds.ruleOf(site.generator()));
        return new SitePage(placement, url, urlField, aliases, f.aliases(), links, anchors);
    }

    private static List<String> keys(Site site, String path, String pageUrl, BodyLinks.Raw raw) {
        String target = raw.target().strip();
        int cut = indexOfAny(target, "#?");
        target = cut < 0 ? target : target.substring(0, cut);
        if (target.isEmpty() || target.contains("://") || target.startsWith("//") || target.matches("^[a-zA-Z]+:.*")) {
            return List.of();
        }
        String dir = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
        switch (raw.kind()) {
            case REF -> {
                String content = site.contentPath(path);
                String contentDir = content == null || !content.contains("/") ? ""
                        : content.substring(0, content.lastIndexOf('/') + 1);
                List<String> keys = new ArrayList<>();
                if (target.startsWith("/")) {
                    keys.add("p:" + pageKey(site.fromContent(target.substring(1))));
                } else {
                    keys.add("p:" + pageKey(site.fromContent(normalize(contentDir + target))));
                    keys.add("p:" + pageKey(site.fromContent(target)));
                }
                return keys;
            }
            case JEKYLL_LINK -> {
                return List.of("p:" + pageKey(site.fromRoot(target.startsWith("/") ? target.substring(1) : target)));
            }
            case POST_URL -> {
                return List.of("b:" + target.substring(target.lastIndexOf('/') + 1));
            }
            default -> {
                String lower = target.toLowerCase(Locale.ROOT);
                if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
                    String rel = target.startsWith("/") ? site.fromContent(target.substring(1)) : normalize(dir + target);
                    return rel.startsWith("../") ? List.of() : List.of("p:" + pageKey(rel));
                }
                String last = lower.substring(lower.lastIndexOf('/') + 1);
                if (last.contains(".") && !last.endsWith(".html")) {
                    return List.of(); // an image, a file: not a page
                }
                if (pageUrl.isEmpty() && !target.startsWith("/")) {
                    return List.of();
                }
                String url = "u:" + FolderContext.normalUrl(resolve(pageUrl, target));
                if (site.generator() != Generator.HUGO || target.startsWith("/")) {
                    return List.of(url);
                }
                if (!target.contains("/")) {
                    return List.of(); // a bare word: the site's own link render hook decides what it means
                }
                // Hugo's link hook looks a relative path up as a page, from the page's folder and then the content root
                String content = site.contentPath(path);
                String contentDir = content == null || !content.contains("/") ? ""
                        : content.substring(0, content.lastIndexOf('/') + 1);
                return List.of(url, "p:" + pageKey(site.fromContent(normalize(contentDir + target))),
                        "p:" + pageKey(site.fromContent(normalize(target))));
            }
        }
    }

    /** The link's {@code #fragment}, percent-decoded; "" when it has none or it cannot be decoded. */
    static String fragment(String target) {
        int hash = target.indexOf('#');
        if (hash < 0) {
            return "";
        }
        String f = target.substring(hash + 1).strip();
        try {
            return java.net.URLDecoder.decode(f.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return f;
        }
    }

    /** A URL relative to the page's own, as a browser would resolve it; absolute paths as they are. */
    static String resolve(String pageUrl, String target) {
        String t = target.strip();
        if (t.startsWith("/") || t.contains("://")) {
            return t;
        }
        String base = pageUrl.endsWith("/") ? pageUrl : pageUrl.substring(0, pageUrl.lastIndexOf('/') + 1);
        return normalize(base + t);
    }

    /** Folds {@code .} and {@code ..} segments. */
    static String normalize(String path) {
        boolean absolute = path.startsWith("/");
        boolean slash = path.endsWith("/");
        List<String> parts = new ArrayList<>();
        for (String s : path.split("/")) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                if (parts.isEmpty() || parts.get(parts.size() - 1).equals("..")) {
                    parts.add("..");
                } else {
                    parts.remove(parts.size() - 1);
                }
            } else {
                parts.add(s);
            }
        }
        String joined = String.join("/", parts);
        return (absolute ? "/" : "") + joined + (slash && !joined.isEmpty() ? "/" : "");
    }

    /** A folder-relative path without its extension and without a trailing {@code index} or {@code _index}. */
    static String pageKey(String path) {
        boolean lineBreak = false;
        for (int i = 0; i < path.length() && !lineBreak; i++) {
            lineBreak = "\n\r\u0085\u2028\u2029".indexOf(path.charAt(i)) >= 0;
        }
        // the patterns' $ also matches before a final line break; without one, plain comparisons say the same
        String p = lineBreak ? path.replaceFirst("(?i)\\.(md|markdown)$", "") : withoutExtension(path);
        if (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.equals("index") || p.equals("_index")) {
            return "";
        }
        if (lineBreak) {
            p = p.replaceFirst("/_?index$", "");
        } else if (p.endsWith("/index") || p.endsWith("/_index")) {
            p = p.substring(0, p.lastIndexOf('/'));
        }
        // Hugo finds pages by path in any letter case
        return p.toLowerCase(Locale.ROOT);
    }

    /** {@code path} less a final {@code .md} or {@code .markdown}, in any ASCII letter case. */
    private static String withoutExtension(String path) {
        for (String ext : new String[] {".md", ".markdown"}) {
            int from = path.length() - ext.length();
            boolean same = from >= 0;
            for (int i = 0; same && i < ext.length(); i++) {
                char c = path.charAt(from + i);
                same = (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) == ext.charAt(i);
            }
            if (same) {
                return path.substring(0, from);
            }
        }
        return path;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean truthy(ArticleFields view, String field) {
        return view.string(field).map(v -> v.strip().equalsIgnoreCase("true")).orElse(false);
    }

    private static boolean never(ArticleFields view, String field) {
        return view.string(field).map(v -> v.strip().equalsIgnoreCase("never") || isFalse(v)).orElse(false);
    }

    private static boolean isFalse(String value) {
        return value.strip().equalsIgnoreCase("false");
    }

    private static String joined(ArticleFields view, String field) {
        return String.join("/", strings(view, field).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
    }

    private static List<String> strings(ArticleFields view, String field) {
        Optional<Field> at = view.field(field);
        List<String> out = new ArrayList<>();
        if (at.isPresent() && at.get() instanceof ListField list) {
            for (Field item : list.items()) {
                ArticleFields.text(item).map(String::strip).filter(s -> !s.isEmpty()).ifPresent(out::add);
            }
        } else {
            at.flatMap(ArticleFields::text).map(String::strip).filter(s -> !s.isEmpty())
                    .ifPresent(s -> out.addAll(List.of(s.split("\\s+"))));
        }
        return out;
    }
}
