package org.masthead.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code open [DIR]}: starts the window on a content folder. An article file opens the folder it is in, because desktops
 * pass the file itself when a {@code .md} file is opened with Masthead.
 */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = "Open the window on a content folder (or on the folder of an article file).")
public final class OpenCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The content folder, or an article in it.")
    Path folder;

    @Spec
    CommandSpec spec;

    private final WindowLauncher window;

    OpenCommand(WindowLauncher window) {
        this.window = window;
    }

    @Override
    public Integer call() {
        return openWindow(window, folder, spec.commandLine().getErr());
    }

    /** Starts the window and returns when it closes; a window that cannot start is one line on stderr. */
    static int openWindow(WindowLauncher window, Path given, PrintWriter err) {
        Path folder = given == null ? null : folderToOpen(given);
        if (given != null && folder == null) {
            err.println("masthead: " + given + ": no such folder. Give a folder of Markdown articles.");
            return 2;
        }
        try {
            window.launch(folder);
            return 0;
        } catch (Exception | Error e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            err.println("masthead: cannot open the window: " + why + hint(why));
            return 1;
        }
    }

    /** What to do about a window that cannot start for want of a system library or a display. */
    static String hint(String why) {
        if (why.contains("GTK") || why.contains("libXtst") || why.contains("UnsatisfiedLinkError")) {
            return " The window needs GTK 3, libXtst and fonts: on Debian or Ubuntu,"
                    + " apt-get install libgtk-3-0 libxtst6 fontconfig fonts-dejavu-core.";
        }
        if (why.contains("DISPLAY") || why.contains("display")) {
            return " No display was found: run it on a desktop, or under Xvfb (xvfb-run).";
        }
        return "";
    }

    /** The folder itself, the folder holding a file, or null when the path is neither. */
    static Path folderToOpen(Path given) {
        if (Files.isDirectory(given)) {
            return given;
        }
        if (Files.isRegularFile(given)) {
            Path parent = given.toAbsolutePath().normalize().getParent();
            return parent != null && Files.isDirectory(parent) ? parent : null;
        }
        return null;
    }
}
