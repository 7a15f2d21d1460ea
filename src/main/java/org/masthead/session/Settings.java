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

    /**
     * The window's bounds as last saved, in device pixels (the window's own units times the
     * screen's output scale), so a window keeps its size on the screen when the scale changes.
     */
    default Optional<WindowBounds> windowBounds() {
        double width = get("window.device.width", -1);
        double height = get("window.device.height", -1);
        if (width <= 0 || height <= 0) {
            double oldWidth = get("window.width", -1);
            double oldHeight = get("window.height", -1);
            // saved before sizes were kept in device pixels: the window's own units, at an unknown scale
            return oldWidth > 0 && oldHeight > 0
                    ? Optional.of(new WindowBounds(Double.NaN, Double.NaN, oldWidth, oldHeight)) : Optional.empty();
        }
        return Optional.of(new WindowBounds(get("window.device.x", Double.NaN), get("window.device.y", Double.NaN),
                width, height));
    }

    default void setWindowBounds(WindowBounds device) {
        put("window.device.x", device.x());
        put("window.device.y", device.y());
        put("window.device.width", device.width());
        put("window.device.height", device.height());
    }

    /** A window's place and size; x and y are NaN when not known. */
    record WindowBounds(double x, double y, double width, double height) {
        /** The smallest window that still shows the list, the form and the tabs. */
        public static final double MIN_WIDTH = 640;
        public static final double MIN_HEIGHT = 400;

        /** These bounds (in the window's own units) in device pixels at {@code scale}. */
        public WindowBounds toDevice(double scale) {
            return new WindowBounds(x * scale, y * scale, width * scale, height * scale);
        }

        /**
         * Device-pixel bounds back in the window's own units at {@code scale}, fitted into the
         * visible area {@code screen} (also in the window's units): no larger than it, and moved
         * inside it when any part would be off it. Unknown x and y centre the window.
         */
        public WindowBounds fit(double scale, WindowBounds screen) {
            double s = scale > 0 ? scale : 1;
            double w = clamp(width / s, Math.min(MIN_WIDTH, screen.width()), screen.width());
            double h = clamp(height / s, Math.min(MIN_HEIGHT, screen.height()), screen.height());
            double left = Double.isNaN(x) ? screen.x() + (screen.width() - w) / 2 : x / s;
            double top = Double.isNaN(y) ? screen.y() + (screen.height() - h) / 2 : y / s;
            return new WindowBounds(clamp(left, screen.x(), screen.x() + screen.width() - w),
                    clamp(top, screen.y(), screen.y() + screen.height() - h), w, h);
        }

        private static double clamp(double value, double min, double max) {
            return Math.max(min, Math.min(max, value));
        }
    }

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
