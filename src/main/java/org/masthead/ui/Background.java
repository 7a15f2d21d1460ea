package org.masthead.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
        <T> void run(Supplier<T> work, Consumer<T> then) {
            if (pool.isShutdown()) {
                return;
            }
            pool.execute(() -> {
                try {
                    T result = work.get();
                    Platform.runLater(() -> then.accept(result));
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    Platform.runLater(() -> onError.accept("Something went wrong: " + what));
                }
            });
        }
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

    /** Stops every lane when the window closes; work still queued is dropped. */
    @Override
    public void close() {
        pools.forEach(ExecutorService::shutdownNow);
    }
}
