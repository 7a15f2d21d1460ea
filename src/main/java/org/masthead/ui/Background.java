package org.masthead.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Runs work off the FX thread and hands the result back on it. A failure that the work did not
 * expect goes to the error handler as a message, never as a stack trace in the user's face.
 */
final class Background {
    private final Consumer<String> onError;
    private final ExecutorService io = Executors.newSingleThreadExecutor(daemon("masthead-io"));
    private final ExecutorService render = Executors.newSingleThreadExecutor(daemon("masthead-render"));
    private final ExecutorService check = Executors.newSingleThreadExecutor(daemon("masthead-check"));

    Background(Consumer<String> onError) {
        this.onError = onError;
    }

    private static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    <T> void io(Supplier<T> work, Consumer<T> then) {
        submit(io, work, then);
    }

    <T> void render(Supplier<T> work, Consumer<T> then) {
        submit(render, work, then);
    }

    /** For work that may take long and must not hold up the next render: the SEO checks' encoding. */
    <T> void check(Supplier<T> work, Consumer<T> then) {
        submit(check, work, then);
    }

    private <T> void submit(ExecutorService pool, Supplier<T> work, Consumer<T> then) {
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
