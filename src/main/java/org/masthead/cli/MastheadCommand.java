package org.masthead.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

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
            ListCommand.class,
            NewCommand.class,
            CheckCommand.class,
            RenderCommand.class,
        })
public final class MastheadCommand implements java.util.concurrent.Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return OpenCommand.openWindow(null, spec.commandLine().getErr());
    }

    public static int run(String... args) {
        // UTF-8 whatever the platform: commands print article text and HTML that declares UTF-8
        return run(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new MastheadCommand());
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
