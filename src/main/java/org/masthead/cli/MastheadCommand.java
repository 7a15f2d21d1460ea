package org.masthead.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The root of the command line. Subcommands are picocli classes in this package; each one
 * returns its exit code. Errors reach the user as one line on stderr, never a stack trace.
 */
@Command(name = "masthead",
        mixinStandardHelpOptions = true,
        versionProvider = MastheadCommand.Version.class,
        description = "A desktop editor for Markdown articles with front matter.%n"
                + "With no command, opens the window on the last folder (or samples/).",
        subcommands = {
            OpenCommand.class,
            GetCommand.class,
            SetCommand.class,
            ReplaceCommand.class,
            ListCommand.class,
            NewCommand.class,
            CheckCommand.class,
            SiteCommand.class,
            RenderCommand.class,
            SpellCommand.class,
            MergeDriverCommand.class,
            GitSetupCommand.class,
            TaxonomyCommand.class,
            RenameCommand.class,
        })
public final class MastheadCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final WindowLauncher window;

    MastheadCommand(WindowLauncher window) {
        this.window = window;
    }

    @Override
    public Integer call() {
        return OpenCommand.openWindow(window, null, spec.commandLine().getErr());
    }

    /** Runs a command; {@code window} opens the window for {@code open} and for no command at all. */
    public static int run(WindowLauncher window, String... args) {
        // UTF-8 whatever the platform: commands print article text and HTML that declares UTF-8
        return run(window, new ByteWriter(System.out),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args);
    }

    /** Runs a command of the command line alone, without the window. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(WindowLauncher.NONE, out, err, args);
    }

    public static int run(WindowLauncher window, PrintWriter out, PrintWriter err, String... args) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine cli = new CommandLine(new MastheadCommand(window), new CommandLine.IFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <K> K create(Class<K> type) throws Exception {
                return type == OpenCommand.class ? (K) new OpenCommand(window) : defaults.create(type);
            }
        });
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, arguments) -> {
            // one line, as for every other error; the full usage is one --help away
            String command = ex.getCommandLine().getCommandSpec().qualifiedName();
            err.println("masthead: " + describe(ex) + " (see '" + command + " --help')");
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, line, parsed) -> {
            err.println("masthead: " + describe(ex));
            return 2;
        });
        return cli.execute(args);
    }

    private static String describe(Exception ex) {
        String message = ex.getMessage();
        return message == null || message.isBlank() ? ex.getClass().getSimpleName() : message;
    }

    public static String version() {
        Properties props = new Properties();
        try (InputStream in = MastheadCommand.class.getResourceAsStream("/org/masthead/version.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException ignored) {
            // fall through to "unknown": a version string is never worth failing for
        }
        return props.getProperty("version", "unknown");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Masthead " + version()};
        }
    }
}
