package org.masthead.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * An article file: front matter plus body, kept as the exact original text. Documents are
 * immutable; every edit returns a new document whose text differs from this one only in the
 * edited value's lines. Every edit is checked by reading the new text back: an edit that would
 * not read back as intended throws instead of producing a document.
 */
public final class Document {
    static final KeyPath ANSWER = KeyPath.of("answer");

    private final String source;
    private final boolean bom;
    private final String text;
    private final FrontMatterSplit split;
    private final Tree.MapNode root;
    private final BodyField bodyField;

    private Document(String source, boolean bom, String text, FrontMatterSplit split, Tree.MapNode root,
                     BodyField bodyField) {
        this.source = source;
        this.bom = bom;
        this.text = text;
        this.split = split;
        this.root = root;
        this.bodyField = bodyField != null ? bodyField : detectBodyField(root, text, split.bodyStart());
    }

    public static Document parse(Path file) throws IOException, DocumentException {
        return parse(file.toString(), FileBytes.read(file));
    }

    /** Parses {@code bytes}; {@code source} names the file in error messages. */
    public static Document parse(String source, byte[] bytes) throws DocumentException {
        return parse(source, bytes, null);
    }

    /**
     * Parses {@code bytes} with the Markdown kept in {@code bodyField} (a per-folder setting), or
     * detected from the file when {@code bodyField} is null.
     */
    public static Document parse(String source, byte[] bytes, BodyField bodyField) throws DocumentException {
        return fromText(source, Utf8Codec.hasBom(bytes), Utf8Codec.decode(source, bytes), bodyField);
    }

    static Document fromText(String source, boolean bom, String text, BodyField bodyField) throws DocumentException {
        FrontMatterSplit split = FrontMatterSplit.of(source, text);
        Tree.MapNode root = switch (split.format()) {
            case YAML -> YamlTree.read(source, text, split.contentStart(), split.contentEnd());
            case TOML -> TomlTree.read(source, text, split.contentStart(), split.contentEnd());
            case JSON -> JsonTree.read(source, text, split.contentStart(), split.contentEnd());
            case NONE -> Tree.emptyRoot(0);
        };
        return new Document(source, bom, text, split, root, bodyField);
    }

    /**
     * The reference format's {@code answer} when it holds text (or nothing yet, as in a new
     * article) and nothing but blanks follows the front matter.
     */
    private static BodyField detectBodyField(Tree.MapNode root, String text, int bodyStart) {
        boolean answerIsText = root.entry("answer")
                .map(e -> e.value() instanceof Tree.Leaf leaf && (leaf.field().type() == ScalarType.STRING
                        || leaf.field().type() == ScalarType.NULL))
                .orElse(false);
        return answerIsText && isBlankOrNbsp(text, bodyStart) ? new BodyField(ANSWER) : BodyField.AFTER_FRONT_MATTER;
    }

