package org.masthead.content;

/**
 * How much of each article an index keeps. The window keeps everything; {@code list} on the
 * command line needs only its six columns, and keeping less lets 100,000 entries fit in far less
 * heap, which at that size is what costs time.
 */
public enum EntryDetail {
    /** Every field of {@link IndexEntry}. */
    FULL,
    /** Path, id, title, subject, date and url (and the problem, if any); SEO fields and related articles are left empty. */
    LIST;

    boolean wants(String path) {
        if (this == FULL) {
            return EntryFields.wanted(path);
        }
        switch (path) {
            case "id": case "title": case "subject": case "date": case "url":
                return true;
            default:
                return false;
        }
    }
}
