package org.masthead;

import org.masthead.cli.MastheadCommand;
import org.masthead.ui.Launcher;

/**
 * The entry point and composition root. With no arguments, or with {@code open DIR}, it opens the
 * window; any other subcommand runs on the command line without touching JavaFX: the window's
 * classes load only when the lambda below runs.
 */
public final class App {
    private App() {
    }

    public static void main(String[] args) {
        System.exit(MastheadCommand.run(folder -> Launcher.launch(folder), args));
    }
}
