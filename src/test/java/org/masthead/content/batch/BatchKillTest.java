package org.masthead.content.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.testing.ChildJvm;

/**
 * Kills a JVM applying a batch with SIGKILL at varied points (as soon as it starts, once the
 * journal is in place, once the batch's files at a quarter, at three quarters and at the end of
 * its list are written; the writes run on several threads, so others may be written or not) and
 * checks that every file is then wholly old or wholly new, and that recovery leaves the folder
 * all new (the journal was complete) or all old (it was not).
 */
class BatchKillTest {
    static final int COUNT = 200;

    @Test
    void aKilledBatchLeavesEveryFileWholeAndRecoveryMakesTheFolderConsistent(@TempDir Path dir) throws Exception {
        int interrupted = 0;
        String[] points = {"at start", "journal written", "a quarter written", "three quarters written", "all written"};
        for (int round = 0; round < points.length; round++) {
            Path root = Files.createDirectories(dir.resolve("round" + round));
            for (int i = 0; i < COUNT; i++) {
                Files.write(BatchKillChild.file(root, i), BatchKillChild.old(i));
            }
            Process child = ChildJvm.builder(BatchKillChild.class, root.toString(), Integer.toString(COUNT)).start();
            BufferedReader out = ChildJvm.stdout(child);
            assertThat(ChildJvm.awaitLine(out, "applying")).as("the child started applying").isTrue();
            BooleanSupplier killPoint = switch (round) {
                case 0 -> () -> true;
                case 1 -> () -> journalExists(root);
                case 2 -> () -> isNew(root, COUNT / 4);
                case 3 -> () -> isNew(root, COUNT * 3 / 4);
                default -> () -> isNew(root, COUNT - 1);
            };
            while (child.isAlive() && !killPoint.getAsBoolean()) {
                Thread.onSpinWait();
            }
            boolean wasAlive = child.isAlive();
            ChildJvm.kill(child);
            boolean journal = journalExists(root);
            interrupted += wasAlive && child.exitValue() != 0 ? 1 : 0;

            int newFiles = 0;
            for (int i = 0; i < COUNT; i++) {
                newFiles += state(root, i) == State.NEW ? 1 : 0; // state() fails on a half-written file
            }
            String said = BatchFiles.recover(root).orElse("");
            System.out.printf("BatchKillTest %s: %d of %d files new at the kill, journal %s; recover: %s%n",
                    points[round], newFiles, COUNT, journal ? "present" : "absent", said.isEmpty() ? "(nothing)" : said);

            State expected = journal || newFiles == COUNT ? State.NEW : State.OLD;
            for (int i = 0; i < COUNT; i++) {
                assertThat(state(root, i)).as("file %d after recovery (%s)", i, points[round]).isEqualTo(expected);
            }
            assertThat(said.isEmpty()).as("recovery reports what it did").isEqualTo(!journal);
            try (Stream<Path> all = Files.walk(root)) {
                assertThat(all.map(p -> p.getFileName().toString()))
                        .as("no temporary or journal file is left")
                        .noneMatch(n -> n.endsWith(".tmp") || n.endsWith(BatchJournal.SUFFIX));
            }
            assertThat(BatchFiles.recover(root)).isEmpty();
        }
        assertThat(interrupted).as("kills that landed while the batch was running").isGreaterThanOrEqualTo(3);
    }

    private enum State { OLD, NEW }

    private static State state(Path root, int i) throws Exception {
        Path source = BatchKillChild.file(root, i);
        Path target = BatchKillChild.target(root, i);
        byte[] atSource = Files.exists(source) ? Files.readAllBytes(source) : null;
        byte[] atTarget = Files.exists(target) ? Files.readAllBytes(target) : null;
        if (Arrays.equals(atTarget, BatchKillChild.changed(i)) && (i != 0 || atSource == null
                || Arrays.equals(atSource, BatchKillChild.old(i)))) {
            return State.NEW;
        }
        assertThat(atSource).as("file %d holds its old bytes when it does not hold the new", i)
                .isEqualTo(BatchKillChild.old(i));
        if (i == 0) {
            assertThat(atTarget).as("the move's target is absent while its source is old").isNull();
        }
        return State.OLD;
    }

    private static boolean isNew(Path root, int i) {
        try {
            return Arrays.equals(Files.readAllBytes(BatchKillChild.target(root, i)), BatchKillChild.changed(i));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static boolean journalExists(Path root) {
        try (Stream<Path> files = Files.list(BatchJournal.dir(root))) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(BatchJournal.SUFFIX));
        } catch (java.io.IOException e) {
            return false;
        }
    }

}
