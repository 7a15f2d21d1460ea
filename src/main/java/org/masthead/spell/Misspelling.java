package org.masthead.spell;

import java.util.List;

/**
 * A word the dictionaries do not know. {@code line} and {@code column} (1-based, in characters)
 * place it in the file; {@code field} names where it was found: a front-matter key path, or
 * {@code body} for the text after the front matter.
 */
public record Misspelling(String path, int line, int column, String field, String word, List<String> suggestions) {
    public Misspelling {
        suggestions = List.copyOf(suggestions);
    }
}
