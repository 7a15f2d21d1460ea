package org.masthead.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.masthead.content.site.Site;
import org.masthead.document.Document;
import org.masthead.render.ArticlePage;
import org.masthead.render.ArticleView;
import org.masthead.render.ArticleViews;
import org.masthead.render.PageOptions;
import org.masthead.render.SiteLinks;
import org.masthead.render.SitePaths;
import org.masthead.seo.SeoChecker;
import org.masthead.seo.SeoRules;

/**
 * The preview's pages from the shared renderer. The page shell is written to a temporary file and
 * loaded from there, because WebView lets only a page with a {@code file:} address show the
 * article's local images; the article itself is then put into the shell without a reload.
 */
public final class Pages {
    /** What the preview shows: the shell's address and the article to put inside it, split at its blocks. */
    public record Preview(String shellUrl, PreviewBlocks blocks) {
        /** The article as one piece of HTML; joining it costs a copy of the whole, so the window does it only when it must. */
        public String content() {
            return blocks.content();
        }
    }

    // one renderer and one shell file for each theme, image setting and folder seen so far
    private final Map<String, ArticlePage> pages = new ConcurrentHashMap<>();
    private final Map<String, String> shells = new ConcurrentHashMap<>();

    /** Renders off the FX thread: the first call for a folder and theme writes the shell file. */
    public Preview article(Document doc, Path file, boolean dark, boolean remoteImages) {
        return article(doc, doc.markdown(), file, dark, remoteImages);
    }

    /**
     * The preview of {@code doc}'s fields with the editor's {@code markdown}, which {@code doc} may
     * not hold yet: encoding it first would re-parse the front matter, which for a 1 MB
     * {@code answer} takes several times as long as the render.
     */
    public Preview article(Document doc, String markdown, Path file, boolean dark, boolean remoteImages) {
        return article(doc, markdown, file, dark, remoteImages, SiteLinks.AS_WRITTEN);
    }

    /** {@link #article(Document, String, Path, boolean, boolean)} with links and images resolved by {@code links}. */
    public Preview article(Document doc, String markdown, Path file, boolean dark, boolean remoteImages,
                           SiteLinks links) {
        Path folder = file.toAbsolutePath().getParent();
        String base = folder == null ? null : folder.toUri().toString();
        String key = dark + "|" + remoteImages + "|" + base;
        ArticlePage page = pages.computeIfAbsent(key, k -> new ArticlePage(PageOptions.preview()
                .withDarkTheme(dark).withBaseUri(base).withRemoteImages(remoteImages).withPageScripts(false)
                .withBlockMarks(true)));
        String shell = shells.computeIfAbsent(key, k -> writeShell(page.render(ArticleView.ofMarkdown(""))));
        return new Preview(shell, PreviewBlocks.of(page.renderBlocks(ArticleViews.of(doc, markdown), links)));
    }

    /**
     * How {@code doc}'s links resolve on the site {@code rules} were loaded for: read against the
     * page's URL, the same one the search snippet shows ({@link SeoChecker#pageUrl}). A folder of no
     * recognised site, the reference site and a page whose URL is unknown keep every address as
     * written. Reads no config (the site is the one in {@code rules}); lookups of links read the disk.
     *
     * @param path the file as the folder names it, as the checks are given it
     */
    public static SiteLinks siteLinks(SeoRules rules, String path, Path file, Document doc) {
        Site site = rules.site();
        if (site == null || !site.detected() || rules.reference()) {
            return SiteLinks.AS_WRITTEN;
        }
        String url = SeoChecker.pageUrl(path, doc, rules);
        String onSite;
        try {
            onSite = url.contains("://") ? URI.create(url).getPath() : url;
        } catch (IllegalArgumentException e) {
            return SiteLinks.AS_WRITTEN;
        }
        if (onSite == null || !onSite.startsWith("/")) {
            return SiteLinks.AS_WRITTEN;
        }
        URI base;
        try {
            base = site.baseUrl().isEmpty() ? null : URI.create(site.baseUrl());
        } catch (IllegalArgumentException e) {
            base = null;
        }
        return new SitePaths(base, onSite, site.contentDir(), file, staticFolders(site));
    }

    /** Where the generator serves a root path such as {@code /images/a.png} from; only folders that exist. */
    static List<Path> staticFolders(Site site) {
        Path root = site.root();
        List<Path> candidates = switch (site.generator()) {
            case HUGO, DOCUSAURUS -> List.of(root.resolve("static"));
            case ASTRO -> List.of(root.resolve("public"));
            case MKDOCS -> List.of(site.contentDir());
            case ELEVENTY -> List.of(site.contentDir(), root);
            // Jekyll and CloudCannon copy every file that is not a page to the site as it lies
            default -> List.of(root);
        };
        return candidates.stream().filter(Files::isDirectory).distinct().toList();
    }

    private static String writeShell(String html) {
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "masthead-preview-" + ProcessHandle.current().pid()));
            dir.toFile().deleteOnExit();
            Path shell = Files.createTempFile(dir, "shell-", ".html");
            shell.toFile().deleteOnExit();
            Files.writeString(shell, html, StandardCharsets.UTF_8);
            return shell.toUri().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the preview page: " + e.getMessage(), e);
        }
    }
}
