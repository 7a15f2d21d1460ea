package org.masthead.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An article file: front matter plus body, kept as the exact original text. Documents are
 * immutable; every edit returns a new document whose text differs from this one only in the
 * edited value's lines.
 */
public final class Document {

    public static Document parse(Path file) throws IOException, DocumentException {
        return parse(file.toString(), Files.readAllBytes(file));
    }

    /** Parses {@code bytes}; {@code source} names the file in error messages. */
    public static Document parse(String source, byte[] bytes) throws DocumentException {
        throw new UnsupportedOperationException("TODO");
    }

    /** The name used in messages. */
    public String source() { throw new UnsupportedOperationException("TODO"); }

    /** The decoded text, without a BOM. */
    public String text() { throw new UnsupportedOperationException("TODO"); }

    /** Exactly the bytes this document would write: the BOM if there was one, then the UTF-8 text. */
    public byte[] toBytes() { throw new UnsupportedOperationException("TODO"); }

    public FrontMatterFormat format() { throw new UnsupportedOperationException("TODO"); }

    /** The front-matter tree; an empty map when the file has none. */
    public MapField root() { throw new UnsupportedOperationException("TODO"); }

    public Optional<Field> get(KeyPath path) { throw new UnsupportedOperationException("TODO"); }

    /** The scalar value at {@code path}, if there is a scalar there. */
    public Optional<String> getString(KeyPath path) { throw new UnsupportedOperationException("TODO"); }

    /** The text after the front matter. */
    public String body() { throw new UnsupportedOperationException("TODO"); }

    /** Where the article's Markdown lives: a front-matter field such as {@code answer}, or the body. */
    public BodyField bodyField() { throw new UnsupportedOperationException("TODO"); }

    /** The article's Markdown, decoded for editing. */
    public String markdown() { throw new UnsupportedOperationException("TODO"); }

    /** A copy whose Markdown is {@code markdown}, encoded back into the body field. */
    public Document withMarkdown(String markdown) throws DocumentException { throw new UnsupportedOperationException("TODO"); }

    /**
     * A copy with the value at {@code path} set, spliced into the text. Missing keys are added
     * beside their siblings; a missing front matter is created.
     */
    public Document set(KeyPath path, String value) throws DocumentException { throw new UnsupportedOperationException("TODO"); }

    /** A copy without the key or list item at {@code path}. */
    public Document remove(KeyPath path) throws DocumentException { throw new UnsupportedOperationException("TODO"); }
}
