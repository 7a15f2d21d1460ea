package org.masthead.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.masthead.content.ContentIndex;
import org.masthead.content.NewArticle;
import org.masthead.content.NewArticleException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code new DIR --title "..." [--subject S] [--schema NAME] [--file-name NAME]}: prints the new file's path. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Create an article from a template (.cloudcannon/schemas/<schema>.md, or the built-in "
                + "reference template). The file name and url come from the title; the id is the next free one.")
public final class NewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The content folder.")
    Path folder;

    @Option(names = "--title", required = true, description = "The article's title.")
    String title;

    @Option(names = "--subject", description = "The subject, e.g. \"Computer Science\" (part of the url).")
    String subject;

    @Option(names = "--schema", paramLabel = "NAME", defaultValue = NewArticle.DEFAULT_SCHEMA,
            description = "The template's name. Default: ${DEFAULT-VALUE}.")
    String schema;

    @Option(names = "--file-name", paramLabel = "NAME",
            description = "The file's name inside DIR, instead of <title-slug>.md.")
    String fileName;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (!Files.isDirectory(folder)) {
            spec.commandLine().getErr().println("masthead: " + folder + ": no such folder. Give a folder of Markdown articles.");
            return 2;
        }
        ContentIndex index = new ContentIndex(folder);
        index.loadAndWait();
        try {
            Path file = NewArticle.create(index, new NewArticle.Request(title, subject, schema, fileName), LocalDate.now());
            spec.commandLine().getOut().println(folder.resolve(index.root().relativize(file)));
            return 0;
        } catch (NewArticleException e) {
            spec.commandLine().getErr().println("masthead: " + e.getMessage());
            return 1;
        }
    }
}
