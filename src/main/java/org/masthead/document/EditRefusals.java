package org.masthead.document;

import java.util.Optional;

/** Edits the model refuses before trying them, each with a message that says why and what to do. */
final class EditRefusals {
    private EditRefusals() {
    }

    /** What lies inside a YAML alias is the anchored value's text: an edit there would edit that value. */
    static void aliases(Document doc, KeyPath path) throws DocumentException {
        Optional<Tree.Node> alias = Tree.aliasAbove(doc.tree(), path);
        if (alias.isPresent()) {
            throw doc.fail(alias.get().span().start(), "'" + path + "' lies inside a YAML alias ("
                    + doc.text().substring(alias.get().span().start(), alias.get().span().end()) + ") of the value on line "
                    + alias.get().origin().field().line() + ".",
                    "Edit it there (every alias of it shows the change), or write the value out here.");
        }
    }

    /** Front matter has a size limit (see {@link YamlTree#MAX_CHARS}); say so rather than that the value will not read back. */
    static void oversized(Document doc, KeyPath path, ScalarField old, String value) throws DocumentException {
        long after = (long) doc.split().contentEnd() - doc.split().contentStart() - (old.span().end() - old.span().start()) + value.length();
        if (after > YamlTree.MAX_CHARS) {
            throw doc.fail(old.span().start(), "the new value of '" + path + "' is " + value.length()
                    + " characters long: the front matter would pass its limit of " + YamlTree.MAX_CHARS + " characters.",
                    "Keep long text in the body, after the front matter. Nothing was changed.");
        }
    }

    /** A lone UTF-16 surrogate has no UTF-8 form: writing it would silently turn it into '?'. */
    static void brokenText(Document doc, String value) throws DocumentException {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw doc.fail(0, "the new value holds half of a character (U+" + Integer.toHexString(c).toUpperCase()
                        + ") at position " + (i + 1) + ".", "Nothing was changed.");
            }
        }
    }
}
