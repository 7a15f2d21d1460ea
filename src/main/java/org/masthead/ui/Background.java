package org.masthead.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * The one door to work off the FX thread: every pane and controller of a window runs its
 * background work on a lane of this, and gets the result back on the FX thread. A failure that
 * the work did not expect goes to the error handler (the message bar) as a message, never as a
 * stack trace in the user's face, and closing the window stops every lane.
 */
final class Background implements AutoCloseable {
    private final Consumer<String> onError;
    private final List<ExecutorService> pools = new CopyOnWriteArrayList<>();
    // tasks handed to a lane whose result has not yet been handed back on the FX thread
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Lane io = lane("masthead-io");
    private final Lane render = lane("masthead-render");
    private final Lane check = lane("masthead-check");

    Background(Consumer<String> onError) {
        this.onError = onError;
    }

    /** A line of work of its own, for a pane whose tasks must not wait behind the others'. */
    Lane lane(String name) {
        ExecutorService pool = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
        pools.add(pool);
        return new Lane(pool);
    }

    /** Tasks that run one at a time, in order, off the FX thread; each result comes back on it. */
    final class Lane {
        private final ExecutorService pool;

        private Lane(ExecutorService pool) {
            this.pool = pool;
        }

        /**
         * Runs {@code work}, then {@code then} with its result on the FX thread. A failure the work
         * did not expect goes to the window's message bar, as a message.
         */
        /** The lane as a plain executor, for a model that hands it tasks; a failure is a message too. */
        Executor executor() {
            return task -> run(() -> {
                task.run();
                return null;
            }, nothing -> { });
        }

        <T> void run(Supplier<T> work, Consumer<T> then) {
            if (pool.isShutdown()) {
                return;
            }
            inFlight.incrementAndGet();
            try {
                pool.execute(() -> {
                    try {
                        T result = work.get();
                        Platform.runLater(() -> done(() -> then.accept(result)));
                    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                        String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                        Platform.runLater(() -> done(() -> onError.accept("Something went wrong: " + what)));
                    }
                });
            } catch (RejectedExecutionException e) {
                inFlight.decrementAndGet(); // closed meanwhile: nothing runs
            }
        }
    }

    /**
     * Runs {@code task} off the FX thread every {@code period} until the window closes or the
     * returned future is cancelled; a failure is reported and the next run still comes.
     */
    ScheduledFuture<?> every(String name, Duration period, Runnable task) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        pools.add(timer);
        long millis = period.toMillis();
        return timer.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                Platform.runLater(() -> onError.accept("Something went wrong: " + what));
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    <T> void io(Supplier<T> work, Consumer<T> then) {
        io.run(work, then);
    }

    <T> void render(Supplier<T> work, Consumer<T> then) {
        render.run(work, then);
    }

    /** For work that may take long and must not hold up the next render: the SEO checks' encoding. */
    <T> void check(Supplier<T> work, Consumer<T> then) {
        check.run(work, then);
    }

    private void done(Runnable handBack) {
        try {
            handBack.run();
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** Whether no task of a lane is waiting, running or handing its result back. */
    boolean isIdle() {
        return inFlight.get() == 0;
    }

    /** Stops every lane when the window closes; work still queued is dropped. */
    @Override
    public void close() {
        pools.forEach(ExecutorService::shutdownNow);
    }
}
