package org.masthead.cli;

import java.util.List;
import org.masthead.seo.Finding;

/**
 * The findings of {@code check} as CSV (RFC 4180: comma-separated, CRLF line ends, a field
 * quoted when it holds a comma, quote or line break, its quotes doubled), one finding a row under
 * the header {@code path,line,severity,check,field,message}, for a spreadsheet or a script.
 */
final class CheckCsv {
    /** One finding and the path {@code check} names its file by. */
    record Row(String path, Finding finding) {
    }

    private static final String HEADER = "path,line,severity,check,field,message\r\n";

    private CheckCsv() {
    }

    static String of(List<Row> rows) {
        StringBuilder out = new StringBuilder(HEADER.length() + rows.size() * 120).append(HEADER);
        for (Row row : rows) {
            Finding f = row.finding();
            out.append(cell(row.path())).append(',').append(f.line()).append(',').append(f.severity().label())
                    .append(',').append(cell(f.check())).append(',').append(cell(f.field())).append(',')
                    .append(cell(f.message())).append("\r\n");
        }
        return out.toString();
    }

    static String cell(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
