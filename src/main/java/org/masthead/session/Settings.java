package org.masthead.session;

import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;

/** The window's remembered settings, kept in {@code java.util.prefs} per user. */
public interface Settings {

    Optional<Path> lastFolder();

    void setLastFolder(Path folder);

    double get(String key, double fallback);

    void put(String key, double value);

    /** A remembered text (the recent folders, one per line); {@code fallback} when there is none. */
    default String text(String key, String fallback) {
        return fallback;
    }

    default void putText(String key, String value) {
    }

    public static Settings user() {
        return new PrefsSettings(Preferences.userRoot().node("org/masthead"));
    }

    /** Backed by a {@link Preferences} node; tests pass their own node. */
    public record PrefsSettings(Preferences node) implements Settings {
        @Override
        public Optional<Path> lastFolder() {
            String value = node.get("lastFolder", null);
            return value == null ? Optional.empty() : Optional.of(Path.of(value));
        }

        @Override
        public void setLastFolder(Path folder) {
            node.put("lastFolder", folder.toAbsolutePath().toString());
        }

        @Override
        public double get(String key, double fallback) {
            return node.getDouble(key, fallback);
        }

        @Override
        public void put(String key, double value) {
            node.putDouble(key, value);
        }

        @Override
        public String text(String key, String fallback) {
            return node.get(key, fallback);
        }

        @Override
        public void putText(String key, String value) {
            node.put(key, value);
        }
    }
}