    /** True when the text from {@code from} holds only whitespace and non-breaking spaces ({@code &nbsp;}). */
    static boolean isBlankOrNbsp(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '&' && text.startsWith("&nbsp;", i)) {
                i += 6;
            } else if (Character.isWhitespace(c) || c == '\u00A0') {
                i++;
            } else {
                return false;
            }
        }
        return true;
    }

    /** The same document with its Markdown kept in {@code field}. */
    public Document withBodyField(BodyField field) {
        return new Document(source, bom, text, split, root, field == null ? BodyField.AFTER_FRONT_MATTER : field);
    }

    /** The name used in messages. */
    public String source() { return source; }

    /** The decoded text, without a BOM. */
    public String text() { return text; }

    /** Exactly the bytes this document would write: the BOM if there was one, then the UTF-8 text. */
    public byte[] toBytes() { return Utf8Codec.encode(bom, text); }

    public FrontMatterFormat format() { return split.format(); }

    /** The front-matter tree; an empty map when the file has none. */
    public MapField root() { return root.field(); }

    public Optional<Field> get(KeyPath path) {
        return Tree.find(root, path).map(Tree.Node::field);
    }

    /** The scalar value at {@code path}, if there is a scalar there. */
    public Optional<String> getString(KeyPath path) {
        return get(path).filter(ScalarField.class::isInstance).map(f -> ((ScalarField) f).value());
    }

    /** The text after the front matter. */
    public String body() { return text.substring(split.bodyStart()); }

    /** Where the article's Markdown lives: a front-matter field such as {@code answer}, or the body. */
    public BodyField bodyField() { return bodyField; }

    /** The article's Markdown, decoded for editing. */
    public String markdown() {
        if (bodyField.isFrontMatterField()) {
            return get(bodyField.path())
                    .filter(f -> f instanceof ScalarField scalar && scalar.type() != ScalarType.NULL)
                    .map(f -> BodyCodec.decode(((ScalarField) f).value())).orElse("");
        }
        return body();
    }

    /** A copy whose Markdown is {@code markdown}, encoded back into the body field. */
    public Document withMarkdown(String markdown) throws DocumentException {
        if (bodyField.isFrontMatterField()) {
            return set(bodyField.path(), BodyCodec.encode(markdown));
        }
        EditRefusals.brokenText(this, markdown);
        return fromText(source, bom, text.substring(0, split.bodyStart()) + markdown, bodyField);
    }

    /**
     * A copy with the value at {@code path} set, spliced into the text. Missing keys are added
     * beside their siblings; a missing front matter is created.
     */
    public Document set(KeyPath path, String value) throws DocumentException {
        return set(path, value, null);
    }

    /**
     * Like {@link #set(KeyPath, String)}, but writes an existing scalar in {@code preferred} style
     * (when it can hold the value) rather than its current one. An editor that sets a field on
     * every keystroke passes the style the field had when editing began, so that a passing state
     * such as a trailing space, which needs quotes, does not leave the finished value quoted.
     */
    public Document set(KeyPath path, String value, ScalarStyle preferred) throws DocumentException {
        if (path.isEmpty()) {
            throw new IllegalArgumentException("empty key path");
        }
        EditRefusals.aliases(this, path);
        EditRefusals.brokenText(this, value);
        Optional<Tree.Node> node = Tree.find(root, path);
        if (node.isEmpty()) {
            Sharing.refuseSharedOwner(this, path);
            return unchangedElsewhere(Structure.add(this, path, value), path,
                    after -> Data.withSet(Data.of(root), path, Data.of(after.root)));
        }
        if (!(node.get() instanceof Tree.Leaf leaf)) {
            throw fail(node.get().span().start(), "'" + path + "' holds a "
                    + (node.get() instanceof Tree.MapNode ? "map" : "list") + ", not a single value.",
                    "Give the path of one of its values.");
        }
        ScalarField old = leaf.field();
        ScalarStyle style = preferred != null ? preferred : old.style();
        style = Conventions.firstText(old, style, Tree.find(root, path.parent()).orElse(root));
        EditRefusals.oversized(this, path, old, value);
        ScalarType kept = keptType(old, value);
        if (old.value().equals(value) && (old.type() == kept || old.type() == ScalarType.NULL)) {
            return this; // the same text: even a restyle would change bytes the user did not change
        }
        Document from = Sharing.detach(this, path);
        Document edited = from.setScalar(path, value, style, kept);
        return unchangedElsewhere(edited, path, after -> Data.withSet(Data.of(root), path, Data.of(after.root)));
    }

    /**
     * Splices the first candidate text that reads back as {@code value}. A tag other than
     * {@code !!str} is written over: it was about the old value ({@code !!binary} would make new
     * text bytes), and the new value is text, or the number, boolean or date the field held.
     */
    private Document setScalar(KeyPath path, String value, ScalarStyle style, ScalarType kept)
            throws DocumentException {
        Tree.Leaf leaf = (Tree.Leaf) Tree.find(root, path).orElseThrow();
        Tree.Node parent = Tree.find(root, path.parent()).orElse(root);
        ScalarField old = leaf.field();
        Tree.Props props = leaf.props();
        boolean dropTag = props.tag() != null && !"tag:yaml.org,2002:str".equals(leaf.resolvedTag());
        int from = dropTag ? props.start() : old.span().start();
        String prefix = dropTag && props.anchor() != null ? "&" + props.anchor() + " " : "";
        List<String> candidates = switch (split.format()) {
            case YAML -> YamlEdits.scalarCandidates(text, old, style, value, inFlow(path),
                    kept != ScalarType.STRING, YamlEdits.Layout.of(root, parent));
            case TOML -> TomlTree.scalarCandidates(style, value, kept != ScalarType.STRING);
            case JSON -> JsonTree.scalarCandidates(old, value, kept != ScalarType.STRING);
            case NONE -> List.of();
        };
        for (String raw : candidates) {
            try {
                String written = prefix.isEmpty() ? raw : prefix + raw.stripLeading();
                Document edited = splice(from, old.span().end(), written).verified(path, value, kept);
                if (edited != null) {
                    return edited;
                }
            } catch (DocumentException e) {
                // try the next, more conservative way of writing the value
            }
        }
        throw fail(old.span().start(), "'" + path + "' cannot be written so that it reads back as the value given.",
                "Nothing was changed.");
    }

    /**
     * {@code edited} if the data it holds is {@code expected} of it (the data before with only the
     * edited value changed); otherwise the edit is refused, naming what it would also change.
     */
    private Document unchangedElsewhere(Document edited, KeyPath path,
                                        Function<Document, Object> expected)
            throws DocumentException {
        if (edited == this) {
            return this;
        }
        Object before = Data.of(root);
        Object after = Data.of(edited.root);
        int at = Tree.find(root, path).or(() -> Tree.find(root, path.parent())).map(n -> n.span().start()).orElse(0);
        if (before == null || after == null) {
            throw fail(at, "the front matter repeats values through YAML aliases too many times to check an edit.",
                    "Write the repeated values out in full. Nothing was changed.");
        }
        KeyPath changed = Data.difference(expected.apply(edited), after, KeyPath.of());
        if (changed != null) {
            String what = changed.isEmpty() ? "the rest of the front matter" : "'" + changed + "'";
            throw fail(at, "editing '" + path + "' this way would also change " + what + ".",
                    "Edit this field by hand. Nothing was changed.");
        }
        return edited;
    }

    /**
     * The other key paths that show the same value as {@code path} because of a YAML anchor
     * ({@code &a}) and its aliases ({@code *a}); empty when the value is written only there.
     * Setting or removing {@code path} never changes them: an alias is replaced on its own, and an
     * anchored value hands its anchor to the first alias (see {@code Sharing}); edits that cannot
     * keep them apart are refused.
     */
    public List<KeyPath> sharedWith(KeyPath path) {
        return Sharing.sharedWith(root, path);
    }

    /**
     * The style the values beside {@code path} give a string written there: plain (quoted only
     * where needed) among plain values, quoted among values that are all quoted by choice. An
     * editor typing into a field the saved file did not have passes this to {@link #set(KeyPath,
     * String, ScalarStyle)}, so that quotes a passing value needed ({@code https:}) do not stay.
     */
    public ScalarStyle styleOfNeighbours(KeyPath path) {
        return Conventions.styleOfNeighbours(root, path);
    }

    /** A new value is text unless the field holds a number, boolean or date and the value is one too. */
    private ScalarType keptType(ScalarField old, String value) {
        boolean keep = old.type() == ScalarType.NUMBER || old.type() == ScalarType.BOOLEAN
                || old.type() == ScalarType.DATE;
        return keep && valueType(value) == old.type() ? old.type() : ScalarType.STRING;
    }

    private ScalarType valueType(String value) {
        return switch (split.format()) {
            case TOML -> TomlTree.plainType(value);
            case JSON -> JsonTree.plainType(value);
            default -> YamlScalars.plainType(value);
        };
    }

    private boolean inFlow(KeyPath path) {
        return Tree.find(root, path.parent()).map(parent -> parent instanceof Tree.MapNode map ? map.flow()
                : parent instanceof Tree.ListNode list && list.flow()).orElse(false);
    }

    /** A copy without the key or list item at {@code path}. */
    public Document remove(KeyPath path) throws DocumentException {
        EditRefusals.aliases(this, path);
        if (!path.isEmpty() && Tree.find(root, path).isPresent()) {
            Sharing.refuseShared(this, path.parent());
        }
        Document from = Sharing.detach(this, path);
        try {
            return unchangedElsewhere(Structure.remove(from, path, false), path, after -> removed(path, after));
        } catch (DocumentException e) {
            return unchangedElsewhere(Structure.remove(from, path, true), path, after -> removed(path, after));
        }
    }

    private Object removed(KeyPath path, Document after) {
        return Data.withRemoved(Data.of(root), path, format() == FrontMatterFormat.TOML ? Data.of(after.root) : null);
    }

    /** A copy with {@code value} inserted as item {@code index} of the list at {@code listPath}. */
    public Document insert(KeyPath listPath, int index, String value) throws DocumentException {
        EditRefusals.aliases(this, listPath.child(index));
        EditRefusals.brokenText(this, value);
        Sharing.refuseShared(this, listPath);
        KeyPath item = listPath.child(index);
        return unchangedElsewhere(ListEdits.insert(this, listPath, index, value), listPath,
                after -> Data.withInserted(Data.of(root), item, Data.at(Data.of(after.root), item)));
    }

    /** A copy with the list item at {@code from} moved to position {@code to}. */
    public Document move(KeyPath listPath, int from, int to) throws DocumentException {
        EditRefusals.aliases(this, listPath.child(0));
        Sharing.refuseShared(this, listPath);
        Document edited = ListEdits.move(this, listPath, from, to);
        return unchangedElsewhere(edited, listPath, after -> {
            Object data = Data.of(root);
            Object moving = Data.at(data, listPath.child(from));
            return Data.withInserted(Data.withRemoved(data, listPath.child(from)), listPath.child(to), moving);
        });
    }

    /**
     * A copy with the key at {@code path} named {@code newName}: only the key's own characters
     * change (see {@code KeyRename} for what is refused).
     */
    public Document renameKey(KeyPath path, String newName) throws DocumentException {
        return KeyRename.rename(this, path, newName);
    }

    // ---- for the editing helpers in this package ----

    Tree.MapNode tree() { return root; }

    FrontMatterSplit split() { return split; }

    /** The text with {@code [start, end)} replaced, parsed again (see {@link #replaceText}). */
    Document splice(int start, int end, String replacement) throws DocumentException {
        return replaceText(text.substring(0, start) + replacement + text.substring(end));
    }

    /**
     * The document with {@code newText}. When it does not read, the error names this file where
     * the texts start to differ: the new text exists only here.
     */
    Document replaceText(String newText) throws DocumentException {
        try {
            return fromText(source, bom, newText, bodyField);
        } catch (DocumentException e) {
            int at = 0;
            while (at < text.length() && at < newText.length() && text.charAt(at) == newText.charAt(at)) {
                at++;
            }
            throw fail(at, "this edit would leave the front matter unreadable, so it was not made.",
                    "Make it by hand in the editor. Nothing was changed.");
        }
    }

    /** This document if {@code path} reads back as {@code value} of type {@code type}, else null. */
    Document verified(KeyPath path, String value, ScalarType type) {
        Optional<Tree.Node> node = Tree.find(root, path);
        if (node.isPresent() && node.get() instanceof Tree.Leaf leaf && leaf.field().value().equals(value)
                && (type == null || leaf.field().type() == type)) {
            return this;
        }
        return null;
    }

    /** An error at {@code offset}, moved inside the front matter when there is one: that is what edits read. */
    DocumentException fail(int offset, String problem, String hint) {
        int at = offset;
        if (split.format() != FrontMatterFormat.NONE) {
            at = Math.max(split.contentStart(), Math.min(at, Math.max(split.contentStart(), split.contentEnd() - 1)));
        }
        return Lines.error(source, text, at, problem, hint);
    }
}
