package org.masthead.seo;

import java.util.Locale;

/** How bad a finding is. Only {@link #ERROR} makes {@code masthead check} exit with 1. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case word the command line prints. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
