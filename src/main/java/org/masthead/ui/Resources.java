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
}
