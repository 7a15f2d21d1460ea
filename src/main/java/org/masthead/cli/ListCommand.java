package org.masthead.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.masthead.content.EntryDetail;
import org.masthead.content.FolderScan;
import org.masthead.content.IndexEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code list DIR [--format text|csv|json]}: one row per article, sorted by path. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the articles of a content folder: path, id, title, subject, date, url "
                + "(and the problem, for files that cannot be read).")
public final class ListCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The content folder.")
    Path folder;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (tab-separated), csv (RFC 4180, with a header) or json. Default: ${DEFAULT-VALUE}.")
    ListFormat format;

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
        List<IndexEntry> entries = new ArrayList<>();
        FolderScan.start(folder, (batch, progress) -> entries.addAll(batch), EntryDetail.LIST).await();
        entries.sort(Comparator.comparing(IndexEntry::path));
        format.write(entries, out);
        out.flush();
        return 0;
    }
}
