package org.masthead.spell;

/** A dictionary or word list that cannot be used; the message is one line naming the file and what to do. */
public final class SpellException extends Exception {
    public SpellException(String message) {
        super(message);
    }
}
