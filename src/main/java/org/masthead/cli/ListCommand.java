package org.masthead.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.masthead.content.ArticleFiles;
import org.masthead.content.EntryDetail;
import org.masthead.content.FolderScan;
import org.masthead.content.IndexEntry;
import org.masthead.content.batch.FolderCsv;
import org.masthead.document.KeyPath;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code list DIR [--format text|csv|json]}: one row per article, sorted by path. With
 * {@code --format csv --columns a,b} the columns are the path and the fields named (see
 * {@link FolderCsv}).
 */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the articles of a content folder: path, id, title, subject, date, url "
                + "(and the problem, for files that cannot be read).")
public final class ListCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The content folder.")
    Path folder;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (tab-separated), csv (RFC 4180, with a header) or json. Default: ${DEFAULT-VALUE}.")
    ListFormat format;

    @Option(names = "--columns", split = ",", paramLabel = "KEY.PATH",
            description = "With --format csv: the path, then these fields (key paths) as columns, for "
                    + "spreadsheets and 'set' scripts; list items are joined by '; ', files that cannot be read are left out.")
    List<String> columns;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(folder)) {
            err.println("masthead: " + folder + ": no such folder. Give a folder of Markdown articles.");
            return 2;
        }
        if (columns != null) {
            return columns(out, err);
        }
        List<IndexEntry> entries = new ArrayList<>();
        FolderScan.start(folder, (batch, progress) -> entries.addAll(batch), EntryDetail.LIST).await();
        entries.sort(Comparator.comparing(IndexEntry::path));
        format.write(entries, out);
        out.flush();
        return 0;
    }

    private int columns(PrintWriter out, PrintWriter err) {
        if (format != ListFormat.csv) {
            err.println("masthead: --columns works with --format csv.");
            return 2;
        }
        List<KeyPath> paths = new ArrayList<>();
        try {
            for (String column : columns) {
                paths.add(KeyPath.parse(column.strip()));
            }
        } catch (IllegalArgumentException e) {
            err.println("masthead: --columns: " + e.getMessage() + ".");
            return 2;
        }
        try {
            FolderCsv.write(out, folder, ArticleFiles.under(folder), paths);
        } catch (IOException e) {
            err.println("masthead: " + folder + ": " + Cli.describe(e));
            return 2;
        }
        out.flush();
        return 0;
    }
}
