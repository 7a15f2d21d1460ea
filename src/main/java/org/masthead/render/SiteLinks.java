package org.masthead.render;

/**
 * How a site turns the links and images an article writes into addresses: the preview shows them
 * where the site will put them. The default keeps every address as written, which is how a plain
 * folder of Markdown files, and the reference site, link.
 *
 * <pre>{@code
 * SiteLinks links = new SitePaths(URI.create("https://example.org/"), "/posts/hello/", contentRoot, file,
 *         List.of(siteRoot.resolve("static")));
 * String html = new ArticlePage(options).renderContent(view, links);
 * }</pre>
 */
public interface SiteLinks {
    /** Keeps every address as written; links given by a template tag keep their argument. */
    SiteLinks AS_WRITTEN = new SiteLinks() {
    };

    /** The address of a link written as {@code destination} (neither empty nor only a {@code #fragment}). */
    default String link(String destination) {
        return destination;
    }

    /** The address of an image written as {@code destination}. */
    default String image(String destination) {
        return destination;
    }

    /**
     * The address of a link that a template tag computes: Hugo's {@code ref} and {@code relref},
     * Jekyll's {@code link} and {@code post_url}, a path after {@code {{ site.baseurl }}}
     * ({@code tag} is then {@code "baseurl"}). Null when it cannot be known, and the link is then
     * shown without an address.
     *
     * @param argument the tag's argument with its quotes removed, e.g. {@code docs/install.md}
     */
    default String tagLink(String tag, String argument) {
        return switch (tag) {
            case "ref", "relref" -> argument;
            case "link", "baseurl" -> argument.startsWith("/") ? argument : "/" + argument;
            default -> null;
        };
    }
}
