package org.masthead.session;

import org.masthead.document.Document;
import org.masthead.document.DocumentException;

/** A change of the front matter as a whole: from the document before it to the one after. */
@FunctionalInterface
public interface DocumentChange {
    Document apply(Document doc) throws DocumentException;
}
