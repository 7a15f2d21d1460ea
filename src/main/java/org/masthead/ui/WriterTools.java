package org.masthead.ui;

/**
 * The writing aids around the editor, built and wired in one place so the window only places
 * them: the status bar and the outline, which takes its headings from the status bar's counts.
 */
final class WriterTools {
    private final StatusBar statusBar;
    private final OutlinePane outline;

    WriterTools(EditorPane editor, Background background) {
        statusBar = new StatusBar(editor, background);
        outline = new OutlinePane(editor);
        statusBar.setOnStats(stats -> outline.show(stats.headings()));
    }

    StatusBar statusBar() {
        return statusBar;
    }

    OutlinePane outline() {
        return outline;
    }
}
