package org.masthead.document;

/** Adding, removing and moving keys and list items, spliced into the text. */
final class Structure {
    private Structure() {
    }

    static Document add(Document doc, KeyPath path, String value) throws DocumentException {
        throw doc.fail(0, "'" + path + "' does not exist.", "Adding keys is not supported yet.");
    }

    static Document remove(Document doc, KeyPath path) throws DocumentException {
        throw doc.fail(0, "removing is not supported yet.", null);
    }

    static Document insert(Document doc, KeyPath path, int index, String value) throws DocumentException {
        throw doc.fail(0, "inserting is not supported yet.", null);
    }

    static Document move(Document doc, KeyPath path, int from, int to) throws DocumentException {
        throw doc.fail(0, "moving is not supported yet.", null);
    }
}
