package org.masthead.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.masthead.document.Document;
import org.masthead.document.Field;
import org.masthead.document.KeyPath;
import org.masthead.document.LiteralNewlines;
import org.masthead.document.ScalarField;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code get FILE KEY.PATH}: prints one front-matter value, or the decoded Markdown of the body field. */
@Command(name = "get", mixinStandardHelpOptions = true, description = "Print a front-matter value (the body field prints as Markdown).")
public final class GetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The article.")
    Path file;

    @Parameters(index = "1", arity = "0..1", paramLabel = "KEY.PATH",
            description = "Dotted key path, [n] for list items: seo.title, tags[0].")
    String key;

    @Option(names = "--body", description = "Print the article's Markdown, wherever the file keeps it.")
    boolean body;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (body == (key != null)) {
            err.println("masthead: give either KEY.PATH or --body.");
            return 2;
        }
        KeyPath path;
        Document doc;
        try {
            path = Cli.keyPath(body, key, err);
            doc = Cli.open(file, err);
        } catch (Cli.Reported e) {
            return e.exitCode;
        }
        if (Cli.addressesBody(doc, body, path)) {
            out.println(doc.markdown());
            out.flush();
            if (doc.bodyField().isFrontMatterField()) {
                doc.getString(doc.bodyField().path()).ifPresent(stored ->
                        Cli.warnNewlines(err, file, doc, LiteralNewlines.decidedByLayout(stored)));
            }
            return 0;
        }
        Optional<Field> field = doc.get(path);
        if (field.isEmpty()) {
            err.println("masthead: " + file + ": no value at '" + path + "'.");
            return 1;
        }
        Field found = field.get();
        out.println(found instanceof ScalarField scalar ? scalar.value()
                : doc.text().substring(found.span().start(), found.span().end()));
        out.flush();
        return 0;
    }
}
