package org.masthead.ui;

import javafx.scene.layout.Region;
import org.masthead.session.Settings;

/**
 * The window's zoom: one factor for every pane's font and the preview, kept in the settings so
 * the next start shows the same size. Ctrl+0 (factor 0) goes back to 100%.
 */
final class Zoom {
    private static final double BASE_FONT_PX = 13;
    private final Settings settings;
    private final Region root;
    private final PreviewPane preview;
    private double factor;

    Zoom(Settings settings, Region root, PreviewPane preview) {
        this.settings = settings;
        this.root = root;
        this.preview = preview;
        factor = settings.get("zoom", 1);
        apply();
    }

    /** Multiplies the zoom by {@code by}, between 60% and 250%; 0 resets it. */
    void by(double by) {
        factor = by == 0 ? 1 : Math.max(0.6, Math.min(2.5, factor * by));
        settings.put("zoom", factor);
        apply();
    }

    private void apply() {
        root.setStyle("-fx-font-size: " + Math.round(BASE_FONT_PX * factor) + "px;");
        preview.setZoom(factor);
    }
}
