package org.masthead.document;

/**
 * The one exception the document layer throws for bad input. It always names the source, a
 * 1-based line and column, what is wrong and what the user can do about it, so callers can show
 * {@link #getMessage()} as is and never a stack trace.
 */
public final class DocumentException extends Exception {
    private final String source;
    private final int line;
    private final int column;
    private final String problem;
    private final String hint;

    public DocumentException(String source, int line, int column, String problem, String hint) {
        super(format(source, line, column, problem, hint));
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = problem;
        this.hint = hint;
    }

    private static String format(String source, int line, int column, String problem, String hint) {
        String where = source + ":" + line + ":" + column;
        return hint == null || hint.isBlank() ? where + ": " + problem : where + ": " + problem + " " + hint;
    }

    public String source() { return source; }
    public int line() { return line; }
    public int column() { return column; }
    public String problem() { return problem; }
    public String hint() { return hint; }
}
