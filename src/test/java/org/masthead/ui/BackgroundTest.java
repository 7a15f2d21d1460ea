package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The one door to work off the FX thread: results come back on it, failures reach the message bar. */
@ExtendWith(ApplicationExtension.class)
class BackgroundTest {
    private final List<String> messages = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void aResultComesBackOnTheFxThreadAndAFailureBecomesAMessage() throws Exception {
        Background background = new Background(messages::add);
        Background.Lane lane = background.lane("test-lane");
        AtomicBoolean onFx = new AtomicBoolean();
        List<String> results = new CopyOnWriteArrayList<>();
        lane.run(() -> "done", result -> {
            onFx.set(Platform.isFxApplicationThread());
            results.add(result);
        });
        lane.<String>run(() -> {
            throw new IllegalStateException("the check broke");
        }, result -> results.add("never"));
        waitUntil(() -> messages.size() == 1);
        assertThat(results).containsExactly("done");
        assertThat(onFx).isTrue();
        assertThat(messages).containsExactly("Something went wrong: the check broke");

        background.close();
        lane.run(() -> "after close", results::add);
        background.io(() -> "after close", results::add);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(results).as("a closed window runs nothing more").containsExactly("done");
    }

    @Test
    void aRepeatedTaskAndAnExecutorRunOnTheirLanesUntilTheWindowCloses() throws Exception {
        Background background = new Background(messages::add);
        java.util.concurrent.atomic.AtomicInteger ticks = new java.util.concurrent.atomic.AtomicInteger();
        background.every("test-timer", java.time.Duration.ofMillis(10), () -> {
            if (ticks.incrementAndGet() == 2) {
                throw new IllegalStateException("one tick failed");
            }
        });
        waitUntil(() -> ticks.get() >= 4);
        waitUntil(() -> messages.contains("Something went wrong: one tick failed"));
        List<String> ran = new CopyOnWriteArrayList<>();
        background.lane("test-executor").executor().execute(() -> ran.add(Thread.currentThread().getName()));
        waitUntil(() -> ran.size() == 1);
        assertThat(ran).containsExactly("test-executor");

        background.close();
        java.util.concurrent.Executor closed = background.lane("after-close").executor();
        assertThat(background.lane("test-executor")).isNotNull();
        background.close();
        closed.execute(() -> ran.add("after close"));
        assertThat(ran).as("a closed window takes no more work").containsExactly("test-executor");
    }

    @Test
    void theWindowIsIdleOnlyWhenNoTaskIsWaitingRunningOrHandingBack() throws Exception {
        Background background = new Background(messages::add);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        List<String> results = new CopyOnWriteArrayList<>();
        assertThat(background.isIdle()).isTrue();
        background.io(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "read";
        }, results::add);
        background.render(() -> "rendered", results::add);
        assertThat(background.isIdle()).isFalse();
        release.countDown();
        waitUntil(background::isIdle);
        assertThat(results).containsExactlyInAnyOrder("read", "rendered");
        background.close();
    }

    /** Runs {@code work} after {@code gate} opens, and notes that it started. */
    private static java.util.function.Supplier<String> gated(String name, List<String> ran, java.util.concurrent.CountDownLatch gate) {
        return () -> {
            ran.add(name);
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return name;
        };
    }

    private static java.util.function.Supplier<String> plain(String name, List<String> ran) {
        return () -> {
            ran.add(name);
            return name;
        };
    }

    @Test
    void aNewerRequestForTheSameKeySupersedesTheOlder() throws Exception {
        Background background = new Background(messages::add);
        Background.Lane lane = background.lane("test-latest");
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        List<String> ran = new CopyOnWriteArrayList<>();
        List<String> shown = new CopyOnWriteArrayList<>();
        lane.latest("preview", Background.Keep.LATEST_ONLY, gated("a", ran, release), shown::add);
        waitUntil(() -> ran.contains("a"));
        lane.latest("preview", Background.Keep.LATEST_ONLY, plain("b", ran), shown::add);
        lane.latest("other", Background.Keep.LATEST_ONLY, plain("x", ran), shown::add);
        lane.latest("preview", Background.Keep.LATEST_ONLY, plain("c", ran), shown::add);
        release.countDown();
        waitUntil(background::isIdle);
        assertThat(ran).as("b, superseded while queued, never starts").containsExactly("a", "x", "c");
        assertThat(shown).as("a, superseded while running, is never handed back").containsExactly("x", "c");
        background.close();
    }

    @Test
    void newestDoneHandsBackARunningResultUntilANewerOneIsShown() throws Exception {
        Background background = new Background(messages::add);
        Background.Lane lane = background.lane("test-newest");
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        List<String> ran = new CopyOnWriteArrayList<>();
        List<String> shown = new CopyOnWriteArrayList<>();
        lane.latest("preview", Background.Keep.NEWEST_DONE, gated("a", ran, release), shown::add);
        waitUntil(() -> ran.contains("a"));
        lane.latest("preview", Background.Keep.NEWEST_DONE, plain("b", ran), shown::add);
        lane.latest("preview", Background.Keep.NEWEST_DONE, plain("c", ran), shown::add);
        release.countDown();
        waitUntil(background::isIdle);
        assertThat(ran).containsExactly("a", "c");
        assertThat(shown).containsExactly("a", "c");

        java.util.concurrent.CountDownLatch again = new java.util.concurrent.CountDownLatch(1);
        lane.latest("preview", Background.Keep.NEWEST_DONE, gated("d", ran, again), shown::add);
        waitUntil(() -> ran.contains("d"));
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> lane.cancel("preview"));
        again.countDown();
        waitUntil(background::isIdle);
        assertThat(shown).as("a cancelled request hands nothing back").containsExactly("a", "c");
        background.close();
    }

    @Test
    void onlyTheLatestRequestsFailureReachesTheMessageBarAsOneLine() throws Exception {
        Background background = new Background(messages::add);
        Background.Lane lane = background.lane("test-failures");
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        List<String> ran = new CopyOnWriteArrayList<>();
        lane.<String>latest("checks", Background.Keep.LATEST_ONLY, () -> {
            gated("stale", ran, release).get();
            throw new IllegalStateException("the stale check broke");
        }, result -> { });
        waitUntil(() -> ran.contains("stale"));
        lane.<String>latest("checks", Background.Keep.LATEST_ONLY, () -> {
            throw new IllegalStateException("the check broke\n\tat org.example.Check.run(Check.java:1)");
        }, result -> { });
        release.countDown();
        waitUntil(background::isIdle);
        assertThat(messages).containsExactly("Something went wrong: the check broke");
        background.close();
    }
}
