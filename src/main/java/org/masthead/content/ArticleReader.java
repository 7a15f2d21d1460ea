package org.masthead.content;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.FastFrontMatter;
import org.masthead.document.Field;
import org.masthead.document.MapField;
import org.masthead.document.ScalarField;
import org.masthead.document.ScalarType;

/**
 * Turns one file into an {@link IndexEntry}: the fast reader ({@link FastFrontMatter}) when it is sure, the full document
 * parser otherwise, so an entry's values and problems are always those the editor would show.
 */
public final class ArticleReader {
    /** How far we look for a NUL byte, as git and grep do, to tell a binary file. */
    static final int BINARY_PROBE = 8192;

    private ArticleReader() {
    }

    /** Reads {@code file}; {@code relativePath} names it in the entry. Never throws: problems become entries. */
    public static IndexEntry read(Path file, String relativePath) {
        return read(file, relativePath, new ReadBuffer());
    }

    static IndexEntry read(Path file, String relativePath, ReadBuffer buffer) {
        int length;
        try {
            length = buffer.read(file);
        } catch (IOException | OutOfMemoryError e) {
            return unreadable(relativePath, e);
        }
        return read(relativePath, buffer.bytes(), length);
    }

    static IndexEntry unreadable(String relativePath, Throwable e) {
        String why = e instanceof NoSuchFileException
                ? "the file is gone, or is a link to nothing" : describe(e);
        return IndexEntry.failed(relativePath, new IndexEntry.Problem("cannot read the file: " + why, 0, 0));
    }

    public static IndexEntry read(String relativePath, byte[] bytes) {
        return read(relativePath, bytes, bytes.length);
    }

    /** Reads the first {@code length} bytes of {@code bytes}, which may be a reused buffer: the entry keeps none of it. */
    static IndexEntry read(String relativePath, byte[] bytes, int length) {
        return read(relativePath, bytes, length, EntryDetail.FULL);
    }

    static IndexEntry read(String relativePath, byte[] bytes, int length, EntryDetail detail) {
        int nul = indexOfNul(bytes, Math.min(length, BINARY_PROBE));
        if (nul >= 0) {
            return IndexEntry.failed(relativePath, new IndexEntry.Problem(
                    "binary file (NUL byte at offset " + nul + "): not a text article; move it out of the content folder", 0, 0));
        }
        MapField kept;
        try {
            kept = FastFrontMatter.read(bytes, length, KeyScope.top(detail));
        } catch (RuntimeException | StackOverflowError readerBug) {
            // Never lose the file (or, in a folder scan, its whole batch): the full parser decides.
            kept = null;
        }
        if (kept != null) {
            return EntryFields.build(relativePath, collect(kept, detail));
        }
        return readFully(relativePath, Arrays.copyOf(bytes, length), detail);
    }

    /** The full parser's reading of a file; public to the package so tests can compare both paths. */
    static IndexEntry readFully(String relativePath, byte[] bytes) {
        return readFully(relativePath, bytes, EntryDetail.FULL);
    }

    static IndexEntry readFully(String relativePath, byte[] bytes, EntryDetail detail) {
        try {
            Document doc = Document.parse(relativePath, bytes);
            return EntryFields.build(relativePath, collect(doc.root(), detail));
        } catch (DocumentException e) {
            String hint = e.hint() == null || e.hint().isBlank() ? "" : " " + e.hint();
            return IndexEntry.failed(relativePath, new IndexEntry.Problem(e.problem() + hint, e.line(), e.column()));
        } catch (RuntimeException | StackOverflowError e) {
            // A parser bug must not take the whole folder down with it: the file is listed as unreadable.
            return IndexEntry.failed(relativePath, new IndexEntry.Problem("cannot read the front matter: " + describe(e), 0, 0));
        }
    }

    /** The wanted scalar values of a parsed front matter, by dotted path, in source order. */
    static Map<String, String> collect(MapField root, EntryDetail detail) {
        Map<String, String> values = new LinkedHashMap<>();
        root.entries().forEach((key, field) -> {
            if (field instanceof MapField map) {
                map.entries().forEach((child, value) -> put(values, key + "." + child, value, detail));
            } else {
                put(values, key, field, detail);
            }
        });
        return values;
    }

    private static void put(Map<String, String> values, String path, Field field, EntryDetail detail) {
        if (field instanceof ScalarField scalar && scalar.type() != ScalarType.NULL && detail.wants(path)) {
            values.put(path, scalar.value());
        }
    }

    private static int indexOfNul(byte[] bytes, int limit) {
        int i = Bytes.indexOf(bytes, 0, limit, (byte) 0);
        return i < limit ? i : -1;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
