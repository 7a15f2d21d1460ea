package org.masthead;

import org.masthead.cli.MastheadCommand;

/**
 * The entry point. With no arguments, or with {@code open DIR}, it opens the window; any other
 * subcommand runs on the command line without touching JavaFX.
 */
public final class App {
    private App() {
    }

    public static void main(String[] args) {
        System.exit(MastheadCommand.run(args));
    }
}
