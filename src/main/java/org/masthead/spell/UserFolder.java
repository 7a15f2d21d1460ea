package org.masthead.spell;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The user's own settings folder, where the personal dictionary and extra dictionaries live:
 * {@code -Dmasthead.config.dir} when set (tests point it into {@code target/}), else the
 * platform's place for application settings.
 */
public final class UserFolder {
    public static final String DIR_PROPERTY = "masthead.config.dir";

    private UserFolder() {
    }

    public static Path path() {
        String set = System.getProperty(DIR_PROPERTY);
        if (set != null && !set.isBlank()) {
            return Path.of(set);
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return appData != null ? Path.of(appData, "Masthead") : Path.of(home, "AppData", "Roaming", "Masthead");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Masthead");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        // the XDG spec says a relative value is invalid and must be ignored
        return xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg, "masthead") : Path.of(home, ".config", "masthead");
    }
}
