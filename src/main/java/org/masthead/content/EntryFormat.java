package org.masthead.content;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads one {@link EditJournal} entry, refusing anything that is not exactly what was written. */
final class EntryFormat {
    static final String MAGIC = "masthead-journal 1";
    /** An entry whose body field's Markdown follows the file's bytes, to be encoded when restored. */
    static final String MAGIC_WITH_MARKDOWN = "masthead-journal 2";
    private static final List<String> KEYS = List.of("path", "base-sha256", "time", "pid", "length", "sha256");
    private static final List<String> KEYS_WITH_MARKDOWN = List.of("path", "base-sha256", "time", "pid", "length",
            "sha256", "markdown-length", "markdown-sha256");
    private static final int MAX_HEADER = 64 * 1024;

    /** Why an entry cannot be trusted. */
    static final class Damaged extends Exception {
        Damaged(String message) {
            super(message, null, false, false);
        }
    }

    /** {@code markdown} is null, or the body field's text that replaces the one in {@code edited}. */
    record Parsed(Path file, String baseSha256, Instant time, long pid, String pidStart, String editedSha256,
                  byte[] edited, String markdown) {
        /** True when the process that wrote it is another one still running (its pid and start time match). */
        boolean writerStillRunning() {
            ProcessHandle self = ProcessHandle.current();
            if (pid == self.pid()) {
                return false;
            }
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .flatMap(p -> p.info().startInstant())
                    .map(start -> start.toString().equals(pidStart))
                    .orElse(false);
        }
    }

    private EntryFormat() {
    }

    static Parsed parse(byte[] bytes) throws Damaged {
        int end = headerEnd(bytes);
        String[] lines = new String(bytes, 0, end, StandardCharsets.UTF_8).split("\n", -1);
        boolean withMarkdown = lines.length > 0 && lines[0].equals(MAGIC_WITH_MARKDOWN);
        if (lines.length == 0 || !(withMarkdown || lines[0].equals(MAGIC))) {
            throw new Damaged("not a Masthead journal entry, or from a newer version");
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int space = lines[i].indexOf(' ');
            if (space > 0) {
                values.put(lines[i].substring(0, space), lines[i].substring(space + 1));
            }
        }
        for (String key : withMarkdown ? KEYS_WITH_MARKDOWN : KEYS) {
            if (!values.containsKey(key)) {
                throw new Damaged("no " + key + " line");
            }
        }
        long length = number(values.get("length"), "length");
        long markdownLength = withMarkdown ? number(values.get("markdown-length"), "markdown-length") : 0;
        long payload = (long) bytes.length - (end + 2);
        if (length < 0 || markdownLength < 0 || length + markdownLength != payload) {
            throw new Damaged("holds " + payload + " bytes of text, the header says " + (length + markdownLength));
        }
        byte[] edited = Arrays.copyOfRange(bytes, end + 2, end + 2 + (int) length);
        String editedSha = values.get("sha256");
        if (!EditJournal.sha256(edited).equals(editedSha)) {
            throw new Damaged("the text does not match its checksum");
        }
        String markdown = null;
        if (withMarkdown) {
            byte[] typed = Arrays.copyOfRange(bytes, end + 2 + (int) length, bytes.length);
            if (!EditJournal.sha256(typed).equals(values.get("markdown-sha256"))) {
                throw new Damaged("the typed text does not match its checksum");
            }
            markdown = new String(typed, StandardCharsets.UTF_8);
        }
        String[] pid = values.get("pid").split(" ", 2);
        try {
            return new Parsed(Path.of(EditJournal.decode(values.get("path"))).toAbsolutePath(), values.get("base-sha256"),
                    Instant.parse(values.get("time")), number(pid[0], "pid"), pid.length > 1 ? pid[1] : "-",
                    editedSha, edited, markdown);
        } catch (InvalidPathException | DateTimeParseException e) {
            throw new Damaged(e.getMessage());
        }
    }

    /** Offset of the blank line's first newline ({@code "\n\n"}) that ends the header. */
    private static int headerEnd(byte[] bytes) throws Damaged {
        int limit = Math.min(bytes.length - 1, MAX_HEADER);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == '\n' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        throw new Damaged(bytes.length == 0 ? "empty" : "the header never ends");
    }

    private static long number(String text, String what) throws Damaged {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new Damaged("bad " + what + " \"" + text + "\"");
        }
    }
}
