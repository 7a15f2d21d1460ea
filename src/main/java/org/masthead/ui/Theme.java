package org.masthead.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Carries the window's theme to the dialogs it opens: every other stage that is shown gets the
 * window's stylesheet and, while the window's root has {@code theme-dark}, that class too.
 */
final class Theme {
    static final String DARK = "theme-dark";

    private Theme() {
    }

    /** From now on, stages shown beside {@code root}'s window look like it. */
    static void spreadFrom(Parent root) {
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            if (root.getScene() == null || root.getScene().getWindow() == null
                    || !root.getScene().getWindow().isShowing()) {
                return;
            }
            while (change.next()) {
                for (Window added : change.getAddedSubList()) {
                    if (added instanceof Stage && added.getScene() != null && added.getScene() != root.getScene()) {
                        style(added.getScene(), root.getStyleClass().contains(DARK));
                    }
                }
            }
        });
        root.getStyleClass().addListener((ListChangeListener<String>) change -> {
            boolean dark = root.getStyleClass().contains(DARK);
            for (Window window : Window.getWindows()) {
                if (window instanceof Stage && window.getScene() != null && window.getScene() != root.getScene()) {
                    style(window.getScene(), dark);
                }
            }
        });
    }

    static void style(Scene scene, boolean dark) {
        String sheet = Resources.url("masthead.css");
        if (!scene.getStylesheets().contains(sheet)) {
            scene.getStylesheets().add(sheet);
        }
        Parent root = scene.getRoot();
        if (!root.getStyleClass().contains("masthead")) {
            root.getStyleClass().add("masthead");
        }
        root.getStyleClass().remove(DARK);
        if (dark) {
            root.getStyleClass().add(DARK);
        }
    }
}
