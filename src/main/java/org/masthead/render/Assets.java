package org.masthead.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bundled files a page uses: KaTeX from its webjar, and our stylesheet and typesetting
 * script, each read once. Scripts and styles go into the page as text; KaTeX's fonts are
 * referenced by class-path URL ({@code jar:} or {@code file:}), which a WebView loads with no
 * network, or embedded as data URLs for export.
 */
public final class Assets {
    private static final String OURS = "/org/masthead/render/";
    private static final Pattern FONT_SOURCES = Pattern.compile(
            "url\\(fonts/([A-Za-z0-9_-]+)\\.woff2\\) format\\(\"woff2\"\\)(?:,url\\([^)]*\\) format\\(\"[a-z]+\"\\))*");
    private static final Pattern FONT_URL = Pattern.compile("url\\(fonts/([^)]+)\\)");

    private static final String KATEX = "/META-INF/resources/webjars/katex/" + katexVersion() + "/dist/";

    private Assets() {
    }

    static String previewCss() {
        return Loaded.PREVIEW_CSS;
    }

    /** KaTeX's stylesheet with its font URLs made absolute, so it works when copied into a page. */
    static String katexCssLinked() {
        return Loaded.KATEX_CSS_LINKED;
    }

    /**
     * KaTeX's stylesheet with each font as a WOFF2 data URL (about 400 KB), for pages that must
     * stand alone. Browsers too old for WOFF2 fall back to system fonts.
     */
    static String katexCssEmbedded() {
        return Embedded.KATEX_CSS_EMBEDDED;
    }

    /**
     * KaTeX then our typesetting script, each ready to sit between {@code <script>} tags. They
     * are inlined rather than linked: WebView's security policy check never matches {@code jar:}
     * script URLs, and a page loaded from a string may not read {@code file:} scripts at all.
     */
    static List<String> scripts() {
        return Loaded.SCRIPTS;
    }

    /** KaTeX's script, for a caller that injects it into a page itself (the preview shell does). */
    public static String katexScript() {
        return Loaded.SCRIPTS.get(0);
    }

    /** Our script that typesets every {@code .math} element; defines {@code window.mastheadTypeset(root)}. */
    public static String typesetScript() {
        return Loaded.SCRIPTS.get(1);
    }

    /** CSP sources ({@code 'sha256-...'}) that allow exactly {@link #scripts()} and nothing else. */
    static String scriptHashes() {
        return Loaded.SCRIPT_HASHES;
    }

    private static final class Loaded {
        static final String PREVIEW_CSS = text(OURS + "preview.css");
        static final List<String> SCRIPTS = List.of(
                inScript(text(KATEX + "katex.min.js")), inScript(text(OURS + "typeset-math.js")));
        static final String SCRIPT_HASHES = hashes(SCRIPTS);
        static final String KATEX_CSS_LINKED = replace(FONT_URL, text(KATEX + "katex.min.css"),
                m -> "url(" + url(KATEX + "fonts/" + m.group(1)) + ")");
    }

    // Separate holder: the embedded forms are large and only export needs them.
    private static final class Embedded {
        static final String KATEX_CSS_EMBEDDED = replace(FONT_SOURCES, text(KATEX + "katex.min.css"),
                m -> "url(data:font/woff2;base64,"
                        + Base64.getEncoder().encodeToString(bytes(KATEX + "fonts/" + m.group(1) + ".woff2"))
                        + ") format(\"woff2\")");
    }

    /** A script's text made safe to sit between script tags. */
    private static String inScript(String js) {
        return js.replaceAll("(?i)</(script)", "<\\\\/$1");
    }

    private static String hashes(List<String> scripts) {
        StringBuilder out = new StringBuilder();
        try {
            for (String script : scripts) {
                byte[] digest = MessageDigest.getInstance("SHA-256")
                        .digest(script.getBytes(StandardCharsets.UTF_8));
                out.append(out.length() == 0 ? "" : " ")
                        .append("'sha256-").append(Base64.getEncoder().encodeToString(digest)).append('\'');
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        return out.toString();
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String url(String path) {
        return resource(path).toExternalForm();
    }

    private static URL resource(String path) {
        return Objects.requireNonNull(Assets.class.getResource(path), "Resource not found: " + path);
    }

    private static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String path) {
        try (InputStream in = resource(path).openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled resource " + path, e);
        }
    }

    /** The webjar's own version, so upgrading KaTeX in the pom needs no code change. */
    private static String katexVersion() {
        Properties props = new Properties();
        try (InputStream in = Assets.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/katex/pom.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException ignored) {
            // fall back to the version this code was written against
        }
        return props.getProperty("version", "0.16.44").strip();
    }
}
