package org.masthead.seo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.masthead.content.ConfigFile;
import org.masthead.content.batch.FlowList;
import org.masthead.document.AtomicFiles;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.Field;
import org.masthead.document.KeyPath;
import org.masthead.document.ListField;
import org.masthead.document.ScalarField;

/**
 * Ignoring one check for one article, recorded in the folder's {@code .masthead.yml} under
 * {@code seo.ignore} (shared through git like the rest of the file; see {@link SeoConfig}). The
 * entry is spliced in: every other byte of the file, comments and order included, stays as it
 * was; a new article gets a flow list ({@code posts/a.md: [seo-title-length]}), an existing list
 * one more item in its own style.
 *
 * <pre>SeoIgnores.add(folder, "posts/a.md", Checks.SEO_TITLE_LENGTH);</pre>
 */
public final class SeoIgnores {
    private SeoIgnores() {
    }

    /**
     * Adds the ignore to {@code folder}'s {@code .masthead.yml}, creating the file if need be.
     * Returns false when it was there already (nothing is written).
     */
    public static boolean add(Path folder, String articlePath, String check) throws IOException, DocumentException {
        Path file = folder.resolve(ConfigFile.NAME);
        String before = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        boolean bom = before.startsWith("\uFEFF");
        String text = bom ? before.substring(1) : before;
        String after = withIgnore(file.toString(), text, articlePath, check);
        if (after.equals(text)) {
            return false;
        }
        AtomicFiles.write(file, ((bom ? "\uFEFF" : "") + after).getBytes(StandardCharsets.UTF_8));
        return true;
    }

    /** {@code yaml} (a {@code .masthead.yml}'s text) with the ignore added; unchanged when it is there. */
    public static String withIgnore(String source, String yaml, String articlePath, String check)
            throws DocumentException {
        if (!Checks.ALL.contains(check)) {
            throw new DocumentException(source, 1, 1, "'" + check + "' is not a check id.",
                    "Use check ids as printed by 'masthead check', such as seo-title-length.");
        }
        String path = articlePath.replace('\\', '/');
        String body = yaml.isEmpty() || yaml.endsWith("\n") ? yaml : yaml + "\n";
        // the document model splices front matter: the file goes between fences and out again
        String fenced = "---\n" + body + "---\n";
        Document doc = Document.parse(source, fenced.getBytes(StandardCharsets.UTF_8));
        KeyPath at = KeyPath.of("seo", "ignore", path);
        Optional<Field> existing = doc.get(at);
        Document edited;
        if (existing.isPresent() && existing.get() instanceof ListField list) {
            boolean listed = list.items().stream().anyMatch(i -> i instanceof ScalarField s && s.value().strip().equals(check));
            edited = listed ? doc : doc.insert(at, list.items().size(), check);
        } else if (existing.isPresent() && existing.get() instanceof ScalarField one && !one.value().isBlank()) {
            edited = one.value().strip().equals(check) ? doc : FlowList.set(doc, at, List.of(one.value().strip(), check));
        } else {
            edited = FlowList.set(doc, at, List.of(check));
        }
        if (edited == doc) {
            return yaml;
        }
        String text = edited.text();
        String inner = text.substring(4, text.length() - 4);
        String out = body.length() == yaml.length() || !inner.endsWith("\n") ? inner : inner.substring(0, inner.length() - 1);
        SeoConfig.parse(source, out);
        return out;
    }
}
