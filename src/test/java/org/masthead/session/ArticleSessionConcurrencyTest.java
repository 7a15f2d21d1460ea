package org.masthead.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.document.Document;
import org.masthead.document.KeyPath;

/**
 * The session is shared by the FX thread (typing, form edits) and the render, check, journal and save threads.
 * Here all of them run at once. No thread may wait for another forever, and nothing may be lost: the last
 * snapshot holds every form edit and the last text typed.
 */
class ArticleSessionConcurrencyTest {
    // Each form edit adds a key of its own, so an edit that a concurrent write overwrote stays missing.
    private static final int KEYS_PER_EDITOR = 150;

    @TempDir
    Path temp;

    @Test
    void typingFormEditsAndEveryReaderTogetherNeitherDeadlockNorLoseAnEdit() throws Exception {
        Path file = temp.resolve("a.md");
        Files.writeString(file, """
                ---
                title: Shared
                ---
                Body
                """, StandardCharsets.UTF_8);
        ArticleSession session = ArticleSession.open(file);

        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch formsDone = new CountDownLatch(2);
        AtomicInteger lastTyped = new AtomicInteger();
        List<Thread> writers = new ArrayList<>();
        for (String editor : List.of("a", "b")) {
            writers.add(thread("form " + editor, failures, start, () -> {
                try {
                    for (int i = 0; i < KEYS_PER_EDITOR; i++) {
                        session.setField(KeyPath.of(editor + i), value(editor, i));
                    }
                } finally {
                    formsDone.countDown();
                }
            }));
        }
        // types for as long as the form is edited, so encoding the text keeps racing the form edits
        writers.add(thread("typist", failures, start, () -> {
            do {
                String text = text(lastTyped.incrementAndGet());
                session.setMarkdown(() -> text, text.length());
            } while (formsDone.getCount() > 0);
        }));
        // keystrokes in a form field, which are set into the document by whoever next needs the fields
        AtomicInteger lastTitle = new AtomicInteger();
        writers.add(thread("field typist", failures, start, () -> {
            do {
                session.typeField(KeyPath.of("title"), "Title " + lastTitle.incrementAndGet());
            } while (formsDone.getCount() > 0);
        }));
        List<Thread> readers = List.of(
                thread("render", failures, start, () -> {
                    while (writing.get()) {
                        session.snapshot();
                        session.current();
                    }
                }),
                thread("journal", failures, start, () -> {
                    while (writing.get()) {
                        session.forJournal();
                        session.forChecks();
                    }
                }),
                thread("save", failures, start, () -> {
                    while (writing.get()) {
                        session.capture();
                        session.isDirty();
                    }
                }));

        start.countDown();
        for (Thread writer : writers) {
            joinUnlessDeadlocked(writer);
        }
        writing.set(false);
        for (Thread reader : readers) {
            joinUnlessDeadlocked(reader);
        }
        assertThat(failures).as("exceptions in the threads").isEmpty();

        Document last = session.snapshot();
        for (String editor : List.of("a", "b")) {
            for (int i = 0; i < KEYS_PER_EDITOR; i++) {
                assertThat(last.getString(KeyPath.of(editor + i))).as(editor + i).contains(value(editor, i));
            }
        }
        assertThat(last.markdown()).isEqualTo(text(lastTyped.get()));
        assertThat(last.getString(KeyPath.of("title"))).contains("Title " + lastTitle.get());
        ArticleSession.Snapshot saved = session.capture();
        assertThat(saved.document().text()).isEqualTo(last.text());
        assertThat(saved.markdown()).isEqualTo(text(lastTyped.get()));
        assertThat(session.forJournal().document().text()).isEqualTo(last.text());
    }

    private static String text(int version) {
        return "Body, version " + version + "\n";
    }

    private static String value(String editor, int key) {
        return "set by form " + editor + ", edit " + key;
    }

    interface Work {
        void run() throws Exception;
    }

    private static Thread thread(String name, Queue<Throwable> failures, CountDownLatch start, Work work) {
        Thread thread = new Thread(() -> {
            try {
                start.await();
                work.run();
            } catch (Throwable e) {
                failures.add(e);
            }
        }, "session-" + name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /**
     * Waits for {@code thread}, failing as soon as the JVM sees threads deadlocked on monitors or locks. The
     * overall bound only catches a livelock, so it is far beyond what a slow machine needs.
     */
    private static void joinUnlessDeadlocked(Thread thread) throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int second = 0; second < 600 && thread.isAlive(); second++) {
            thread.join(1000);
            long[] deadlocked = threads.findDeadlockedThreads();
            assertThat(deadlocked).as("deadlocked threads: %s", deadlocked == null ? ""
                    : Arrays.stream(threads.getThreadInfo(deadlocked, true, true))
                            .map(ThreadInfo::toString).collect(Collectors.joining())).isNull();
        }
        assertThat(thread.isAlive()).as("%s still running after 10 minutes", thread.getName()).isFalse();
    }
}
