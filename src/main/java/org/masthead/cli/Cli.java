package org.masthead.cli;

import java.io.PrintWriter;
import org.masthead.document.Document;
import org.masthead.document.KeyPath;

/** Small helpers shared by the file commands. */
final class Cli {
    private Cli() {
    }

    /**
     * The key path given on the command line, or null with {@code --body}; a malformed path is a
     * usage error, printed as one line.
     */
    static KeyPath keyPath(boolean body, String text, PrintWriter err) throws UsageError {
        if (body) {
            return null;
        }
        try {
            return KeyPath.parse(text);
        } catch (IllegalArgumentException e) {
            err.println("masthead: " + e.getMessage());
            throw new UsageError();
        }
    }

    /** Whether a command addresses the article's Markdown: {@code --body}, or the path of the body field. */
    static boolean addressesBody(Document doc, boolean body, KeyPath path) {
        return body || doc.bodyField().isFrontMatterField() && doc.bodyField().path().equals(path);
    }

    /** Signals a usage error already reported; the command exits 2. */
    static final class UsageError extends Exception {
        UsageError() {
            super(null, null, false, false);
        }
    }

    static String describe(Exception e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        return message == null || message.isBlank() ? kind : kind + " " + message;
    }
}
