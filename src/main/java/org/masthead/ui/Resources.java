package org.masthead.ui;

import java.net.URL;
import java.util.Objects;

/** Finds the window's resources beside this class, failing fast when one is missing from the build. */
final class Resources {
    private Resources() {
    }

    static String url(String name) {
        URL url = Resources.class.getResource(name);
        return Objects.requireNonNull(url, "Resource not found: org/masthead/ui/" + name).toExternalForm();
    }

    static String text(String name) {
        try (java.io.InputStream in = Resources.class.getResourceAsStream(name)) {
            Objects.requireNonNull(in, "Resource not found: org/masthead/ui/" + name);
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read org/masthead/ui/" + name, e);
        }
    }
}
