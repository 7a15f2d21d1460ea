package org.masthead.content.batch;

/**
 * A CSV that cannot be imported: its message names the line (where the record starts, 1-based),
 * the column (1-based, with its header when known), what is wrong and what to do. Nothing is
 * planned when it is thrown.
 */
public final class CsvException extends Exception {
    private final int line;
    private final int column;

    public CsvException(int line, int column, String problem) {
        super("line " + line + ", column " + column + ": " + problem);
        this.line = line;
        this.column = column;
    }

    public int line() { return line; }

    public int column() { return column; }
}
