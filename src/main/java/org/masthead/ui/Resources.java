package org.masthead.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
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
        try (InputStream in = Resources.class.getResourceAsStream(name)) {
            Objects.requireNonNull(in, "Resource not found: org/masthead/ui/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/masthead/ui/" + name, e);
        }
    }
}
