package org.masthead.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.masthead.seo.SeoChecker;
import org.masthead.spell.Dictionaries;
import org.masthead.spell.FolderSpelling;
import org.masthead.spell.Misspelling;
import org.masthead.spell.SpellException;
import org.masthead.spell.SpellRun;
import org.masthead.spell.UserFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code spell DIR|FILE [--format text|json] [--lang xx_YY]}: the misspellings of a folder's
 * articles, or of one article, for CI. Exit 0 when there are none, 1 when there are, 2 on a
 * usage or IO error or a file that does not parse.
 */
@Command(name = "spell", mixinStandardHelpOptions = true, description = {
    "Check the spelling of the prose of a content folder's articles, or of one article:",
    "the Markdown body and the prose front-matter fields (titles, descriptions, fields typed text or markdown).",
    "Text output: one line per misspelling, 'path:line:column: word (field) suggestions'.",
    "Words in .masthead/dictionary.txt (the folder's) and in the personal dictionary are accepted.",
    "Exit 0: none found; 1: misspellings found; 2: usage or IO error, a file that does not parse,",
    "or an article whose language has no dictionary."})
public final class SpellCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "DIR|FILE", description = "A content folder, or one article in it.")
    Path target;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--lang", paramLabel = "xx_YY",
            description = "Check every article in this language, whatever its lang field or .masthead.yml says.")
    String language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(target)) {
            err.println("masthead: " + target + ": no such file or folder. Give a content folder or an article file.");
            return 2;
        }
        boolean folder = Files.isDirectory(target);
        Path root = folder ? target : CheckCommand.configRoot(target);
        SpellRun.Report report;
        try {
            FolderSpelling spelling = FolderSpelling.open(root, language);
            List<Path> files = folder ? SeoChecker.articleFiles(root) : List.of(target.toAbsolutePath().normalize());
            report = SpellRun.check(spelling, root, files, folder ? null : target.toString());
        } catch (SpellException e) {
            err.println("masthead: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("masthead: cannot read " + target + ": " + e.getMessage());
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? json(report) : text(report));
        out.flush();
        report.unreadable().forEach(problem -> err.println("masthead: " + problem));
        for (Map.Entry<String, Set<String>> missing : report.noDictionary().entrySet()) {
            int n = missing.getValue().size();
            err.println("masthead: warning: no " + missing.getKey() + " dictionary, so " + n
                    + (n == 1 ? " article was" : " articles were") + " not checked (" + missing.getValue().iterator().next()
                    + (n > 1 ? ", …" : "") + "). Put " + missing.getKey() + ".aff and .dic in "
                    + root.resolve(".masthead").resolve("dictionaries") + " or "
                    + UserFolder.path().resolve("dictionaries") + ", or pass --lang " + Dictionaries.DEFAULT_LANGUAGE + ".");
        }
        int count = report.count();
        if (format == Format.text) {
            err.println("masthead: " + count + (count == 1 ? " misspelling" : " misspellings") + " in "
                    + (folder ? report.files() + (report.files() == 1 ? " file" : " files") : target) + ".");
        }
        return !report.unreadable().isEmpty() || !report.noDictionary().isEmpty() ? 2 : count > 0 ? 1 : 0;
    }

    private static String text(SpellRun.Report report) {
        StringBuilder out = new StringBuilder();
        for (List<Misspelling> misspellings : report.misspellings().values()) {
            for (Misspelling m : misspellings) {
                out.append(m.path()).append(':').append(m.line()).append(':').append(m.column()).append(": ")
                        .append(m.word()).append(" (").append(m.field()).append(')');
                if (!m.suggestions().isEmpty()) {
                    out.append(' ').append(String.join(", ", m.suggestions()));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String json(SpellRun.Report report) {
        StringWriter buffer = new StringWriter();
        try (JsonGenerator gen = new JsonFactory().createGenerator(buffer)) {
            gen.useDefaultPrettyPrinter();
            gen.writeStartArray();
            for (List<Misspelling> misspellings : report.misspellings().values()) {
                for (Misspelling m : misspellings) {
                    gen.writeStartObject();
                    gen.writeStringField("path", m.path());
                    gen.writeNumberField("line", m.line());
                    gen.writeNumberField("column", m.column());
                    gen.writeStringField("field", m.field());
                    gen.writeStringField("word", m.word());
                    gen.writeArrayFieldStart("suggestions");
                    for (String s : m.suggestions()) {
                        gen.writeString(s);
                    }
                    gen.writeEndArray();
                    gen.writeEndObject();
                }
            }
            gen.writeEndArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return buffer + "\n";
    }
}
