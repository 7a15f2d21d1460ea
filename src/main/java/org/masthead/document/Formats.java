package org.masthead.document;

import java.util.List;

/** Structural edits in TOML and JSON front matter. */
final class Formats {
    private Formats() {
    }

    static Document add(Document doc, Tree.MapNode map, List<Object> keys, String value, KeyPath path)
            throws DocumentException {
        throw doc.fail(0, "adding keys to " + doc.format() + " front matter is not supported yet.", null);
    }

    static Document remove(Document doc, Tree.Node parent, KeyPath path) throws DocumentException {
        throw doc.fail(0, "removing from " + doc.format() + " front matter is not supported yet.", null);
    }

    static Document insert(Document doc, Tree.ListNode list, int index, String value) throws DocumentException {
        throw doc.fail(0, "list edits in " + doc.format() + " front matter are not supported yet.", null);
    }

    static Document insertRaw(Document doc, Tree.ListNode list, int index, String raw) throws DocumentException {
        throw doc.fail(0, "list edits in " + doc.format() + " front matter are not supported yet.", null);
    }
}
