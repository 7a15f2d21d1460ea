package org.masthead.document;

/** How a file's front matter is written, or {@link #NONE} when the file has none. */
public enum FrontMatterFormat {
    YAML, TOML, JSON, NONE
}
