package org.masthead.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.masthead.document.Document;
import org.masthead.document.KeyPath;
import org.masthead.document.LiteralNewlines;

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

    /**
     * One warning line per place where the body field's backslash-n is not what it seems: the
     * file, the field, the line and column in its Markdown, and what it reads as.
     */
    static void warnNewlines(PrintWriter err, Path file, Document doc, List<LiteralNewlines.Finding> findings) {
        String field = doc.bodyField().isFrontMatterField() ? doc.bodyField().path().toString() : "body";
        for (LiteralNewlines.Finding f : findings) {
            err.println("masthead: warning: " + file + ": " + field + ", Markdown line " + f.line() + ", column "
                    + f.column() + ": " + f.explanation());
        }
        err.flush();
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
