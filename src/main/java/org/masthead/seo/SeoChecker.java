package org.masthead.seo;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.masthead.content.ArticleFiles;
import org.masthead.document.BodyCodec;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.FastFrontMatter;
import org.masthead.document.FileBytes;

/**
 * Runs the SEO checks.
 *
 * <pre>FolderContext ctx = FolderContext.of(rules, Clock.systemDefaultZone(), index.facts());
 * List&lt;Finding&gt; findings = SeoChecker.check("psychology/a.md", doc, ctx); // as the user types
 * FolderReport report = SeoChecker.checkFolder(folder, Clock.systemDefaultZone()); // dashboard, CLI</pre>
 *
 * {@link #check} is cheap enough to run after every pause in typing; its only IO is looking up
 * the article's image files, when the context names its folder ({@link FolderContext#withImages}).
 */
public final class SeoChecker {
    private SeoChecker() {
    }

    /** {@link #check(String, Document, FolderContext)} with the document's source as its folder-relative path. */
    public static List<Finding> check(Document doc, FolderContext ctx) {
        return check(doc.source(), doc, ctx);
    }

    /**
     * The findings for one article, sorted by line.
     *
     * @param path the article's path relative to the folder, as in its {@link ArticleFacts}; it
     *             keeps the article from being reported as a duplicate of its own older facts
     */
    public static List<Finding> check(String path, Document doc, FolderContext ctx) {
        ArticleFields view = ArticleFields.of(doc, ctx.rules());
        view.at(path, view.body, view.bodyLine);
        SitePage page = view.page();
        if (!page.judged()) {
            return List.of(Finding.of(Checks.NOT_A_PAGE, Severity.INFO, "", 1, "not judged as a page: "
                    + page.placement().label() + " (the site does not publish it as a page of its own)."));
        }
        List<Finding> findings = new ArrayList<>(ArticleChecks.run(view, ctx.clock()));
        findings.addAll(ImageChecks.run(view, ImageChecks.Markdown.of(doc), ctx.images(), path));
        findings.addAll(TextChecks.run(view, TextChecks.Source.of(doc)));
        findings.addAll(SocialChecks.run(view, ctx.images(), path));
        findings.addAll(folderChecks(path, view, ctx));
        findings.sort(Finding.BY_LINE);
        return withoutIgnored(path, findings, ctx.rules());
    }

    /** {@code findings} less those the folder's {@code seo.ignore} ignores for this article. */
    static List<Finding> withoutIgnored(String path, List<Finding> findings, SeoRules rules) {
        if (rules.ignored().isEmpty()) {
            return findings;
        }
        findings.removeIf(f -> rules.ignored(path, f.check()));
        return findings;
    }

    private static List<Finding> folderChecks(String path, ArticleFields view, FolderContext ctx) {
        ArticleFacts self = ArticleFacts.of(path, view);
        Map<String, Integer> lines = new HashMap<>();
        return FolderChecks.run(self, view.related(), field -> lines.computeIfAbsent(field, view::line), ctx);
    }

    /** {@link #checkFolder(Path, SeoRules, Clock)} with the folder's own {@code .masthead.yml} rules. */
    public static FolderReport checkFolder(Path folder, Clock clock) throws IOException, DocumentException {
        return checkFolder(folder, SeoConfig.load(folder), clock);
    }

    /**
     * Checks every article under {@code folder} ({@code .md} and {@code .markdown} files, hidden
     * folders skipped), in parallel. A file that cannot be parsed gets one {@code parse-error}
     * finding; one that cannot be read, a {@code read-error}.
     */
    public static FolderReport checkFolder(Path folder, SeoRules rules, Clock clock) throws IOException {
        List<Path> files = articleFiles(folder);
        return checkFiles(folder, files, rules, clock);
    }

    /** Checks {@code files}, which lie under {@code folder}, with the whole of it as context. */
    public static FolderReport checkFiles(Path folder, List<Path> files, SeoRules rules, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        // Pass 1: parse each file once, keep its own findings and the little that others need.
        Map<String, Scanned> scanned = new ConcurrentHashMap<>();
        Optional<ImageChecks.Folder> images = ImageChecks.Folder.of(folder);
        files.parallelStream().forEach(file -> {
            String path = relative(folder, file);
            scanned.put(path, scan(path, file, rules, clock, images));
        });
        return judge(files.size(), scanned.values(), rules, clock);
    }

    /**
     * Pass 2: the checks that need the whole folder, over the pass-1 results of every article
     * file of it, one per path.
     */
    static FolderReport judge(int files, Collection<Scanned> scanned, SeoRules rules, Clock clock) {
        List<ArticleFacts> facts = scanned.stream().filter(s -> s.facts != null).map(s -> s.facts)
                .sorted(Comparator.comparing(ArticleFacts::path)).toList();
        FolderContext ctx = FolderContext.of(rules, clock, facts);
        Map<String, List<Finding>> findings = new ConcurrentHashMap<>();
        scanned.parallelStream().forEach(s -> {
            List<Finding> all = judge(s, ctx);
            if (!all.isEmpty()) {
                findings.put(s.path, all);
            }
        });
        return FolderReport.of(files, facts, findings);
    }

    /** One article's findings, its own and those against the folder, sorted by line; empty when it passes. */
    static List<Finding> judge(Scanned s, FolderContext ctx) {
        List<Finding> all = new ArrayList<>(s.findings);
        if (s.facts != null) {
            all.addAll(FolderChecks.run(s.facts, s.related, field -> s.lines.getOrDefault(field, 1), ctx));
        }
        all.sort(Finding.BY_LINE);
        return withoutIgnored(s.path, all, ctx.rules());
    }

