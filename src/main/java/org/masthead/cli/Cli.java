package org.masthead.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
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
    static KeyPath keyPath(boolean body, String text, PrintWriter err) throws Reported {
        if (body) {
            return null;
        }
        try {
            return KeyPath.parse(text);
        } catch (IllegalArgumentException e) {
            err.println("masthead: " + e.getMessage());
            throw new Reported(2);
        }
    }

    /**
     * The article at {@code file}. When it is missing, unreadable or does not parse, the one-line
     * error is printed and the command's exit code thrown: 2 for IO, 1 for the content.
     */
    static Document open(Path file, PrintWriter err) throws Reported {
        if (!Files.exists(file)) {
            err.println("masthead: " + file + ": no such file. Give the path of an article file.");
            throw new Reported(2);
        }
        try {
            return Document.parse(file);
        } catch (IOException e) {
            err.println("masthead: " + file + ": cannot read: " + describe(e));
            throw new Reported(2);
        } catch (DocumentException e) {
            err.println("masthead: " + e.getMessage());
            throw new Reported(1);
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

    /** Signals an error already reported on stderr; the command exits with {@link #exitCode}. */
    static final class Reported extends Exception {
        final int exitCode;

        Reported(int exitCode) {
            super(null, null, false, false);
            this.exitCode = exitCode;
        }
    }

    static String describe(Exception e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        return message == null || message.isBlank() ? kind : kind + " " + message;
    }
}
