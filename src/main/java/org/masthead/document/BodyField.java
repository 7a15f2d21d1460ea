package org.masthead.document;

/**
 * Where an article's Markdown is kept. {@link #AFTER_FRONT_MATTER} means the text after the
 * front matter; otherwise {@code path} names a front-matter string field whose value holds the
 * Markdown on one line with literal {@code \n} for line breaks (the reference format's {@code answer}).
 */
public record BodyField(KeyPath path) {
    public static final BodyField AFTER_FRONT_MATTER = new BodyField(null);

    public boolean isFrontMatterField() {
        return path != null;
    }
}
