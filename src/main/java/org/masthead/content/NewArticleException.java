package org.masthead.content;

/** Why a new article was not created; the message is meant for the user as is. Nothing was written. */
public final class NewArticleException extends Exception {
    public NewArticleException(String message) {
        super(message);
    }
}
