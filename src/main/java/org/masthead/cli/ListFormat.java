package org.masthead.cli;

import java.io.PrintWriter;
import java.util.List;
import org.masthead.content.IndexEntry;
import org.masthead.document.JsonStrings;

/**
 * The row formats of {@code list}: one row per article with path, id, title, subject, date, url
 * and, for files that could not be read, the problem.
 */
enum ListFormat {
    /** Tab-separated, no header; control characters in values become spaces so a row stays one line. */
    text {
        @Override
        void write(List<IndexEntry> entries, PrintWriter out) {
            StringBuilder row = new StringBuilder(256);
            for (IndexEntry e : entries) {
                row.setLength(0);
                for (String value : values(e)) {
                    if (row.length() > 0) {
                        row.append('\t');
                    }
                    appendFlat(row, value);
                }
                if (!e.ok()) {
                    row.append("\terror: ");
                    appendFlat(row, e.problem().toString());
                }
                out.print(row.append('\n'));
            }
        }
    },

    /** RFC 4180: a header, CRLF line ends, fields quoted when they hold a comma, quote or line break. */
    csv {
        @Override
        void write(List<IndexEntry> entries, PrintWriter out) {
            out.print("path,id,title,subject,date,url,error\r\n");
            StringBuilder row = new StringBuilder(256);
            for (IndexEntry e : entries) {
                row.setLength(0);
                for (String value : values(e)) {
                    appendCsv(row, value).append(',');
                }
                appendCsv(row, e.ok() ? "" : e.problem().toString());
                out.print(row.append("\r\n"));
            }
        }
    },

    /** An array of objects, one per article; {@code error} is present only for files with a problem. */
    json {
        @Override
        void write(List<IndexEntry> entries, PrintWriter out) {
            out.print('[');
            StringBuilder row = new StringBuilder(256);
            boolean first = true;
            for (IndexEntry e : entries) {
                row.setLength(0);
                row.append(first ? "\n" : ",\n");
                first = false;
                String[] values = values(e);
                row.append("  {");
                for (int i = 0; i < values.length; i++) {
                    appendJsonMember(row, i == 0 ? "" : ", ", COLUMNS[i], values[i]);
                }
                if (!e.ok()) {
                    appendJsonMember(row, ", ", "error", e.problem().toString());
                }
                out.print(row.append('}'));
            }
            out.print(first ? "]\n" : "\n]\n");
        }
    };

    static final String[] COLUMNS = {"path", "id", "title", "subject", "date", "url"};

    abstract void write(List<IndexEntry> entries, PrintWriter out);

    static String[] values(IndexEntry e) {
        return new String[] {e.path(), e.id(), e.title(), e.subject(), e.date(), e.url()};
    }

    private static void appendFlat(StringBuilder out, String value) {
        if (value.chars().allMatch(c -> c >= 0x20 && c != 0x7f)) {
            out.append(value);
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(c < 0x20 || c == 0x7f ? ' ' : c);
        }
    }

    static StringBuilder appendCsv(StringBuilder out, String value) {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            return out.append(value);
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(c);
            if (c == '"') {
                out.append('"');
            }
        }
        return out.append('"');
    }

    private static void appendJsonMember(StringBuilder out, String separator, String name, String value) {
        out.append(separator);
        JsonStrings.append(out, name);
        out.append(": ");
        JsonStrings.append(out, value);
    }
}
