package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.testing.ChildJvm;

/**
 * Kills a typing editor with SIGKILL at varied moments and checks, on the journal's own clock, that the
 * journal holds what was typed up to the last or the one-before-last state the writer read: a crash costs
 * at most the typing since the last journal tick. How long that is in seconds (the writer ticks every
 * 1.5 s) depends on the machine's load, so it is printed here and measured in docs/benchmarks.md.
 */
class JournalKillTest {
    static final int ROUNDS = 3;

    /** One line of the child's log: a character typed (journal false) or the writer reading the state. */
    private record Line(boolean journal, long millis, int length) {
    }

    @Test
    void aKilledEditorLosesAtMostTheTypingSinceTheLastJournalTick(@TempDir Path dir) throws Exception {
        Random random = new Random(5);
        for (int round = 0; round < ROUNDS; round++) {
            Path content = Files.createDirectories(dir.resolve("content" + round));
            Path journalDir = dir.resolve("journal" + round);
            String base = """
                    ---
                    title: "Typing"
                    ---
                    """;
            Path file = Files.writeString(content.resolve("typing.md"), base);
            // Through a file, not a pipe: the pipe of a killed process may be closed under a reader.
            Path out = dir.resolve("typed" + round + ".log");
            Process child = ChildJvm.builder(JournalTypingChild.class, journalDir.toString(), file.toString())
                    .redirectOutput(out.toFile()).start();
            // Kill after a few journal ticks, a varied number of keystrokes into the next one.
            int ticks = 2 + round;
            int keysAfter = 5 + random.nextInt(60);
            List<Line> log = List.of();
            while (child.isAlive()) {
                log = readLog(out);
                List<Line> reads = log.stream().filter(Line::journal).toList();
                if (reads.size() >= ticks && typedSince(log, reads.get(ticks - 1)) >= keysAfter) {
                    ChildJvm.kill(child);
                }
                Thread.sleep(5);
            }
            assertThat(child.exitValue()).as("killed, not ended by itself").isNotEqualTo(3);
            log = readLog(out);
            List<Line> typing = log.stream().filter(l -> !l.journal()).toList();
            List<Integer> reads = log.stream().filter(Line::journal).map(Line::length).toList();
            assertThat(typing).as("the child typed").isNotEmpty();
            assertThat(reads).as("journal ticks before the kill").hasSizeGreaterThanOrEqualTo(ticks);
            Line last = typing.get(typing.size() - 1);

            List<EditJournal.Entry> pending = new EditJournal(journalDir).pending();
            assertThat(pending).hasSize(1);
            EditJournal.Entry entry = pending.get(0);
            assertThat(entry.file()).isEqualTo(file.toAbsolutePath());
            assertThat(entry.disk()).isEqualTo(EditJournal.Disk.UNCHANGED);
            String edited = new String(entry.edited(), StandardCharsets.UTF_8);
            assertThat(edited).startsWith(base);
            int kept = edited.length() - base.length();
            assertThat(edited.substring(base.length())).isEqualTo(JournalTypingChild.typed(kept));
            // The kill may land while the last state read is being written; then the one before it is what is kept.
            List<Integer> lastTwo = reads.subList(Math.max(0, reads.size() - 2), reads.size());
            assertThat(kept).as("kept characters: one of the last two states the journal read, %s", reads).isIn(lastTwo);

            long keptAt = typing.stream().filter(t -> t.length() >= kept).findFirst().map(Line::millis).orElse(last.millis());
            System.out.printf("JournalKillTest round %d: killed after %d ms of typing (%d chars, %d journal ticks); "
                    + "journal had %d chars, lost %d ms%n", round, last.millis() - typing.get(0).millis(), last.length(),
                    reads.size(), kept, last.millis() - keptAt);
        }
    }

    private static long typedSince(List<Line> log, Line read) {
        return log.stream().filter(l -> !l.journal() && l.length() > read.length()).count();
    }

    /** The complete lines of the log so far. */
    private static List<Line> readLog(Path out) throws java.io.IOException {
        String text = Files.readString(out);
        List<Line> log = new ArrayList<>();
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; start = end + 1, end = text.indexOf('\n', start)) {
            log.add(parse(text.substring(start, end)));
        }
        return log;
    }

    private static Line parse(String line) {
        String[] parts = line.split(" ");
        if (parts[0].equals("journal")) {
            return new Line(true, 0, Integer.parseInt(parts[1]));
        }
        return new Line(false, Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
    }
}
