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
 * Kills a typing editor with SIGKILL and checks that the journal holds what was typed, less at
 * most about two seconds of it (the writer journals every 1.5 s).
 */
class JournalKillTest {
    static final int ROUNDS = 3;
    static final long MAX_LOSS_MILLIS = 2000;

    private record Typed(long millis, int length) {
    }

    @Test
    void aKilledEditorLosesAtMostAboutTwoSecondsOfTyping(@TempDir Path dir) throws Exception {
        Random random = new Random(5);
        for (int round = 0; round < ROUNDS; round++) {
            Path content = Files.createDirectories(dir.resolve("content" + round));
            Path journalDir = dir.resolve("journal" + round);
            String base = "---\ntitle: \"Typing\"\n---\n";
            Path file = Files.writeString(content.resolve("typing.md"), base);
            // Through a file, not a pipe: the pipe of a killed process may be closed under a reader.
            Path out = dir.resolve("typed" + round + ".log");
            Process child = ChildJvm.builder(JournalTypingChild.class, journalDir.toString(), file.toString())
                    .redirectOutput(out.toFile()).start();
            long killAfter = 3000 + round * 700 + random.nextInt(700);
            List<Typed> log = List.of();
            while (child.isAlive()) {
                log = readLog(out);
                if (!log.isEmpty() && log.get(log.size() - 1).millis() - log.get(0).millis() >= killAfter) {
                    ChildJvm.kill(child);
                }
                Thread.sleep(5);
            }
            assertThat(child.exitValue()).as("killed, not ended by itself").isNotEqualTo(3);
            log = readLog(out);
            assertThat(log).as("the child typed").isNotEmpty();
            Typed last = log.get(log.size() - 1);

            List<EditJournal.Entry> pending = new EditJournal(journalDir).pending();
            assertThat(pending).hasSize(1);
            EditJournal.Entry entry = pending.get(0);
            assertThat(entry.file()).isEqualTo(file.toAbsolutePath());
            assertThat(entry.disk()).isEqualTo(EditJournal.Disk.UNCHANGED);
            String edited = new String(entry.edited(), StandardCharsets.UTF_8);
            assertThat(edited).startsWith(base);
            int kept = edited.length() - base.length();
            // the child may have set one more character than it managed to print
            assertThat(kept).isBetween(1, last.length() + 1);
            assertThat(edited.substring(base.length())).isEqualTo(JournalTypingChild.typed(kept));
            long keptAt = log.stream().filter(t -> t.length() >= kept).findFirst().map(Typed::millis).orElse(last.millis());
            long lost = last.millis() - keptAt;
            System.out.printf("JournalKillTest round %d: killed after %d ms of typing (%d chars); journal had %d chars, lost %d ms%n",
                    round, last.millis() - log.get(0).millis(), last.length(), kept, lost);
            assertThat(lost).as("typing lost, in ms").isLessThanOrEqualTo(MAX_LOSS_MILLIS);
        }
    }

    /** The complete lines of the log so far. */
    private static List<Typed> readLog(Path out) throws java.io.IOException {
        String text = Files.readString(out);
        List<Typed> log = new ArrayList<>();
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; start = end + 1, end = text.indexOf('\n', start)) {
            log.add(parse(text.substring(start, end)));
        }
        return log;
    }

    private static Typed parse(String line) {
        String[] parts = line.split(" ");
        return new Typed(Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
    }
}
