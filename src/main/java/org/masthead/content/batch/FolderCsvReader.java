package org.masthead.content.batch;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 records: fields separated by commas, records by CRLF or LF, a field in double
 * quotes may hold commas, line breaks and {@code ""} for a quote. A leading byte order mark (as
 * spreadsheets write) is skipped.
 */
final class FolderCsvReader {
    /** One record and the 1-based line it starts on. */
    record Record(int line, List<String> fields) {
    }

    private FolderCsvReader() {
    }

    static List<Record> read(Reader in) throws IOException, CsvException {
        String text = readAll(in);
        int at = text.startsWith("\uFEFF") ? 1 : 0;
        int line = 1;
        List<Record> records = new ArrayList<>();
        while (at < text.length()) {
            int recordLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean done = false;
            while (!done) {
                field.setLength(0);
                if (at < text.length() && text.charAt(at) == '"') {
                    int quoteLine = line;
                    at++;
                    while (true) {
                        if (at >= text.length()) {
                            throw new CsvException(quoteLine, fields.size() + 1,
                                    "a quoted field is not closed. Add the closing \" (and write a quote inside a field as \"\").");
                        }
                        char c = text.charAt(at++);
                        if (c == '"') {
                            if (at < text.length() && text.charAt(at) == '"') {
                                field.append('"');
                                at++;
                                continue;
                            }
                            break;
                        }
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                    }
                    if (at < text.length() && ",\r\n".indexOf(text.charAt(at)) < 0) {
                        throw new CsvException(line, fields.size() + 1,
                                "text follows the closing quote of a field. Put the whole field in quotes, with \"\" for a quote.");
                    }
                } else {
                    while (at < text.length() && ",\r\n".indexOf(text.charAt(at)) < 0) {
                        field.append(text.charAt(at++));
                    }
                }
                fields.add(field.toString());
                if (at < text.length() && text.charAt(at) == ',') {
                    at++;
                } else {
                    if (at < text.length() && text.charAt(at) == '\r') {
                        at++;
                    }
                    if (at < text.length() && text.charAt(at) == '\n') {
                        at++;
                    }
                    line++;
                    done = true;
                }
            }
            if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
                records.add(new Record(recordLine, fields));
            }
        }
        return records;
    }

    private static String readAll(Reader in) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            out.append(buffer, 0, n);
        }
        return out.toString();
    }

    /** Appends {@code value} as one field, quoted when it holds a comma, a quote or a line break. */
    static void appendField(Appendable out, String value) throws IOException {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.append(value);
            return;
        }
        out.append('"').append(value.replace("\"", "\"\"")).append('"');
    }
}
