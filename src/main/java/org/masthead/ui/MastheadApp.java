package org.masthead.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.masthead.session.Settings;

/** The JavaFX application: builds the main window on the chosen folder. */
public final class MastheadApp extends Application {
    /** The named parameter that carries the folder to open. */
    static final String FOLDER = "folder";

    @Override
    public void start(Stage stage) {
        Settings settings = Settings.user();
        Path folder = chooseFolder(settings);
        // read while the window is built: its rows are then ready when it shows
        FolderPrefetch.start(folder);
        MainWindow window = new MainWindow(stage, settings);
        window.setBrowser(url -> getHostServices().showDocument(url));
        // opened before it shows: the prefetch's rows are handed over while the window is styled and laid out
        window.openFolder(folder);
        window.show();
        window.offerRecovery();
    }

    private Path chooseFolder(Settings settings) {
        String given = getParameters().getNamed().get(FOLDER);
        if (given != null) {
            return Path.of(given);
        }
        return settings.lastFolder()
                .filter(Files::isDirectory)
                .orElse(Path.of("samples"));
    }
}
