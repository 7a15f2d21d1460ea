package org.masthead.content.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.masthead.content.ArticleFiles;
import org.masthead.content.ArticleMoves;
import org.masthead.content.LinkUpdates;
import org.masthead.content.site.Generator;
import org.masthead.content.site.PageUrls;
import org.masthead.content.site.Site;
import org.masthead.content.site.SiteDetector;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.Field;
import org.masthead.document.FileBytes;
import org.masthead.document.KeyPath;
import org.masthead.document.ListField;
import org.masthead.document.MapField;
import org.masthead.document.ScalarField;

/**
 * Renaming or moving an article as one batch: the move itself; the fields that follow the file
 * name ({@code file_name}, the last part of {@code url}: {@link ArticleMoves#derivedFieldEdits};
 * and a {@code slug} equal to the old name); every article that refers to it
 * ({@link LinkUpdates}: {@code related_articleN.url}, body links, Hugo {@code ref}/{@code relref}),
 * whose {@code related_articleN.title} is also brought up to the article's title where it
 * differs; and, when asked, the old address added as a redirect where the site has them (Hugo's
 * {@code aliases}, Jekyll's {@code redirect_from} with the jekyll-redirect-from plugin).
 *
 * <pre>Batch batch = ArticleRename.plan(root, root.resolve("posts/old.md"), Path.of("posts/new.md"), true);</pre>
 */
public final class ArticleRename {
    private static final KeyPath URL = KeyPath.of("url");
    private static final KeyPath SLUG = KeyPath.of("slug");
    private static final KeyPath TITLE = KeyPath.of("title");

    private ArticleRename() {
    }

    /**
     * The batch that moves {@code file} to {@code newFile} (absolute, or relative to {@code root};
     * both inside it). Reads the folder; writes nothing. Throws when the article does not parse,
     * the new place is taken or outside the folder, or the new name is not an article's.
     */
    public static Batch plan(Path root, Path file, Path newFile, boolean addAlias) throws IOException, DocumentException {
        Path base = root.toAbsolutePath().normalize();
        Path from = ArticleMoves.inside(base, file);
        Path to = ArticleMoves.inside(base, newFile);
        String shownTo = slashes(base.relativize(to));
        if (!ArticleFiles.isArticleName(to.getFileName().toString())) {
            throw new DocumentException(shownTo, 1, 1, "an article's file name ends in .md or .markdown.",
                    "Add .md to the new name.");
        }
        if (to.equals(from)) {
            throw new DocumentException(shownTo, 1, 1, "this is the article's own name.", "Give another name.");
        }
        if (Files.exists(to) && !isSameFile(from, to)) {
            throw new DocumentException(shownTo, 1, 1, "a file of that name is already there.",
                    "Choose a free name, or move that file first.");
        }
        byte[] bytes = FileBytes.read(from);
        Document doc = Document.parse(slashes(base.relativize(from)), bytes);
        String oldName = from.getFileName().toString();
        String newName = to.getFileName().toString();
        Map<KeyPath, String> edits = new LinkedHashMap<>(ArticleMoves.derivedFieldEdits(doc, oldName, newName));
        doc.getString(SLUG).filter(slug -> slug.strip().equals(stem(oldName)) && !stem(oldName).equals(stem(newName)))
                .ifPresent(slug -> edits.put(SLUG, stem(newName)));
        Document moved = doc;
        for (Map.Entry<KeyPath, String> edit : edits.entrySet()) {
            moved = moved.set(edit.getKey(), edit.getValue());
        }
        Site site = SiteDetector.detect(base);
        if (addAlias) {
            moved = withAlias(site, from, to, doc, moved);
        }
        String oldUrl = doc.getString(URL).orElse("");
        String newUrl = moved.getString(URL).orElse("");
        // a ref that starts with / is read from the Hugo site's content folder, wherever the folder opened is
        Path contentDir = site.generator() == Generator.HUGO ? site.contentDir() : base;
        List<FileChange> changes = new ArrayList<>();
        changes.add(FileChange.move(from, bytes, to, moved.toBytes()));
        String title = moved.getString(TITLE).map(String::strip).orElse("");
        String url = newUrl.isBlank() ? oldUrl : newUrl;
        for (LinkUpdates.Referrer r : LinkUpdates.find(base, contentDir, from, to, oldUrl, newUrl)) {
            changes.add(FileChange.edit(r.file(), r.before(), retitled(r.updated(), url, title).toBytes()));
        }
        return new Batch("Rename " + slashes(base.relativize(from)) + " to " + shownTo, changes);
    }

