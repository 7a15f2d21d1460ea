package org.masthead.seo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.content.MediaFiles;
import org.masthead.document.Document;
import org.masthead.document.Field;
import org.masthead.document.ListField;

/**
 * The images of one article: those its Markdown shows ({@code ![alt](path)} and HTML
 * {@code <img>}, not in code) and those its front-matter image fields name. A local one must
 * exist, resolved as the preview resolves it ({@link MediaFiles#resolve}); a body image needs
 * alt text; a local file may be no larger than {@link SeoRules#imageMaxKb()}. Web addresses are
 * not fetched, so only their alt text is judged. Reads the file system: run it off the FX thread.
 */
public final class ImageChecks {
    /** The fields sites use for an article's picture, besides the one the profile maps. */
    static final List<String> IMAGE_FIELDS = List.of("image", "images", "cover", "og_image");

    private static final Pattern MARKDOWN = Pattern.compile(
            "!\\[((?:[^\\]\\\\]|\\\\.)*)\\]\\(\\s*(<[^>]*>|[^)\\s]+)(?:\\s+[\"'(][^)]*)?\\s*\\)");
    private static final Pattern HTML = Pattern.compile("<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?!`).*?(?<!`)\\1(?!`)");

    /** Where a folder's articles and images are: its root and how its site links images. */
    public record Folder(Path root, MediaFiles media) {
        /**
         * The images of {@code root}'s articles; empty when the folder's media settings cannot be
         * read (that mistake is reported where an image is added, and must not stop the checks).
         */
        public static Optional<Folder> of(Path root) {
            Path abs = root.toAbsolutePath().normalize();
            try {
                return Optional.of(new Folder(abs, MediaFiles.forFolder(abs)));
            } catch (IOException | org.masthead.document.DocumentException e) {
                return Optional.empty();
            }
        }
    }

    /** An article's Markdown and the line of the file it starts on. */
    record Markdown(String text, int line) {
        static final Markdown NONE = new Markdown("", 1);

        static Markdown of(Document doc) {
            if (doc.bodyField().isFrontMatterField()) {
                return new Markdown(doc.markdown(), doc.get(doc.bodyField().path()).map(Field::line).orElse(1));
            }
            String text = doc.text();
            String body = doc.body();
            return new Markdown(body, ArticleFields.lineAt(text, text.length() - body.length()));
        }
    }

    private final ArticleFields view;
    private final SeoRules rules;
    private final Folder folder;
    private final Path article;
    private final List<Finding> out = new ArrayList<>();
    private final Map<Path, ImageStamp> measured = new LinkedHashMap<>();

    /**
     * A local image's size and modification time when it was measured. An article's image
     * findings hold only while every image it names keeps its stamp: a replaced picture changes
     * the verdict although the article did not change.
     */
    record ImageStamp(long size, long modified) {
        static ImageStamp of(Path file) {
            try {
                BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
                return new ImageStamp(attrs.size(), attrs.lastModifiedTime().toMillis());
            } catch (IOException e) {
                return null;
            }
        }
    }

    /** The findings of one article's images, and the stamps of the local images they depend on. */
    record Result(List<Finding> findings, Map<Path, ImageStamp> images) {
        static final Result NONE = new Result(List.of(), Map.of());
    }

    private ImageChecks(ArticleFields view, Folder folder, String path) {
        this.view = view;
        this.rules = view.rules;
        this.folder = folder;
        this.article = folder.root().resolve(path);
    }

    /** The findings for the article at folder-relative {@code path}; none when the folder is unknown. */
    static List<Finding> run(ArticleFields view, Markdown markdown, Optional<Folder> folder, String path) {
        return measure(view, markdown, folder, path).findings();
    }

    /** {@link #run}, with the stamps of the images found, for a cache that must notice them change. */
    static Result measure(ArticleFields view, Markdown markdown, Optional<Folder> folder, String path) {
        if (folder.isEmpty() || path.isEmpty()) {
            return Result.NONE;
        }
        ImageChecks checks = new ImageChecks(view, folder.get(), path);
        checks.fields();
        checks.body(markdown);
        return new Result(checks.out, Map.copyOf(checks.measured));
    }

