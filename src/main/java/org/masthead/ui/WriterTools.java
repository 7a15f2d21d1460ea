package org.masthead.ui;

/**
 * The writing aids around the editor, built and wired in one place so the window only places
 * them: the status bar and the outline, which takes its headings from the status bar's counts.
 */
final class WriterTools {
    private final StatusBar statusBar;
    private final OutlinePane outline;
    private final ImageInsert images;

    WriterTools(EditorPane editor, Background background) {
        statusBar = new StatusBar(editor, background);
        images = new ImageInsert(editor, background);
        outline = new OutlinePane(editor);
        statusBar.setOnStats(stats -> outline.show(stats.headings()));
    }

    StatusBar statusBar() {
        return statusBar;
    }

    /** Where images go and who hears of problems: the open article, its folder and the message bar. */
    void attach(ImageInsert.Host host) {
        images.setHost(host);
    }

    ImageInsert images() {
        return images;
    }

    OutlinePane outline() {
        return outline;
    }
}
