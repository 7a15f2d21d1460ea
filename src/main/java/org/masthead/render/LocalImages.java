package org.masthead.render;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Turns an article's local images into data URLs, so an exported page carries them. Only files
 * with an image extension are read (an article cannot pull in other files this way), and only
 * up to {@link #MAX_BYTES}; anything else keeps its address.
 */
final class LocalImages implements UnaryOperator<String> {
    static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final Map<String, String> TYPES = Map.of(
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif",
            "svg", "image/svg+xml", "webp", "image/webp", "avif", "image/avif", "ico", "image/x-icon");

    private final URI base;

    LocalImages(URI base) {
        this.base = base;
    }

    @Override
    public String apply(String url) {
        try {
            URI resolved = base.resolve(reference(url.strip()));
            if (!"file".equalsIgnoreCase(resolved.getScheme())) {
                return url;
            }
            Path file = Path.of(resolved);
            String type = TYPES.get(extension(file));
            if (type == null || !Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return url;
            }
            return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(file));
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException | IOException e) {
            // not a local file we can read: the page keeps the address as written
            return url;
        }
    }

    /** A URL as written, or a plain path with spaces and such ("my image.png") taken literally. */
    private static URI reference(String url) throws URISyntaxException {
        try {
            return new URI(url);
        } catch (URISyntaxException notAUrl) {
            return new URI(null, null, url, null);
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
