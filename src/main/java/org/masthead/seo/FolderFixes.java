package org.masthead.seo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.masthead.content.ArticleFiles;
import org.masthead.content.batch.Batch;
import org.masthead.content.batch.FileChange;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.FileBytes;

/**
 * One check's one-click fixes applied to every article that has them, as one batch. The folder
 * is checked as a whole (its other articles are the context of the duplicate and related-article
 * checks); then each article with a fixable finding of the check gets its fix, is checked again,
 * and gets the next one, until no fixable finding of the check is left. A fix is computed
 * against the text it applies to, so two findings in one article never fight over stale offsets.
 * Findings the folder ignores ({@code seo.ignore}) are not fixed.
 *
 * <pre>Batch batch = FolderFixes.plan(root, files, Checks.RELATED_DUPLICATE);</pre>
 */
public final class FolderFixes {
    /** More rounds than any article needs: a fix that brings back its own finding stops here. */
    private static final int MAX_ROUNDS = 50;

    private FolderFixes() {
    }

    /** The batch that fixes {@code checkId}'s findings in {@code files} (under {@code root}), with its rules. */
    public static Batch plan(Path root, List<Path> files, String checkId) throws IOException, DocumentException {
        return plan(root, files, checkId, SeoConfig.load(root), Clock.systemDefaultZone(), e -> { });
    }

    /**
     * {@link #plan(Path, List, String)} with the rules and clock given; each article whose fix the
     * document model refused is handed to {@code skipped} and left out.
     */
    public static Batch plan(Path root, List<Path> files, String checkId, SeoRules rules, Clock clock,
                             Consumer<DocumentException> skipped) throws IOException {
        if (!Checks.ALL.contains(checkId)) {
            throw new IllegalArgumentException("'" + checkId + "' is not a check id; 'masthead check' prints them.");
        }
        Path base = root.toAbsolutePath().normalize();
        Set<Path> folder = new LinkedHashSet<>(ArticleFiles.under(base));
        List<Path> wanted = new ArrayList<>();
        for (Path f : files) {
            Path file = base.resolve(f).toAbsolutePath().normalize();
            wanted.add(file);
            folder.add(file);
        }
        FolderReport report = SeoChecker.checkFiles(base, new ArrayList<>(folder), rules, clock);
        FolderContext ctx = FolderContext.of(rules, clock, report.articles());
        List<FileChange> changes = new ArrayList<>();
        for (Path file : wanted) {
            String path = SeoChecker.relative(base, file);
            if (next(report.findingsFor(path), checkId).isEmpty()) {
                continue;
            }
            byte[] bytes = FileBytes.read(file);
            try {
                Document fixed = fixed(path, Document.parse(path, bytes), checkId, ctx);
                changes.add(FileChange.edit(file, bytes, fixed.toBytes()));
            } catch (DocumentException e) {
                skipped.accept(e);
            }
        }
        return new Batch("Fix " + checkId, changes);
    }

    /** {@code doc} with every fixable finding of {@code checkId} fixed, checking again after each fix. */
    static Document fixed(String path, Document doc, String checkId, FolderContext ctx) throws DocumentException {
        Document now = doc;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Optional<Fix> fix = next(SeoChecker.check(path, now, ctx), checkId);
            if (fix.isEmpty()) {
                break;
            }
            Document after = fix.get().applyTo(now);
            if (after.text().equals(now.text())) {
                break; // the fix changes nothing: applying it again would not either
            }
            now = after;
        }
        return now;
    }

    private static Optional<Fix> next(List<Finding> findings, String checkId) {
        for (Finding f : findings) {
            if (f.check().equals(checkId) && f.fix().isPresent()) {
                return f.fix();
            }
        }
        return Optional.empty();
    }
}
