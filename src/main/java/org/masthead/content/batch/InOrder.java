package org.masthead.content.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Work on every item of a long list on all cores, the results handed over in the list's order a
 * chunk at a time: a preview of 100,000 files then streams its diff and holds one chunk of it,
 * never the whole.
 */
final class InOrder {
    /** Items per chunk: enough that the cores rarely wait for each other, few enough that a chunk's results are small. */
    static final int CHUNK = 512;

    interface Work<S, T> {
        /** The result for {@code item}, or null for none. */
        T of(S item) throws IOException;
    }

    private InOrder() {
    }

    /** Runs {@code work} on every item and gives each non-null result to {@code then}, in the items' order, on this thread. */
    static <S, T> void each(List<S> items, Work<S, T> work, Consumer<T> then) throws IOException {
        for (int from = 0; from < items.size(); from += CHUNK) {
            List<T> done;
            try {
                done = items.subList(from, Math.min(items.size(), from + CHUNK)).parallelStream().map(item -> {
                    try {
                        return work.of(item);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).toList();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            for (T result : done) {
                if (result != null) {
                    then.accept(result);
                }
            }
        }
    }
}