    /** Whether a file's bytes may hold a body image, so the fast reader's missing body must be read. */
    static boolean mayShowImages(byte[] bytes) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        return text.contains("![") || text.toLowerCase(Locale.ROOT).contains("<img");
    }

    private void fields() {
        Set<String> names = new LinkedHashSet<>(IMAGE_FIELDS);
        if (!rules.fields().image().isEmpty()) {
            names.add(rules.fields().image());
        }
        for (String name : names) {
            Optional<Field> field = view.field(name);
            if (field.isEmpty()) {
                continue;
            }
            if (field.get() instanceof ListField list) {
                for (int i = 0; i < list.items().size(); i++) {
                    Field item = list.items().get(i);
                    String where = name + "[" + i + "]";
                    ArticleFields.text(item).ifPresent(value -> file(value, where, item.line()));
                }
            } else {
                ArticleFields.text(field.get()).ifPresent(value -> file(value, name, field.get().line()));
            }
        }
    }

    private void body(Markdown markdown) {
        String all = markdown.text();
        if (all.indexOf('!') < 0 && all.indexOf('<') < 0) {
            return; // neither an image nor an img tag can start anywhere
        }
        String fence = null;
        String[] lines = all.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String stripped = lines[i].stripLeading();
            if (fence != null) {
                if (stripped.startsWith(fence) && stripped.substring(fence.length()).strip()
                        .replace(fence.substring(0, 1), "").isEmpty()) {
                    fence = null;
                }
                continue;
            }
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                int n = 0;
                while (n < stripped.length() && stripped.charAt(n) == stripped.charAt(0)) {
                    n++;
                }
                fence = stripped.substring(0, n);
                continue;
            }
            if (lines[i].startsWith("    ") || lines[i].startsWith("\t")) {
                continue; // indented code, or a list's continuation: an example is likelier than an image
            }
            // the patterns are tried only where their first characters occur: most lines have none
            String text = lines[i].indexOf('`') < 0 ? lines[i] : CODE_SPAN.matcher(lines[i]).replaceAll("");
            int line = markdown.line() + i;
            if (text.contains("![")) {
                Matcher md = MARKDOWN.matcher(text);
                while (md.find()) {
                    String target = md.group(2);
                    if (target.startsWith("<")) {
                        target = target.substring(1, target.length() - 1);
                    }
                    image(target, md.group(1), line);
                }
            }
            if (text.indexOf('<') >= 0) {
                Matcher html = HTML.matcher(text);
                while (html.find()) {
                    String tag = html.group();
                    String src = attribute(tag, "src");
                    if (src != null) {
                        String alt = attribute(tag, "alt");
                        image(src, alt == null ? "" : alt, line);
                    }
                }
            }
        }
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))",
                Pattern.CASE_INSENSITIVE).matcher(tag);
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    }

    private void image(String target, String alt, int line) {
        if (alt.isBlank()) {
            add(Checks.IMAGE_ALT, Severity.WARNING, "", line, "image " + target
                    + " has no alt text; describe what it shows between the brackets, for readers who cannot see it.");
        }
        file(target, "", line);
    }

    /** Checks that a local image exists and is small enough; web addresses and templates are left alone. */
    private void file(String value, String field, int line) {
        String link = value.strip();
        if (link.isEmpty() || remote(link) || link.contains("{{") || link.contains("{%")) {
            return;
        }
        Optional<Path> found = folder.media().resolve(link, article);
        if (found.isEmpty()) {
            add(Checks.IMAGE_MISSING, Severity.ERROR, field, line, "image " + link + " does not exist ("
                    + (link.startsWith("/") ? "looked in the site's root and static folder" : "looked beside the article")
                    + "); correct the path or add the file.");
            return;
        }
        long limit = rules.imageMaxKb() * 1024L;
        ImageStamp stamp = ImageStamp.of(found.get());
        if (stamp == null) {
            return; // vanished since it was resolved: the next check reports it missing
        }
        measured.put(found.get(), stamp);
        if (stamp.size() > limit) {
            add(Checks.IMAGE_SIZE, Severity.WARNING, field, line, "image " + link + " is "
                    + (stamp.size() + 1023) / 1024 + " KB, over the " + rules.imageMaxKb()
                    + " KB set by seo.image_max_kb; make it smaller (resize or compress it).");
        }
    }

    static boolean remote(String link) {
        return link.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || link.startsWith("//");
    }

    private void add(String check, Severity severity, String field, int line, String message) {
        if (rules.enabled(check)) {
            out.add(Finding.of(check, rules.severity(check, severity), field, Math.max(1, line), message));
        }
    }
}
