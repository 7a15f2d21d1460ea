package org.masthead.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which article of the content folder a link in an article points to, if any: the preview opens
 * such links in Masthead and hands every other one to the system browser. A link only counts
 * when it names an existing article file inside the folder, also after following symbolic links,
 * so a crafted link can never make Masthead open (and later save) a file outside it.
 */
public final class ArticleLinks {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private ArticleLinks() {
    }

    /**
     * The article {@code href} points to, resolved against the folder of {@code from} (or against
     * {@code root} when it starts with {@code /}). Empty for web links, other schemes, and
     * anything that is not an existing, visible article file inside {@code root}.
     */
    public static Optional<Path> resolve(Path root, Path from, String href) {
        if (href == null || href.isBlank() || href.startsWith("//") || SCHEME.matcher(href).find()) {
            return Optional.empty();
        }
        String path = href.replaceFirst("[?#].*", "");
        Optional<String> decoded = percentDecoded(path);
        if (decoded.isEmpty() || decoded.get().isEmpty()) {
            return Optional.empty();
        }
        Path base = root.toAbsolutePath().normalize();
        Path target;
        try {
            target = decoded.get().startsWith("/")
                    ? base.resolve(decoded.get().substring(1)).normalize()
                    : from.toAbsolutePath().normalize().resolveSibling(decoded.get()).normalize();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (!target.startsWith(base) || target.equals(base) || !Files.isRegularFile(target)) {
            return Optional.empty();
        }
        for (Path part : base.relativize(target)) {
            if (part.toString().startsWith(".")) {
                return Optional.empty();
            }
        }
        if (!FolderScan.isArticleName(target.getFileName().toString())) {
            return Optional.empty();
        }
        try {
            return target.toRealPath().startsWith(base.toRealPath()) ? Optional.of(target) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** {@code %XX} escapes as UTF-8; empty when they are malformed. {@code +} stays a plus: this is a path, not a form. */
    static Optional<String> percentDecoded(String text) {
        if (text.indexOf('%') < 0) {
            return Optional.of(text);
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(utf8.length);
        for (int i = 0; i < utf8.length; i++) {
            if (utf8[i] != '%') {
                bytes.write(utf8[i]);
                continue;
            }
            if (i + 2 >= utf8.length) {
                return Optional.empty();
            }
            int high = Character.digit(utf8[i + 1], 16);
            int low = Character.digit(utf8[i + 2], 16);
            if (high < 0 || low < 0) {
                return Optional.empty();
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