    /** One file after pass 1. {@code facts} is null when it did not parse. */
    record Scanned(String path, List<Finding> findings, ArticleFacts facts, List<ArticleFields.Related> related,
                   Map<String, Integer> lines, Map<Path, ImageChecks.ImageStamp> images) {
        Scanned(String path, List<Finding> findings, ArticleFacts facts, List<ArticleFields.Related> related,
                Map<String, Integer> lines) {
            this(path, findings, facts, related, lines, Map.of());
        }
    }

    /**
     * Pass 1 for one file: reads it, parses it and runs the checks that need only the article
     * and, when {@code images} names the folder, its image files.
     */
    static Scanned scan(String path, Path file, SeoRules rules, Clock clock, Optional<ImageChecks.Folder> images) {
        byte[] bytes;
        try {
            bytes = FileBytes.read(file);
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            Finding finding = Finding.of(Checks.READ_ERROR, Severity.ERROR, "", 1,
                    "cannot read the file (" + reason + "); check that it exists and is readable.");
            return new Scanned(path, List.of(finding), null, List.of(), Map.of());
        }
        try {
            boolean sited = rules.site() != null && !rules.reference();
            // A generator's page needs its body for its links, which the fast reader does not keep.
            ArticleFields view = sited ? null : quickView(bytes, rules, images.isPresent());
            ImageChecks.Markdown markdown = ImageChecks.Markdown.NONE;
            TextChecks.Source prose = TextChecks.Source.NONE;
            if (view != null && view.bodyPath == null && rules.text().enabled()) {
                view = null; // the fast reader keeps no body after the front matter, and the text checks read it
            }
            if (view == null) {
                Document doc = Document.parse(path, bytes);
                view = ArticleFields.of(doc, rules);
                markdown = ImageChecks.Markdown.of(doc);
                prose = rules.text().enabled() ? TextChecks.Source.of(doc) : prose;
            } else if (view.bodyPath != null) {
                markdown = view.find(view.bodyPath).flatMap(field -> ArticleFields.text(field)
                        .map(text -> new ImageChecks.Markdown(text, field.line()))).orElse(markdown);
                if (rules.text().enabled()) {
                    prose = new TextChecks.Source(BodyCodec.decode(markdown.text()), markdown.line(), true);
                }
            }
            view.at(path, view.body, view.bodyLine);
            if (!view.page().judged()) {
                return new Scanned(path, List.of(), null, List.of(), Map.of());
            }
            List<Finding> own = new ArrayList<>(ArticleChecks.run(view, clock));
            ImageChecks.Result pictures = ImageChecks.measure(view, markdown, images, path);
            own.addAll(pictures.findings());
            own.addAll(TextChecks.run(view, prose));
            own.addAll(SocialChecks.run(view, images, path));
            SeoRules.FieldNames f = rules.fields();
            Map<String, Integer> lines = new HashMap<>();
            for (String field : List.of(f.id(), f.title(), f.description(), f.url(), f.seoTitle(), f.aliases(),
                    f.keyphrase(), KeyphraseChecks.FOCUS_KEYWORD)) {
                lines.put(field, view.line(field));
            }
            // a compact copy: a folder's cache keeps one of these for each of up to 100,000 articles
            return new Scanned(path, own, ArticleFacts.of(path, view), view.related(), Map.copyOf(lines),
                    pictures.images());
        } catch (DocumentException e) {
            String message = e.problem() + (e.hint() == null || e.hint().isBlank() ? "" : " " + e.hint());
            Finding finding = Finding.of(Checks.PARSE_ERROR, Severity.ERROR, "", Math.max(1, e.line()), message);
            return new Scanned(path, List.of(finding), null, List.of(), Map.of());
        }
    }

    /**
     * The fast reading of plain reference-format files; null when the full parser must read it,
     * as it must when images are checked and the Markdown after the front matter may show one.
     */
    private static ArticleFields quickView(byte[] bytes, SeoRules rules, boolean images) {
        FastFrontMatter.Result quick = FastFrontMatter.read(bytes, bytes.length);
        if (quick == null || images && quick.bodyPath() == null && ImageChecks.mayShowImages(bytes)) {
            return null;
        }
        return new ArticleFields(quick.root(), quick.bodyPath(), rules);
    }

    /**
     * The page's address as the site publishes it: the site's base URL with the page's URL (its
     * explicit url or slug, the permalink pattern, or its path); the url field alone for the
     * reference format; "" when nothing says.
     */
    public static String pageUrl(String path, Document doc, SeoRules rules) {
        ArticleFields view = ArticleFields.of(doc, rules);
        view.at(path, view.body, view.bodyLine);
        String url = view.page().url();
        return rules.site() == null || url.isEmpty() ? url : rules.site().absoluteUrl(url);
    }

    /** Article files under {@code folder}, sorted, as every part of Masthead sees them ({@link ArticleFiles}). */
    public static List<Path> articleFiles(Path folder) throws IOException {
        return ArticleFiles.under(folder);
    }

    /**
     * Hands each article file under {@code folder} to {@code visitor}, in no set order, with the
     * attributes the walk read (see {@link ArticleFiles#walk}).
     */
    static void walkArticles(Path folder, BiConsumer<Path, BasicFileAttributes> visitor) throws IOException {
        ArticleFiles.walk(folder, visitor);
    }

    public static boolean isArticle(Path file) {
        return ArticleFiles.isArticleName(file.getFileName().toString());
    }

    static String relative(Path folder, Path file) {
        Path rel = folder.relativize(file);
        return rel.toString().replace(File.separatorChar, '/');
    }
}
