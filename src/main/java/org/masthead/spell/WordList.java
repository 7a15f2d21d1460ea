package org.masthead.spell;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.masthead.document.AtomicFiles;

/**
 * Words the dictionary lacks and the user accepts: a plain text file, one word a line, sorted
 * (by code point, as {@code LC_ALL=C sort} does), so that a team can share it through git and
 * merges of it stay simple. Adding a word writes the file atomically with the word inserted in
 * its place; every other line stays as it was. A missing file is an empty list.
 */
public final class WordList {
    /** The folder dictionary, inside the content folder. */
    public static final String FOLDER_FILE = ".masthead/dictionary.txt";
    /** The personal dictionary, in the user's settings folder. */
    public static final String PERSONAL_FILE = "dictionary.txt";
    private static final long MAX_BYTES = 16_000_000;

    private final Path file;
    private volatile Set<String> words;

    private WordList(Path file, Set<String> words) {
        this.file = file;
        this.words = words;
    }

    public static WordList read(Path file) throws SpellException {
        return new WordList(file, Set.copyOf(load(file)));
    }

    public static WordList ofFolder(Path contentFolder) throws SpellException {
        return read(contentFolder.resolve(FOLDER_FILE));
    }

    public static WordList personal() throws SpellException {
        return read(UserFolder.path().resolve(PERSONAL_FILE));
    }

    public Path file() {
        return file;
    }

    /** Whether the list has {@code word} as written, or in small letters when the list has it so ("Masthead" for "masthead"). */
    public boolean accepts(String word) {
        Set<String> now = words;
        if (now.isEmpty()) {
            return false;
        }
        return now.contains(word) || now.contains(word.toLowerCase(Locale.ROOT))
                || now.contains(word.replace('\u2019', '\''));
    }

    /** Adds {@code word} in its sorted place and writes the file atomically; nothing is written when it is there already. */
    public synchronized void add(String word) throws SpellException {
        String clean = word.strip();
        if (clean.isEmpty() || clean.contains("\n") || words.contains(clean)) {
            return;
        }
        String text;
        try {
            text = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new SpellException(file + ": cannot read this word list: " + e.getMessage());
        }
        // before the first word that sorts after it; blank and comment lines are passed over
        int offset = text.length();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            String line = text.substring(lineStart, lineEnd).strip();
            if (line.equals(clean)) {
                return;
            }
            if (!line.isEmpty() && !line.startsWith("#") && line.compareTo(clean) > 0) {
                offset = lineStart;
                break;
            }
            lineStart = lineEnd + 1;
        }
        String before = text.substring(0, offset);
        if (!before.isEmpty() && !before.endsWith("\n")) {
            before += "\n";
        }
        String after = text.substring(offset);
        String updated = before + clean + "\n" + after;
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, updated.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SpellException(file + ": cannot write this word list: " + e.getMessage()
                    + ". Check that the folder is writable.");
        }
        Set<String> more = new HashSet<>(words);
        more.add(clean);
        words = Set.copyOf(more);
    }

    private static List<String> load(Path file) throws SpellException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new SpellException(file + ":1:1: this word list is larger than " + MAX_BYTES
                        + " bytes. Keep one word a line, or move the file away.");
            }
            return Files.readString(file, StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (CharacterCodingException e) {
            throw new SpellException(file + ":1:1: this word list is not UTF-8 text. Save it as UTF-8.");
        } catch (IOException e) {
            throw new SpellException(file + ": cannot read this word list: " + e.getMessage());
        }
    }
}
