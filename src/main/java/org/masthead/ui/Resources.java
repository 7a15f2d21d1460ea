package org.masthead.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * The window's stylesheets and scripts, which sit beside the ui classes: finds them, failing fast
 * when one is missing from the build, and hands stylesheets to the scenes and nodes they style.
 */
final class Resources {
    private Resources() {
    }

    /** Styles {@code scene} with the stylesheet {@code name}. */
    static void addStylesheet(Scene scene, String name) {
        scene.getStylesheets().add(url(name));
    }

    /** Styles {@code node} and its children with the stylesheet {@code name}. */
    static void addStylesheet(Parent node, String name) {
        node.getStylesheets().add(url(name));
    }

    static String url(String name) {
        URL url = Resources.class.getResource(name);
        return Objects.requireNonNull(url, "Resource not found: org/masthead/ui/" + name).toExternalForm();
    }

    static String text(String name) {
        try (InputStream in = Resources.class.getResourceAsStream(name)) {
            Objects.requireNonNull(in, "Resource not found: org/masthead/ui/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/masthead/ui/" + name, e);
        }
    }
}
