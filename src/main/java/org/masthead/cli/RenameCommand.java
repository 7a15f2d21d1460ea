package org.masthead.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.masthead.content.ConfigFile;
import org.masthead.content.batch.ArticleRename;
import org.masthead.content.batch.Batch;
import org.masthead.content.site.Site;
import org.masthead.content.site.SiteDetector;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rename FILE NEW-FILE-NAME}: moves an article, with the fields that follow its name and
 * every reference to it in its folder, as one all-or-nothing change.
 */
@Command(name = "rename", mixinStandardHelpOptions = true, description = {
    "Rename or move an article. Its file_name, url and slug follow where they were derived from the name, "
        + "and every article of the folder that refers to it is updated: related_articleN.url (and a stale "
        + "related_articleN.title), Markdown links, Hugo ref and relref.",
    "NEW-FILE-NAME without a / is a new name in the same folder; with one, a path from the current folder.",
    "The folder searched for references is --root, else the site's content folder, else the nearest folder "
        + "up with .masthead.yml (stopping at the top of the git repository), else the file's own folder.",
    "Exit 0: done; 1: the article or the new name is refused; 2: usage or IO error, or a file changed meanwhile."})
public final class RenameCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The article.")
    Path file;

    @Parameters(index = "1", paramLabel = "NEW-FILE-NAME", description = "Its new name (new.md) or path (posts/new.md).")
    String newName;

    @Option(names = "--dry-run", description = "Print the unified diff of every file that would change; write nothing.")
    boolean dryRun;

    @Option(names = "--alias", description = "Keep the old address working: add it to aliases (Hugo) or redirect_from"
            + " (Jekyll with jekyll-redirect-from).")
    boolean alias;

    @Option(names = "--root", paramLabel = "DIR", description = "The content folder whose articles may refer to FILE.")
    Path rootOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("masthead: " + file + ": no such file. Give the path of an article file.");
            return 2;
        }
        Path from = file.toAbsolutePath().normalize();
        Path root = rootOption != null ? rootOption.toAbsolutePath().normalize() : defaultRoot(from);
        if (!from.startsWith(root)) {
            err.println("masthead: " + file + " is not inside " + root + ". Give --root the folder that holds it.");
            return 2;
        }
        Path to = newName.contains("/") || newName.contains(java.io.File.separator)
                ? Path.of(newName).toAbsolutePath().normalize() : from.resolveSibling(newName);
        int recovered = BatchOutput.recover(root, err);
        if (recovered != 0) {
            return recovered;
        }
        try {
            if (alias && ArticleRename.aliasField(SiteDetector.detect(root), Document.parse(from)).isEmpty()) {
                err.println("masthead: warning: " + root + " is not a site with redirects (Hugo aliases, Jekyll"
                        + " redirect_from with jekyll-redirect-from); no alias is added.");
            }
            Batch batch = ArticleRename.plan(root, from, to, alias);
            return BatchOutput.run(root, batch, dryRun, out, err);
        } catch (DocumentException e) {
            err.println("masthead: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("masthead: " + file + ": " + Cli.describe(e));
            return 2;
        }
    }

    /** The folder whose articles may refer to {@code file} (see the command's description). */
    static Path defaultRoot(Path file) {
        Path start = file.getParent();
        Site site = SiteDetector.detect(start);
        if (site.detected()) {
            return file.startsWith(site.contentDir()) ? site.contentDir() : site.root();
        }
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(ConfigFile.NAME)) || Files.exists(dir.resolve(".git"))) {
                return dir;
            }
        }
        return start;
    }
}
