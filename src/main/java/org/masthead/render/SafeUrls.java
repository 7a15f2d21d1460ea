package org.masthead.render;

import java.util.List;
import java.util.Locale;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Which URLs survive in the preview. Links: web and mail only (no {@code javascript:}, and no
 * {@code data:} either, which could carry a page of its own). Images may also be local files or
 * inline {@code data:image/...}; remote images are handled separately by {@link SafeImageRenderer}.
 */
final class SafeUrls implements UrlSanitizer {
    private static final UrlSanitizer LINKS = new DefaultUrlSanitizer(List.of("http", "https", "mailto"));
    private static final UrlSanitizer IMAGES = new DefaultUrlSanitizer(List.of("http", "https", "file"));

    @Override
    public String sanitizeLinkUrl(String url) {
        return LINKS.sanitizeLinkUrl(url);
    }

    @Override
    public String sanitizeImageUrl(String url) {
        if (url.strip().toLowerCase(Locale.ROOT).startsWith("data:image/")) {
            return url;
        }
        return IMAGES.sanitizeLinkUrl(url);
    }

    /** True when loading {@code url} would reach the network. */
    static boolean isRemote(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("http:") || u.startsWith("https:") || u.startsWith("//");
    }
}
