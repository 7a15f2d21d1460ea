package org.masthead.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
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
 * is written atomically and only when it parses; a missing key is added.
 */
@Command(name = "set", mixinStandardHelpOptions = true, description = {"Set a front-matter value in place (the body field takes Markdown).",
    "VALUE - reads the value from stdin (one final line break is dropped)."})
public final class SetCommand implements Callable<Integer> {
    /** Where {@code -} reads from; tests replace it. */
    static InputStream stdin = System.in;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The article.")
    Path file;

    @Parameters(index = "1", paramLabel = "KEY.PATH", description = "Dotted key path, [n] for list items.")
    String key;

    @Parameters(index = "2", arity = "0..1", paramLabel = "VALUE",
            description = "The new value, or - for stdin. With --body, give VALUE alone.")
    String value;

    @Option(names = "--body", description = "Set the article's Markdown, wherever the file keeps it (give only VALUE).")
    boolean body;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (body == (value != null)) {
            err.println("masthead: give KEY.PATH and VALUE, or --body and VALUE.");
            return 2;
        }
        String value = body ? key : this.value;
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

    private static String readStdin() throws IOException {
        String text = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
        if (text.endsWith("\r\n")) {
            return text.substring(0, text.length() - 2);
        }
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
