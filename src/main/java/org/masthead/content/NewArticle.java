package org.masthead.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.KeyPath;

/**
 * Creates an article from a template. The template is CloudCannon's {@code _schema}:
 * {@code .cloudcannon/schemas/<name>.md} in the folder when it exists, otherwise (for the name
 * {@code default}) the built-in reference-format template. The file name and url come from the
 * title's slug, the id is the folder's highest plus one, the date is today's.
 *
 * <pre>{@code
 * Path file = NewArticle.create(index, new NewArticle.Request("What is entropy?", "Physics", null, null), LocalDate.now());
 * }</pre>
 */
public final class NewArticle {
    public static final String DEFAULT_SCHEMA = "default";
    static final String BUILT_IN = "/org/masthead/content/reference-template.md";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SCHEMA_NAME = Pattern.compile("[A-Za-z0-9_-]+");
    /** Keys a schema template gets filled in when it has them ({@code title} is always set). */
    private static final List<String> FILLED = List.of("_schema", "id", "date", "article_title", "question",
            "subject", "file_name", "url");

    /**
     * What to create. {@code subject}, {@code schema} and {@code fileName} may be null: the schema
     * is then {@code default} and the file name {@code <title-slug>.md} at the folder's top.
     */
    public record Request(String title, String subject, String schema, String fileName) {
    }

    private NewArticle() {
    }

    /** Writes the new article and returns its path; nothing is written when this throws. */
    public static Path create(ContentIndex index, Request request, LocalDate today) throws NewArticleException {
        Path root = index.root();
        String title = YamlText.blockLine(request.title() == null ? "" : request.title());
        if (title.isEmpty()) {
            throw new NewArticleException("the title is empty: give the article a title");
        }
        String subject = request.subject() == null ? "" : YamlText.blockLine(request.subject());
        String schema = request.schema() == null || request.schema().isBlank() ? DEFAULT_SCHEMA : request.schema();
        Slugs.Style style = slugStyle(root);
        String fileName = request.fileName() != null ? request.fileName() : Slugs.slug(title, style) + ".md";
        if (fileName.equals(".md")) {
            throw new NewArticleException("the title \"" + title + "\" has no letter or digit to make a file name from");
        }
        Path target = SafePaths.newFileInside(root, fileName);
        String base = target.getFileName().toString();
        String slug = base.substring(0, base.lastIndexOf('.'));
        String url = subject.isEmpty() ? "" : Slugs.articleUrl(subject, slug, style);
        Values values = new Values(schema, Long.toString(index.maxId() + 1), today.toString(), title, subject, base, url);
        String text = fill(root, values);
        write(target, text.getBytes(StandardCharsets.UTF_8));
        return target;
    }

    private static Slugs.Style slugStyle(Path root) throws NewArticleException {
        try {
            return Slugs.styleOf(root);
        } catch (DocumentException e) {
            throw new NewArticleException(e.getMessage());
        } catch (IOException e) {
            throw new NewArticleException("cannot read " + root.resolve(ConfigFile.NAME) + ": " + e.getMessage());
        }
    }

    private record Values(String schema, String id, String date, String title, String subject, String fileName, String url) {
    }

    private static String fill(Path root, Values v) throws NewArticleException {
        if (!SCHEMA_NAME.matcher(v.schema()).matches()) {
            throw new NewArticleException("bad schema name \"" + v.schema() + "\": use letters, digits, - and _ only");
        }
        Path schemaFile = root.resolve(".cloudcannon").resolve("schemas").resolve(v.schema() + ".md");
        if (Files.isRegularFile(schemaFile)) {
            return fillSchema(schemaFile, v);
        }
        if (!v.schema().equals(DEFAULT_SCHEMA)) {
            throw new NewArticleException("no schema \"" + v.schema() + "\": expected " + root.relativize(schemaFile)
                    + " (or use the built-in template: --schema " + DEFAULT_SCHEMA + ")");
        }
        if (v.subject().isEmpty()) {
            throw new NewArticleException("the reference template needs a subject for the url /learn/<subject>/questions/<slug>: give one");
        }
        return builtIn()
                .replace("{{id}}", v.id())
                .replace("{{date}}", v.date())
                .replace("{{title}}", v.title())
                .replace("{{seo_title}}", YamlText.scalar("QuickTakes | " + v.subject()))
                .replace("{{subject}}", YamlText.scalar(v.subject()))
                .replace("{{file_name}}", YamlText.scalar(v.fileName()))
                .replace("{{url}}", YamlText.scalar(v.url()));
    }

    static String builtIn() {
        try (InputStream in = NewArticle.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the build: " + BUILT_IN);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + BUILT_IN, e);
        }
    }

    /** Fills a schema file's own keys by splicing, so the rest of the template stays byte for byte. */
    private static String fillSchema(Path schemaFile, Values v) throws NewArticleException {
        try {
            Document doc = Document.parse(schemaFile);
            doc = doc.set(KeyPath.of("title"), v.title());
            String[] filled = {v.schema(), v.id(), v.date(), v.title(), v.title(), v.subject(), v.fileName(), v.url()};
            for (int i = 0; i < FILLED.size(); i++) {
                KeyPath key = KeyPath.of(FILLED.get(i));
                if (doc.get(key).isPresent() && !filled[i].isEmpty()) {
                    doc = doc.set(key, filled[i]);
                }
            }
            return doc.text();
        } catch (DocumentException e) {
            throw new NewArticleException("the template is not valid: " + e.getMessage());
        } catch (IOException e) {
            throw new NewArticleException("cannot read the template " + schemaFile + ": " + e.getMessage());
        }
    }

    /**
     * A hidden, not yet linked file created as {@code touch} would, with 0666 less the umask:
     * {@link Files#createTempFile} would make it owner-only, and the article would keep that mode.
     */
    private static Path createHidden(Path folder) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = folder.resolve(".masthead-new-" + Long.toHexString(RANDOM.nextLong() >>> 1 | 1L << 40) + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    /**
     * Writes through a temporary file in the same folder, then links it into place: a link never
     * replaces an existing file, so even a file created meanwhile by someone else is not overwritten.
     */
    private static void write(Path target, byte[] bytes) throws NewArticleException {
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = createHidden(target.getParent());
            Files.write(tmp, bytes);
            try {
                Files.createLink(target, tmp);
            } catch (UnsupportedOperationException | IOException linkFailed) {
                if (linkFailed instanceof FileAlreadyExistsException || Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw new FileAlreadyExistsException(target.toString());
                }
                // No hard links on this file system: a checked rename is the next best thing.
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                tmp = null;
            }
        } catch (FileAlreadyExistsException e) {
            throw new NewArticleException(target + " already exists: choose another title or file name");
        } catch (IOException e) {
            throw new NewArticleException("cannot write " + target + ": " + e.getMessage());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a stray hidden temp file is harmless; the index skips hidden names
                }
            }
        }
    }
}
