package org.masthead.content;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The process {@link JournalKillTest} kills: "types" one character into an article every 20 ms
 * while a {@link JournalWriter} journals it every 1.5 s. It prints {@code <epoch ms> <length>} after
 * each character, and {@code journal <length>} each time the writer reads the state to write it.
 */
public final class JournalTypingChild {
    static final String TEXT = "The quick brown fox jumps over the lazy dog; pack my box with five dozen jugs. ";

    private JournalTypingChild() {
    }

    static String typed(int length) {
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(TEXT.charAt(text.length() % TEXT.length()));
        }
        return text.toString();
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        byte[] base = Files.readAllBytes(file);
        String baseHash = EditJournal.sha256(base);
        AtomicReference<JournalWriter.Snapshot> unsaved = new AtomicReference<>();
        JournalWriter writer = new JournalWriter(new EditJournal(Path.of(args[0])), () -> {
            JournalWriter.Snapshot now = unsaved.get();
            if (now != null) {
                System.out.println("journal " + (now.edited().length - base.length));
                System.out.flush();
            }
            return Optional.ofNullable(now);
        });
        StringBuilder typed = new StringBuilder();
        long next = System.nanoTime();
        while (writer.lastError() == null) {
            typed.append(TEXT.charAt(typed.length() % TEXT.length()));
            byte[] tail = typed.toString().getBytes(StandardCharsets.UTF_8);
            byte[] edited = Arrays.copyOf(base, base.length + tail.length);
            System.arraycopy(tail, 0, edited, base.length, tail.length);
            unsaved.set(new JournalWriter.Snapshot(file, baseHash, edited, null));
            System.out.println(System.currentTimeMillis() + " " + typed.length());
            System.out.flush();
            next += 20_000_000L;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
        System.err.println(writer.lastError());
        System.exit(3);
    }
}