    /**
     * The field the site reads redirects from, for this article: Hugo's {@code aliases};
     * Jekyll's {@code redirect_from} when the site uses the jekyll-redirect-from plugin or the
     * article already has one; empty when the site has no redirects.
     */
    public static Optional<String> aliasField(Site site, Document doc) {
        return switch (site.generator()) {
            case HUGO -> Optional.of("aliases");
            case JEKYLL -> doc.get(KeyPath.of("redirect_from")).isPresent() || usesRedirectPlugin(site)
                    ? Optional.of("redirect_from") : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static boolean usesRedirectPlugin(Site site) {
        for (Path file : new Path[] {site.config(), site.root().resolve("Gemfile")}) {
            try {
                if (file != null && Files.isRegularFile(file) && Files.readString(file).contains("jekyll-redirect-from")) {
                    return true;
                }
            } catch (IOException | RuntimeException e) {
                // unreadable: no sign of the plugin
            }
        }
        return false;
    }

    /** {@code moved} with its old address added to the site's redirects, when the address changes. */
    private static Document withAlias(Site site, Path from, Path to, Document before, Document moved)
            throws DocumentException {
        Optional<String> field = aliasField(site, before);
        if (field.isEmpty()) {
            return moved;
        }
        String oldAddress = address(site, from, before);
        String newAddress = address(site, to, moved);
        if (oldAddress.isEmpty() || oldAddress.equals(newAddress)) {
            return moved;
        }
        KeyPath path = KeyPath.of(field.get());
        Optional<Field> existing = moved.get(path);
        if (existing.isPresent() && existing.get() instanceof ListField list) {
            boolean listed = list.items().stream().anyMatch(i -> i instanceof ScalarField s
                    && s.value().strip().equals(oldAddress));
            return listed ? moved : moved.insert(path, list.items().size(), oldAddress);
        }
        List<String> items = new ArrayList<>();
        if (existing.isPresent() && existing.get() instanceof ScalarField one && !one.value().isBlank()) {
            if (one.value().strip().equals(oldAddress)) {
                return moved;
            }
            items.add(one.value().strip());
        }
        items.add(oldAddress);
        return FlowList.set(moved, path, items);
    }

    /** The page's address on its site, as its generator derives it. */
    private static String address(Site site, Path file, Document doc) {
        String urlKey = site.generator() == Generator.HUGO ? "url" : "permalink";
        PageUrls.Page page = new PageUrls.Page(doc.getString(KeyPath.of(urlKey)).orElse(""),
                doc.getString(SLUG).orElse(""), doc.getString(KeyPath.of("date")).orElse(""),
                doc.getString(TITLE).orElse(""));
        return PageUrls.path(site, slashes(site.folder().relativize(file)), page);
    }

    /** {@code doc} with each related article at {@code url} titled {@code title}. */
    private static Document retitled(Document doc, String url, String title) throws DocumentException {
        if (url.isBlank() || title.isEmpty()) {
            return doc;
        }
        Document out = doc;
        for (Map.Entry<String, Field> entry : doc.root().entries().entrySet()) {
            if (entry.getKey().matches("related_article\\d+") && entry.getValue() instanceof MapField map
                    && map.entries().get("url") instanceof ScalarField u && sameUrl(u.value(), url)
                    && map.entries().get("title") instanceof ScalarField t && !t.value().strip().equals(title)) {
                out = out.set(KeyPath.of(entry.getKey(), "title"), title);
            }
        }
        return out;
    }

    private static boolean sameUrl(String a, String b) {
        return trimSlash(a).equals(trimSlash(b));
    }

    private static String trimSlash(String url) {
        String u = url.strip();
        while (u.length() > 1 && u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    /** A case-only rename on a file system that ignores case finds the file itself at the new name. */
    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
