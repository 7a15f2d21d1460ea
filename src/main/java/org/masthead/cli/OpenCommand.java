package org.masthead.cli;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.io.PrintWriter;
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

    @Override
    public Integer call() {
        return openWindow(folder, spec.commandLine().getErr());
    }

    /**
     * Starts the window and returns when it closes. The UI is loaded by name so that this package never links against
     * JavaFX, and commands such as {@code --version} run with no display.
     */
    static int openWindow(Path given, PrintWriter err) {
        Path folder = given == null ? null : folderToOpen(given);
        if (given != null && folder == null) {
            err.println("masthead: " + given + ": no such folder. Give a folder of Markdown articles.");
            return 2;
        }
        try {
            Class<?> launcher = Class.forName("org.masthead.ui.Launcher");
            launcher.getMethod("launch", Path.class).invoke(null, folder);
            return 0;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            err.println("masthead: cannot open the window: " + (cause.getMessage() == null ? cause : cause.getMessage()));
            return 1;
        } catch (ReflectiveOperationException e) {
            err.println("masthead: the window is not part of this build: " + e.getMessage());
            return 1;
        }
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
