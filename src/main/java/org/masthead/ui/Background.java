package org.masthead.ui;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * The one door to work off the FX thread: every pane and controller of a window runs its
 * background work on a lane of this, and gets the result back on the FX thread. Work that a newer
 * request makes stale (a render after a keystroke) goes through a lane's latest-wins
 * {@link Lane#latest}. A failure that the work did not expect goes to the error handler (the
 * message bar) as a one-line message, never as a stack trace in the user's face, and closing the
 * window stops every lane.
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

    /** Which results of superseded work a latest-wins slot still hands back. */
    enum Keep {
        /** Only the result of the newest request: any older one, queued or running, is dropped. */
        LATEST_ONLY,
        /**
         * The newest request's result, and an older one that finishes while no newer result has
         * been handed back yet: for work that can take longer than the gap between two requests,
         * where dropping every running result would show nothing for as long as requests come.
         */
        NEWEST_DONE
    }

    /** Tasks that run one at a time, in order, off the FX thread; each result comes back on it. */
    final class Lane {
        private final ExecutorService pool;
        private final Map<Object, Slot> slots = new ConcurrentHashMap<>();

        private Lane(ExecutorService pool) {
            this.pool = pool;
        }

        /** The lane as a plain executor, for a model that hands it tasks; a failure is a message too. */
        Executor executor() {
            return task -> run(() -> {
                task.run();
                return null;
            }, nothing -> { });
        }

        /**
         * Runs {@code work}, then {@code then} with its result on the FX thread. A failure the work
         * did not expect goes to the window's message bar, as a message.
         */
        <T> void run(Supplier<T> work, Consumer<T> then) {
            submit(() -> true, work, () -> true, then);
        }

        /**
         * Runs {@code work} for {@code key}, latest wins: a newer request for the same key
         * supersedes this one, which then does not start if it is still queued, and whose result
         * (or failure) is handed back only as {@code keep} says.
         */
        <T> void latest(Object key, Keep keep, Supplier<T> work, Consumer<T> then) {
            Slot slot = slots.computeIfAbsent(key, k -> new Slot());
            long mine = slot.requested.incrementAndGet();
            submit(() -> mine == slot.requested.get(), work, () -> {
                boolean wanted = keep == Keep.LATEST_ONLY ? mine == slot.requested.get() : mine > slot.handedBack;
                if (wanted) {
                    slot.handedBack = mine;
                }
                return wanted;
            }, then);
        }

        /** Supersedes every request for {@code key} so far: none of them hands anything back. */
        void cancel(Object key) {
            Slot slot = slots.computeIfAbsent(key, k -> new Slot());
            slot.handedBack = slot.requested.incrementAndGet();
        }

        private <T> void submit(BooleanSupplier start, Supplier<T> work, BooleanSupplier handBack, Consumer<T> then) {
            if (pool.isShutdown()) {
                return;
            }
            inFlight.incrementAndGet();
            try {
                pool.execute(() -> {
                    if (!start.getAsBoolean()) {
                        inFlight.decrementAndGet(); // superseded while queued: never started
                        return;
                    }
                    try {
                        T result = work.get();
                        Platform.runLater(() -> done(() -> {
                            if (handBack.getAsBoolean()) {
                                then.accept(result);
                            }
                        }));
                    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                        String message = "Something went wrong: " + oneLine(e);
                        Platform.runLater(() -> done(() -> {
                            if (handBack.getAsBoolean()) {
                                onError.accept(message);
                            }
                        }));
                    }
                });
            } catch (RejectedExecutionException e) {
                inFlight.decrementAndGet(); // closed meanwhile: nothing runs
            }
        }
    }

    /** The requests for one key of a lane: how many came, and the newest whose result was handed back (FX thread). */
    private static final class Slot {
        final AtomicLong requested = new AtomicLong();
        long handedBack;
    }

    /** The first line of what went wrong, as the message bar shows one line. */
    private static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message.strip().lines().findFirst().orElse(message);
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
                String message = "Something went wrong: " + oneLine(e);
                Platform.runLater(() -> onError.accept(message));
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    <T> void io(Supplier<T> work, Consumer<T> then) {
        io.run(work, then);
    }

    <T> void render(Supplier<T> work, Consumer<T> then) {
        render.run(work, then);
    }

    /** The lane of the preview's renders. */
    Lane renderLane() {
        return render;
    }

    /** The lane of work that may take long and must not hold up the next render: the SEO checks' encoding. */
    Lane checkLane() {
        return check;
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
