/**
 * The command line (picocli), on the same core as the window and with no JavaFX.
 *
 * <p>{@link org.masthead.cli.MastheadCommand} lists the subcommands. Each command reads through
 * {@code document}, {@code content}, {@code seo}, {@code render} and {@code spell}, writes only
 * through the lossless model's splices and atomic saves, and reports bad input as one line naming
 * the file, line and column: exit 1 for an error in the content, 2 for a usage or IO error. {@code open} starts the window through the
 * {@link org.masthead.cli.WindowLauncher} that {@code App} hands in, so this package never uses
 * {@code ui}.
 */
package org.masthead.cli;
