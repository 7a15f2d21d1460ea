package org.masthead.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.Field;
import org.masthead.document.KeyPath;
import org.masthead.document.MapField;
import org.masthead.document.ScalarField;

/**
 * The links other articles make to an article that moved, and those articles with the links
 * pointed at its new place: Markdown links whose path (relative to the linking article, or from
 * the folder's root when it starts with {@code /}) named the old file, and the reference
 * format's {@code related_articleN.url} equal to the old url, and Hugo's {@code ref} and
 * {@code relref} shortcodes ({@code {{< ref "old.md" >}}}, {@code {{% relref path="/a/old" %}}})
 * that name the old file (see {@link HugoRefs}). Each change is a splice: the
 * Markdown's other characters and the front matter's other bytes stay as they were.
 *
 * It reads and never writes: {@code batch.ArticleRename} makes the updates part of the rename's
 * all-or-nothing batch.
 *
 * <pre>List&lt;LinkUpdates.Referrer&gt; found = LinkUpdates.find(root, oldFile, newFile, oldUrl, newUrl);</pre>
 */
public final class LinkUpdates {
    /** An inline link's or image's target, or a reference definition's, as written. */
    private static final Pattern INLINE = Pattern.compile("\\]\\(\\s*(<[^>\\n]*>|[^)\\s]+)");
    private static final Pattern DEFINITION = Pattern.compile("(?m)^ {0,3}\\[[^\\]\\n]+\\]:[ \\t]*(<[^>\\n]*>|\\S+)");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?!`)[\\s\\S]*?(?<!`)\\1(?!`)");
    private static final Pattern FENCE = Pattern.compile("(?m)^ {0,3}(`{3,}|~{3,})[^\\n]*\\n[\\s\\S]*?(?:^ {0,3}\\1[`~]*[ \\t]*$|\\z)");

    /**
     * One article that links to the moved one: its file, its bytes when it was read, the same
     * article with its links updated, and what changed, in words (for the user to confirm).
     */
    public record Referrer(Path file, byte[] before, Document updated, List<String> changes) {
        public Referrer {
            changes = List.copyOf(changes);
        }
    }

    private LinkUpdates() {
    }

    /**
     * The articles under {@code root} other than the moved one that link to {@code from}, now at
     * {@code to}. {@code oldUrl} and {@code newUrl} are its url field before and after the move
     * ("" when it has none or it did not change). Reads the folder: run it off the FX thread. An
     * article that does not parse is left out (nothing can be spliced into it safely).
     */
    public static List<Referrer> find(Path root, Path from, Path to, String oldUrl, String newUrl) throws IOException {
        return find(root, root, from, to, oldUrl, newUrl);
    }

    /**
     * {@link #find(Path, Path, Path, String, String)} on a Hugo site whose content folder is
     * {@code contentDir}: a {@code ref} path that starts with {@code /} is read from there.
     */
    public static List<Referrer> find(Path root, Path contentDir, Path from, Path to, String oldUrl, String newUrl)
            throws IOException {
        Path base = root.toAbsolutePath().normalize();
        Path content = contentDir.toAbsolutePath().normalize();
        Path oldFile = from.toAbsolutePath().normalize();
        Path newFile = to.toAbsolutePath().normalize();
        String stem = stem(oldFile.getFileName().toString());
        String oldKey = normalUrl(oldUrl);
        boolean urls = !oldKey.isEmpty() && !newUrl.isBlank() && !oldKey.equals(normalUrl(newUrl));
        List<Referrer> out = new ArrayList<>();
        List<Path> all = ArticleFiles.under(base);
        HugoRefs refs = new HugoRefs(content, oldFile, newFile, all);
        for (Path file : all) {
            Path article = file.toAbsolutePath().normalize();
            if (article.equals(newFile) || article.equals(oldFile)) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(article);
            String text = new String(bytes, StandardCharsets.UTF_8);
            // Most articles name neither: they are not parsed at all.
            if (!text.contains(stem) && !(urls && text.contains(oldKey))) {
                continue;
            }
            try {
                updated(base, article, bytes, oldFile, newFile, urls ? oldKey : "", newUrl.strip(), refs)
                        .ifPresent(out::add);
            } catch (DocumentException e) {
                // not parseable: nothing to splice into
            }
        }
        return out;
    }

    private static Optional<Referrer> updated(Path root, Path article, byte[] bytes, Path oldFile, Path newFile,
                                              String oldUrl, String newUrl, HugoRefs refs) throws DocumentException {
        Document doc = Document.parse(root.relativize(article).toString().replace('\\', '/'), bytes);
        List<String> changes = new ArrayList<>();
        Document updated = doc;
        if (!oldUrl.isEmpty()) {
            for (Map.Entry<String, Field> entry : doc.root().entries().entrySet()) {
                if (entry.getKey().matches("related_article\\d+") && entry.getValue() instanceof MapField map
                        && map.entries().get("url") instanceof ScalarField url && normalUrl(url.value()).equals(oldUrl)) {
                    updated = updated.set(KeyPath.of(entry.getKey(), "url"), newUrl);
                    changes.add(entry.getKey() + ".url → " + newUrl);
                }
            }
        }
        String markdown = updated.markdown();
        String relinked = relink(markdown, root, article, oldFile, newFile, changes, refs);
        if (!relinked.equals(markdown)) {
            updated = updated.withMarkdown(relinked);
        }
        return changes.isEmpty() ? Optional.empty() : Optional.of(new Referrer(article, bytes, updated, changes));
    }

    /** {@code markdown} with each link to {@code oldFile} (outside code) pointed at {@code newFile}. */
    static String relink(String markdown, Path root, Path article, Path oldFile, Path newFile, List<String> changes) {
        return relink(markdown, root, article, oldFile, newFile, changes, new HugoRefs(root, oldFile, newFile, List.of()));
    }

    /** {@link #relink(String, Path, Path, Path, Path, List)} that also points Hugo refs at the new file. */
    static String relink(String markdown, Path root, Path article, Path oldFile, Path newFile, List<String> changes,
                         HugoRefs refs) {
        boolean[] code = new boolean[markdown.length() + 1];
        for (Pattern p : List.of(FENCE, CODE_SPAN)) {
            Matcher m = p.matcher(markdown);
            while (m.find()) {
                Arrays.fill(code, m.start(), m.end(), true);
            }
        }
        record Splice(int start, int end, String text) {
        }
        List<Splice> splices = new ArrayList<>();
        for (Pattern p : List.of(INLINE, DEFINITION)) {
            Matcher m = p.matcher(markdown);
            while (m.find()) {
                if (code[m.start(1)]) {
                    continue;
                }
                String written = m.group(1);
                boolean angled = written.startsWith("<");
                String target = angled ? written.substring(1, written.length() - 1) : written;
                relinked(target, angled, root, article, oldFile, newFile).ifPresent(link -> {
                    splices.add(new Splice(m.start(1), m.end(1), angled ? "<" + link + ">" : link));
                    changes.add(target + " → " + link);
                });
            }
        }
        Matcher ref = HugoRefs.REF.matcher(markdown);
        while (ref.find()) {
            int at = ref.start(HugoRefs.PATH_GROUP);
            if (code[at]) {
                continue;
            }
            String target = ref.group(HugoRefs.PATH_GROUP);
            refs.relinked(target, article).ifPresent(link -> {
                splices.add(new Splice(at, ref.end(HugoRefs.PATH_GROUP), link));
                changes.add(ref.group(1) + " " + target + " → " + link);
            });
        }
        splices.sort((a, b) -> Integer.compare(b.start(), a.start()));
        StringBuilder out = new StringBuilder(markdown);
        for (Splice s : splices) {
            out.replace(s.start(), s.end(), s.text());
        }
        return out.toString();
    }

    /** The new target for {@code target} when it names {@code oldFile}, keeping its {@code #fragment} or query. */
    private static Optional<String> relinked(String target, boolean angled, Path root, Path article, Path oldFile,
                                             Path newFile) {
        if (target.isEmpty() || target.startsWith("#") || target.startsWith("//") || target.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return Optional.empty();
        }
        int cut = indexOfAny(target, "?#");
        String path = cut < 0 ? target : target.substring(0, cut);
        String suffix = cut < 0 ? "" : target.substring(cut);
        Optional<String> decoded = ArticleLinks.percentDecoded(path);
        if (decoded.isEmpty() || decoded.get().isEmpty()) {
            return Optional.empty();
        }
        boolean fromRoot = decoded.get().startsWith("/");
        Path resolved;
        try {
            resolved = (fromRoot ? root.resolve(decoded.get().substring(1)) : article.resolveSibling(decoded.get()))
                    .normalize();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (!resolved.equals(oldFile)) {
            return Optional.empty();
        }
        String link = (fromRoot ? "/" + root.relativize(newFile) : article.getParent().relativize(newFile).toString())
                .replace('\\', '/');
        if (!angled) {
            link = link.replace("%", "%25").replace(" ", "%20").replace("(", "%28").replace(")", "%29");
        }
        return Optional.of(link + suffix);
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String normalUrl(String url) {
        String u = url == null ? "" : url.strip();
        while (u.length() > 1 && u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
