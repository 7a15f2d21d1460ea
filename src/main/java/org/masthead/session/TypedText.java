package org.masthead.session;

import java.util.function.Supplier;

/**
 * The editor's text as a source that makes it when first asked, with its length known at once.
 * Joining a 1 MB text takes the FX thread several ms on every keystroke; this lets whichever
 * background thread first needs the text join it, once per version.
 */
public final class TypedText {
    private final Supplier<String> source;
    private final int length;
    private volatile String made;

    public TypedText(Supplier<String> source, int length) {
        this.source = source;
        this.length = length;
    }

    public static TypedText of(String text) {
        TypedText known = new TypedText(() -> text, text.length());
        known.made = text;
        return known;
    }

    public int length() {
        return length;
    }

    public String get() {
        String text = made;
        if (text == null) {
            synchronized (this) {
                if (made == null) {
                    made = source.get();
                }
                text = made;
            }
        }
        return text;
    }

    /** Equal to {@code other}, without making the text when the lengths already differ. */
    public boolean sameAs(String other) {
        return length == other.length() && get().equals(other);
    }
}
