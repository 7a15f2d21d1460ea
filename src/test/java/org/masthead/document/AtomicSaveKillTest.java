package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.testing.ChildJvm;

/**
 * Kills saving processes with SIGKILL at random moments and checks that the file always holds
 * exactly one complete version, keeps its permissions, and that no {@code .md} temp file is left.
 */
class AtomicSaveKillTest {
    static final int KILLS = 200;
    static final int CLI_KILLS = 30;

    /** A ~200 KB article in the reference format, different for each letter (and of a different length). */
    static byte[] version(char letter) {
        StringBuilder text = new StringBuilder("---\nid: 1\ntitle: Version ").append(letter).append("\nanswer: \"");
        int lines = letter == 'A' ? 2500 : 2700;
        for (int i = 0; i < lines; i++) {
            text.append("Line ").append(i).append(" of version ").append(letter).append(", some words here.\\n");
        }
        return text.append("\"\n---\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** What one lane of kills saw. */
    private record Tally(int a, int b, int temps) {
    }

    @Test
    void aKilledSaveLeavesTheOldOrTheNewFileNeverAPart(@TempDir Path dir) throws Exception {
        long start = System.nanoTime();
        // Two lanes, each with its own folder and child, so JVM start-up overlaps.
        ExecutorService lanes = Executors.newFixedThreadPool(2);
        try {
            Future<Tally> first = lanes.submit(() -> killRepeatedly(Files.createDirectory(dir.resolve("one")), KILLS / 2, 7));
            Future<Tally> second = lanes.submit(() -> killRepeatedly(Files.createDirectory(dir.resolve("two")), KILLS - KILLS / 2, 8));
            Tally one = result(first);
            Tally two = result(second);
            int sawA = one.a() + two.a();
            int sawB = one.b() + two.b();
            System.out.printf("AtomicSaveKillTest: %d kills in %d ms: %d left A, %d left B, %d temp files left and cleaned%n",
                    KILLS, (System.nanoTime() - start) / 1_000_000, sawA, sawB, one.temps() + two.temps());
            assertThat(sawA + sawB).isEqualTo(KILLS);
            assertThat(sawA).as("kills landed at different points of the save loop").isPositive();
            assertThat(sawB).isPositive();
        } finally {
            lanes.shutdownNow();
        }
    }

    private static Tally result(Future<Tally> lane) throws Exception {
        try {
            return lane.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static Tally killRepeatedly(Path dir, int kills, long seed) throws Exception {
        byte[] a = version('A');
        byte[] b = version('B');
        Path file = dir.resolve("article.md");
        Files.write(file, a);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        Random random = new Random(seed);
        int sawA = 0;
        int sawB = 0;
        int tempsLeft = 0;
        for (int kill = 0; kill < kills; kill++) {
            Process child = ChildJvm.builder(AtomicSaveChild.class, file.toString()).start();
            try (BufferedReader out = ChildJvm.stdout(child)) {
                assertThat(ChildJvm.awaitLine(out, "ready")).as("child started saving").isTrue();
                Thread.sleep(5 + random.nextInt(56));
                ChildJvm.kill(child);
            }
            byte[] now = Files.readAllBytes(file);
            boolean isA = Arrays.equals(now, a);
            boolean isB = Arrays.equals(now, b);
            assertThat(isA || isB).as("after kill %d the file is exactly A or B (it has %d bytes)", kill, now.length).isTrue();
            sawA += isA ? 1 : 0;
            sawB += isB ? 1 : 0;
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
            assertThat(namesIn(dir)).allSatisfy(name -> assertThat(name.equals("article.md") || AtomicFiles.isTempName(name))
                    .as(name).isTrue());
            tempsLeft += AtomicFiles.cleanStaleTemps(dir, Duration.ZERO).size();
            assertThat(namesIn(dir)).containsExactly("article.md");
        }
        return new Tally(sawA, sawB, tempsLeft);
    }

    /**
     * {@code set FILE --body -} with a 4 MB value on stdin, killed at random moments: half of the
     * kills at a random time of the whole run, half as soon as the write shows (a temporary file,
     * or the file changing size), some of those a little later. The file is always exactly the old or exactly the new one.
     */
    @Test
    void aKilledCliSetLeavesTheOldOrTheNewFile(@TempDir Path dir) throws Exception {
        byte[] old = "---\ntitle: \"A Hugo page\"\ntags: [a, b]\n---\n\nThe old body.\n".getBytes(StandardCharsets.UTF_8);
        byte[] value = ("Some words of the new body, one line of many.\n".repeat(90_000)).getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("page.md");
        Files.write(file, old);
        long started = System.nanoTime();
        Process full = runSet(file, value);
        assertThat(full.waitFor()).as("an unkilled set succeeds").isZero();
        long runMillis = (System.nanoTime() - started) / 1_000_000;
        byte[] fresh = Files.readAllBytes(file);
        assertThat(fresh.length).isGreaterThan(value.length);
        String freshText = new String(fresh, StandardCharsets.UTF_8);
        // set drops the one final line break of stdin
        assertThat(freshText.startsWith("---\ntitle: \"A Hugo page\"\ntags: [a, b]\n---\n")
                && freshText.endsWith("many.\nSome words of the new body, one line of many.")).as("the new file").isTrue();

        Random random = new Random(11);
        int sawOld = 0;
        int sawNew = 0;
        int tempsLeft = 0;
        long start = System.nanoTime();
        for (int kill = 0; kill < CLI_KILLS; kill++) {
            Files.write(file, old);
            Process child = runSet(file, value);
            if (kill % 2 == 0) {
                Thread.sleep(random.nextInt((int) Math.max(1, runMillis * 12 / 10)));
            } else {
                awaitWriteStart(dir, file, old.length, child);
                if (kill % 4 == 3) {
                    Thread.sleep(random.nextInt(20));
                }
            }
            ChildJvm.kill(child);
            byte[] now = Files.readAllBytes(file);
            boolean isOld = Arrays.equals(now, old);
            boolean isNew = Arrays.equals(now, fresh);
            assertThat(isOld || isNew).as("after kill %d the file is exactly old or new (it has %d bytes)", kill, now.length).isTrue();
            sawOld += isOld ? 1 : 0;
            sawNew += isNew ? 1 : 0;
            assertThat(namesIn(dir)).allSatisfy(name -> assertThat(name.equals("page.md") || AtomicFiles.isTempName(name))
                    .as(name).isTrue());
            tempsLeft += AtomicFiles.cleanStaleTemps(dir, Duration.ZERO).size();
        }
        System.out.printf("AtomicSaveKillTest: %d kills of 'set --body -' (one run: %d ms) in %d ms: %d left old, %d new, %d temp files%n",
                CLI_KILLS, runMillis, (System.nanoTime() - start) / 1_000_000, sawOld, sawNew, tempsLeft);
        assertThat(sawOld).as("some kills came before the rename").isPositive();
        assertThat(sawNew).as("some kills came after it").isPositive();
    }

    private static Process runSet(Path file, byte[] value) throws IOException {
        Process child = ChildJvm.builder(org.masthead.App.class, "set", file.toString(), "--body", "-")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Thread feeder = new Thread(() -> {
            try (OutputStream in = child.getOutputStream()) {
                in.write(value);
            } catch (IOException killed) {
                // the child died while reading: that is the point of the test
            }
        });
        feeder.setDaemon(true);
        feeder.start();
        return child;
    }

    /**
     * Polls until the save shows: its temporary file appears, or the file itself changes size (a
     * save that wrote in place). A kill right then lands in the write.
     */
    private static void awaitWriteStart(Path dir, Path file, long oldSize, Process child) throws IOException {
        while (child.isAlive()) {
            if (Files.size(file) != oldSize || namesIn(dir).stream().anyMatch(AtomicFiles::isTempName)) {
                return;
            }
            LockSupport.parkNanos(200_000);
        }
    }

    private static List<String> namesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
