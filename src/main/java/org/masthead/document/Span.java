package org.masthead.document;

/** A half-open range {@code [start, end)} of char offsets into {@link Document#text()}. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }
}
