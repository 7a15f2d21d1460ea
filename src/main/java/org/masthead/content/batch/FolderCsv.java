package org.masthead.content.batch;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.masthead.content.ArticleFiles;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.FileBytes;
import org.masthead.document.KeyPath;

/**
 * Chosen fields of chosen articles as CSV (RFC 4180, CRLF line ends, a header row), and such a
 * CSV read back as a {@link Batch} of only the cells that differ from the files.
 *
 * <p>The first column is {@code path}: the article's path relative to the folder, with {@code /}
 * between names. Every other column is a key path ({@code seo.title}, {@code tags},
 * {@code related_article1.url}); see {@link FolderCsvCells} for how a field becomes a cell (list
 * items are joined with {@code "; "}). An import may hold fewer rows and columns than the export it
 * came from, in any order; any problem in it (a path that is not an article of the folder, a
 * column that is not a key path, a cell the field cannot take) is a {@link CsvException} naming
 * the line and column, and nothing is planned.
 */
public final class FolderCsv {
    private FolderCsv() {
    }

    /** Writes the header and one row per file; files that cannot be read or parsed are left out. */
    public static void write(Appendable out, Path root, List<Path> files, List<KeyPath> columns) throws IOException {
        out.append("path");
        for (KeyPath column : columns) {
            out.append(',');
            FolderCsvReader.appendField(out, column.toString());
        }
        out.append("\r\n");
        for (Path file : files) {
            Document doc;
            try {
                doc = Document.parse(file.toString(), FileBytes.read(file));
            } catch (IOException | DocumentException e) {
                continue;
            }
            FolderCsvReader.appendField(out, relative(root, file));
            for (KeyPath column : columns) {
                out.append(',');
                FolderCsvReader.appendField(out, FolderCsvCells.cell(doc, column));
            }
            out.append("\r\n");
        }
    }

    /** The path as the {@code path} column writes it. */
    static String relative(Path root, Path file) {
        Path rel = root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        StringBuilder out = new StringBuilder();
        for (Path name : rel) {
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(name);
        }
        return out.toString();
    }

    /** The changes that make the folder's articles hold what {@code csv} says, cell by cell. */
    public static Batch importPlan(Path root, Reader csv) throws IOException, CsvException {
        List<FolderCsvReader.Record> records = FolderCsvReader.read(csv);
        if (records.isEmpty()) {
            throw new CsvException(1, 1, "the CSV is empty. Give a header row starting with 'path'.");
        }
        List<KeyPath> columns = header(records.get(0));
        Path base = root.toAbsolutePath().normalize();
        Set<Path> seen = new HashSet<>();
        Map<Path, Integer> firstLine = new HashMap<>();
        List<FileChange> changes = new ArrayList<>();
        int cells = 0;
        for (FolderCsvReader.Record row : records.subList(1, records.size())) {
            List<String> fields = row.fields();
            if (fields.size() != columns.size() + 1) {
                throw new CsvException(row.line(), Math.min(fields.size(), columns.size() + 1) + 1, "the row has "
                        + fields.size() + " fields where the header has " + (columns.size() + 1) + ". Quote fields that hold commas.");
            }
            Path file = article(base, fields.get(0), row.line());
            if (!seen.add(file)) {
                throw new CsvException(row.line(), 1, "'" + fields.get(0) + "' is listed twice (first on line "
                        + firstLine.get(file) + "). Keep one row per article.");
            }
            firstLine.put(file, row.line());
            byte[] before = FileBytes.read(file);
            Document doc;
            try {
                doc = Document.parse(fields.get(0), before);
            } catch (DocumentException e) {
                throw new CsvException(row.line(), 1, "the article cannot be read: " + e.getMessage());
            }
            Document edited = doc;
            for (int c = 0; c < columns.size(); c++) {
                String cell = fields.get(c + 1);
                if (cell.equals(FolderCsvCells.cell(edited, columns.get(c)))) {
                    continue;
                }
                try {
                    edited = FolderCsvCells.apply(edited, columns.get(c), cell);
                    cells++;
                } catch (DocumentException e) {
                    throw new CsvException(row.line(), c + 2, "(" + columns.get(c) + ") " + e.getMessage());
                } catch (FolderCsvCells.Refused e) {
                    throw new CsvException(row.line(), c + 2, "(" + columns.get(c) + ") " + fields.get(0) + ": "
                            + e.getMessage());
                }
            }
            byte[] after = edited.toBytes();
            if (!Arrays.equals(before, after)) {
                changes.add(FileChange.edit(file, before, after));
            }
        }
        return new Batch("Import " + cells + (cells == 1 ? " cell" : " cells") + " from CSV", changes);
    }

    private static List<KeyPath> header(FolderCsvReader.Record header) throws CsvException {
        List<String> names = header.fields();
        if (!names.get(0).equals("path")) {
            throw new CsvException(header.line(), 1, "the first column must be 'path', not '" + names.get(0)
                    + "'. Start from a CSV that Masthead exported.");
        }
        List<KeyPath> columns = new ArrayList<>();
        for (int i = 1; i < names.size(); i++) {
            KeyPath path;
            try {
                path = KeyPath.parse(names.get(i));
            } catch (IllegalArgumentException e) {
                throw new CsvException(header.line(), i + 1, "'" + names.get(i) + "' is not a key path ("
                        + e.getMessage() + "). Name columns like seo.title or tags.");
            }
            if (columns.contains(path)) {
                throw new CsvException(header.line(), i + 1, "the column '" + names.get(i) + "' appears twice. Keep one.");
            }
            columns.add(path);
        }
        return columns;
    }

    /** The article a {@code path} cell names: inside the folder, an article file, and there. */
    private static Path article(Path base, String path, int line) throws CsvException {
        Path file;
        try {
            file = base.resolve(path).normalize();
        } catch (RuntimeException e) {
            file = null;
        }
        if (path.isBlank() || file == null || !file.startsWith(base) || file.equals(base)) {
            throw new CsvException(line, 1, "'" + path + "' is not a path inside the folder. Give it relative to "
                    + base + ".");
        }
        boolean hidden = false;
        for (Path name : base.relativize(file)) {
            hidden |= ArticleFiles.isHiddenName(name.toString());
        }
        if (hidden || !ArticleFiles.isArticleName(file.getFileName().toString()) || !Files.isRegularFile(file)) {
            throw new CsvException(line, 1, "'" + path + "' is not an article of " + base
                    + ". Check the path, or remove the row.");
        }
        return file;
    }
}
