package org.masthead.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.masthead.content.ArticleFiles;
import org.masthead.content.batch.BulkEdits;
import org.masthead.content.batch.Where;
import org.masthead.document.AtomicFiles;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.KeyPath;
import org.masthead.document.LiteralNewlines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code set FILE KEY.PATH VALUE}: changes one value in place, touching only its lines. The file
 * is written atomically and only when it parses; a missing key is added. Given a folder, or
 * {@code --where} or {@code --dry-run}, the same edit is planned on every matching article as one
 * batch, shown as a diff or applied all-or-nothing (see {@link BatchOutput}).
 */
@Command(name = "set", mixinStandardHelpOptions = true, description = {"Set a front-matter value in place (the body field takes Markdown).",
    "VALUE - reads the value from stdin (one final line break is dropped).",
    "Given a folder DIR, sets it in every article of DIR that passes all the --where tests, all or nothing.",
    "Exit codes: 0 done, 1 nothing matched or an article refused the edit (nothing written), 2 usage error."})
public final class SetCommand implements Callable<Integer> {
    /** Where {@code -} reads from; tests replace it. */
    static InputStream stdin = System.in;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|DIR", description = "The article, or a folder of articles.")
    Path file;

    @Parameters(index = "1", paramLabel = "KEY.PATH", description = "Dotted key path, [n] for list items.")
    String key;

    @Parameters(index = "2", arity = "0..1", paramLabel = "VALUE",
            description = "The new value, or - for stdin. With --body, give VALUE alone.")
    String value;

    @Option(names = "--body", description = "Set the article's Markdown, wherever the file keeps it (give only VALUE).")
    boolean body;

    @Option(names = "--where", paramLabel = "KEY.PATH=VALUE",
            description = "Only articles whose value at KEY.PATH is VALUE, or whose list there holds VALUE "
                    + "(KEY.PATH= : missing or empty). Repeat for more tests; all must pass.")
    List<String> where = new ArrayList<>();

    @Option(names = "--dry-run", description = "Print the unified diff of every file it would change, and write nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (body == (value != null)) {
            err.println("masthead: give KEY.PATH and VALUE, or --body and VALUE.");
            return 2;
        }
        String value = body ? key : this.value;
        if (Files.isDirectory(file) || !where.isEmpty() || dryRun) {
            return bulk(value, err);
        }
        try {
            KeyPath path = Cli.keyPath(body, key, err);
            String newValue = value.equals("-") ? readStdin() : value;
            Document doc = Cli.open(file, err);
            boolean markdown = Cli.addressesBody(doc, body, path);
            Document edited = markdown ? doc.withMarkdown(newValue) : doc.set(path, newValue);
            byte[] bytes = edited.toBytes();
            if (!Arrays.equals(bytes, doc.toBytes())) {
                AtomicFiles.write(file, bytes);
            }
            if (markdown && doc.bodyField().isFrontMatterField()) {
                // written as given: the warning says what a reader of the file will see instead
                Cli.warnNewlines(err, file, doc, LiteralNewlines.find(newValue));
            }
            return 0;
        } catch (Cli.Reported e) {
            return e.exitCode;
        } catch (IOException e) {
            err.println("masthead: " + file + ": " + Cli.describe(e));
            return 2;
        } catch (DocumentException e) {
            err.println("masthead: " + e.getMessage());
            return 1;
        }
    }

    /** The edit planned on the folder (or on the one file) as a batch: diffed, or applied all-or-nothing. */
    private int bulk(String value, PrintWriter err) {
        PrintWriter out = spec.commandLine().getOut();
        if (body) {
            err.println("masthead: --body sets one FILE; for a folder, --where or --dry-run give the KEY.PATH of the field.");
            return 2;
        }
        boolean folder = Files.isDirectory(file);
        if (!folder && !Files.isRegularFile(file)) {
            err.println("masthead: " + file + ": no such file or folder. Give an article or a folder of articles.");
            return 2;
        }
        try {
            KeyPath path = Cli.keyPath(false, key, err);
            List<Where> tests = new ArrayList<>();
            for (String test : where) {
                tests.add(Where.parse(test));
            }
            Path root = folder ? file : file.toAbsolutePath().getParent();
            int recovered = BatchOutput.recover(root, err);
            if (recovered != 0) {
                return recovered;
            }
            String newValue = value.equals("-") ? readStdin() : value;
            List<Path> files = folder ? ArticleFiles.under(file) : List.of(file);
            BulkEdits.Plan plan = BulkEdits.plan(root, files, new BulkEdits.SetValue(path, newValue), Where.all(tests));
            for (String problem : plan.unreadable()) {
                err.println("masthead: " + (folder ? "warning: skipped: " : "") + problem);
            }
            if (!folder && !plan.unreadable().isEmpty()) {
                return 1;
            }
            if (!plan.refused().isEmpty()) {
                plan.refused().forEach(problem -> err.println("masthead: " + problem));
                err.println("masthead: " + plan.refused().size() + " of " + plan.matched()
                        + " matching articles refused the edit; nothing was written.");
                return 1;
            }
            if (plan.matched() == 0) {
                err.println("masthead: no article of " + file + " matches" + (tests.isEmpty() ? "." : " --where "
                        + String.join(" --where ", where) + ".") + " Nothing was written.");
                return 1;
            }
            if (plan.batch().isEmpty()) {
                err.println("masthead: " + plan.batch().title() + ": the " + plan.matched()
                        + (plan.matched() == 1 ? " matching article already holds it." : " matching articles already hold it."));
                return 0;
            }
            int code = BatchOutput.run(root, plan.batch(), dryRun, out, err);
            warnNewlines(plan.batch().changes().get(0).file(), path, newValue, err);
            return code;
        } catch (Cli.Reported e) {
            return e.exitCode;
        } catch (IllegalArgumentException e) {
            err.println("masthead: --where " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("masthead: " + file + ": " + Cli.describe(e));
            return 2;
        } finally {
            err.flush();
        }
    }

    /** As for one file: when the value went into the body field, what a backslash-n in it will read as. */
    private static void warnNewlines(Path changed, KeyPath path, String value, PrintWriter err) {
        try {
            Document doc = Document.parse(changed);
            if (doc.bodyField().isFrontMatterField() && Cli.addressesBody(doc, false, path)) {
                Cli.warnNewlines(err, changed, doc, LiteralNewlines.find(value));
            }
        } catch (IOException | DocumentException e) {
            // only a warning: the command's own result has been reported
        }
    }

    private static String readStdin() throws IOException {
        String text = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
        if (text.endsWith("\r\n")) {
            return text.substring(0, text.length() - 2);
        }
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
