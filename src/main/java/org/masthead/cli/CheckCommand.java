package org.masthead.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.masthead.content.ConfigFile;
import org.masthead.content.batch.Batch;
import org.masthead.document.DocumentException;
import org.masthead.seo.Checks;
import org.masthead.seo.ExternalLinks;
import org.masthead.seo.Finding;
import org.masthead.seo.FolderFixes;
import org.masthead.seo.FolderReport;
import org.masthead.seo.SeoChecker;
import org.masthead.seo.SeoConfig;
import org.masthead.seo.SeoRules;
import org.masthead.seo.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code check DIR|FILE [--format text|json|sarif|csv]}: the SEO checks for CI. Exit 0 when there is
 * no error (warnings are fine), 1 when there are errors, 2 on a usage or IO error. With
 * {@code --fix CHECK-ID} it applies that check's fixes instead ({@link org.masthead.seo.FolderFixes}).
 */
@Command(name = "check", mixinStandardHelpOptions = true, description = {
    "Check the SEO metadata of a content folder, or of one article against its folder.",
    "Web links are checked only with --online.",
    "Text output: one line per finding, 'path:line: severity check-id field: message'.",
    "Exit 0: no errors; 1: errors found; 2: usage or IO error.",
    "With --fix CHECK-ID: apply that check's one-click fix to every finding that has one, all or nothing "
        + "(--dry-run prints the diff and writes nothing). Exit 0: fixed; 1: nothing to fix; 2: usage or IO error.",
    "Findings listed under seo.ignore in .masthead.yml are neither reported nor fixed."})
public final class CheckCommand implements Callable<Integer> {
    enum Format { text, json, sarif, csv }

