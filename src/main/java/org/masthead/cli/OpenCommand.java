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

/** {@code open [DIR]}: starts the window on a content folder. */
@Command(name = "open", mixinStandardHelpOptions = true, description = "Open the window on a content folder.")
public final class OpenCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The content folder.")
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
    static int openWindow(Path folder, PrintWriter err) {
        if (folder != null && !Files.isDirectory(folder)) {
            err.println("masthead: " + folder + ": no such folder. Give a folder of Markdown articles.");
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
}