    @Parameters(index = "0", paramLabel = "DIR|FILE", description = "A content folder, or one article in it.")
    Path target;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|sarif|csv",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--fix", paramLabel = "CHECK-ID", description = "Apply this check's fixes everywhere, as one change.")
    String fix;

    @Option(names = "--dry-run", description = "With --fix: print the unified diff of every file that would change.")
    boolean dryRun;

    @Option(names = "--online", description = {"Also ask web servers about the articles' web links (HEAD, then GET),",
        "one request a second per host; answers are kept a day in the user's cache folder."})
    boolean online;

    @Spec
    CommandSpec spec;

    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(target)) {
            err.println("masthead: " + target + ": no such file or folder. Give a content folder or an article file.");
            return 2;
        }
        boolean folder = Files.isDirectory(target);
        Path root = folder ? target : configRoot(target);
        if (fix != null || dryRun) {
            return fix(root.toAbsolutePath().normalize(), folder, err);
        }
        List<Line> lines = new ArrayList<>();
        FolderReport report;
        try {
            // the walk of the folder and the reading of the site's settings overlap: both wait on the disk
            java.util.concurrent.FutureTask<List<Path>> walk = new java.util.concurrent.FutureTask<>(
                    () -> SeoChecker.articleFiles(root));
            Thread walker = new Thread(walk, "masthead-check-walk");
            walker.setDaemon(true);
            walker.start();
            SeoRules rules = SeoConfig.load(root);
            List<Path> files = walked(walk);
            if (!folder && !files.contains(target.toAbsolutePath().normalize())) {
                files = new ArrayList<>(files);
                files.add(target.toAbsolutePath().normalize());
            }
            report = SeoChecker.checkFiles(root, files, rules, clock);
            if (online) {
                report = online(root, report, rules);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("masthead: the link check was interrupted; nothing was reported.");
            return 2;
        } catch (DocumentException e) {
            err.println("masthead: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("masthead: cannot read " + target + ": " + e.getMessage());
            return 2;
        }
        String only = folder ? null : relative(root, target.toAbsolutePath().normalize());
        for (Map.Entry<String, List<Finding>> entry : report.findings().entrySet()) {
            if (only == null || entry.getKey().equals(only)) {
                String shown = only == null ? entry.getKey() : target.toString();
                entry.getValue().forEach(f -> lines.add(new Line(shown, f)));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.text) {
            CheckText.write(lines, out);
        }
        out.print(switch (format) {
            case text -> "";
            case json -> json(lines);
            case sarif -> SarifFormat.of(lines.stream().map(l -> new SarifFormat.Result(l.path, l.finding.line(),
                    l.finding.severity().label(), l.finding.check(), l.finding.field(), l.finding.message())).toList(),
                    folder ? root : Path.of(""), MastheadCommand.version());
            case csv -> CheckCsv.of(lines.stream().map(l -> new CheckCsv.Row(l.path, l.finding)).toList());
        });
        out.flush();
        long errors = lines.stream().filter(l -> l.finding.severity() == Severity.ERROR).count();
        if (format == Format.text) {
            long warnings = lines.stream().filter(l -> l.finding.severity() == Severity.WARNING).count();
            err.println("masthead: " + errors + (errors == 1 ? " error, " : " errors, ") + warnings
                    + (warnings == 1 ? " warning" : " warnings") + " in "
                    + (folder ? report.files() + (report.files() == 1 ? " file" : " files") : target) + ".");
        }
        boolean unreadable = lines.stream().anyMatch(l -> l.finding.check().equals(Checks.READ_ERROR));
        return unreadable ? 2 : errors > 0 ? 1 : 0;
    }

    private static List<Path> walked(java.util.concurrent.FutureTask<List<Path>> walk)
            throws IOException, InterruptedException {
        try {
            return walk.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    record Line(String path, Finding finding) {
    }

    private int fix(Path root, boolean folder, PrintWriter err) {
        if (fix == null || !Checks.ALL.contains(fix)) {
            err.println("masthead: " + (fix == null ? "--dry-run goes with --fix CHECK-ID"
                    : "'" + fix + "' is not a check id; 'masthead check' prints them") + " (see 'masthead check --help')");
            return 2;
        }
        int recovered = BatchOutput.recover(root, err);
        if (recovered != 0) {
            return recovered;
        }
        try {
            List<Path> files = folder ? SeoChecker.articleFiles(root) : List.of(target.toAbsolutePath().normalize());
            List<DocumentException> skipped = new ArrayList<>();
            Batch batch = FolderFixes.plan(root, files, fix, SeoConfig.load(root), clock, skipped::add);
            skipped.forEach(e -> err.println("masthead: warning: " + e.getMessage() + " (left out)"));
            return BatchOutput.run(root, batch, dryRun, spec.commandLine().getOut(), err);
        } catch (DocumentException e) {
            err.println("masthead: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("masthead: cannot read " + target + ": " + e.getMessage());
            return 2;
        }
    }

    private FolderReport online(Path root, FolderReport report, SeoRules rules) throws InterruptedException {
        org.masthead.seo.ExternalLinkChecker checker = new org.masthead.seo.ExternalLinkChecker(rules.links().online(),
                org.masthead.seo.ExternalLinkCache.forUser(), clock, System::nanoTime,
                d -> Thread.sleep(d.toMillis()));
        return ExternalLinks.merged(report, ExternalLinks.check(root, report, rules, checker));
    }

    /**
     * The folder whose rules apply to a single file: the nearest one up with a .masthead.yml,
     * stopping at the top of a git repository; else the file's own folder.
     */
    static Path configRoot(Path file) {
        Path start = file.toAbsolutePath().normalize().getParent();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(ConfigFile.NAME))) {
                return dir;
            }
            if (Files.exists(dir.resolve(".git"))) {
                break;
            }
        }
        return start;
    }

    private static String relative(Path root, Path file) {
        return root.toAbsolutePath().normalize().relativize(file).toString().replace(File.separatorChar, '/');
    }

    private static String json(List<Line> lines) {
        StringWriter buffer = new StringWriter(lines.size() * 200);
        try (JsonGenerator gen = new JsonFactory().createGenerator(buffer)) {
            gen.useDefaultPrettyPrinter();
            gen.writeStartArray();
            for (Line line : lines) {
                Finding f = line.finding;
                gen.writeStartObject();
                gen.writeStringField("path", line.path);
                gen.writeNumberField("line", f.line());
                gen.writeStringField("severity", f.severity().label());
                gen.writeStringField("check", f.check());
                gen.writeStringField("field", f.field());
                gen.writeStringField("message", f.message());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return buffer + "\n";
    }
}
