package org.masthead.ui;

import java.util.ArrayDeque;
import java.util.List;
import javafx.animation.AnimationTimer;

/**
 * The rows of a long form, put in over several pulses. Styling and laying out a new input costs
 * the FX thread far more than making it, and a reference article's form of some thirty inputs
 * and five related-article groups took a quarter of a second in the pulse after it was built. So
 * the rows the view shows first go in at once and the others a few per pulse, each pulse styling
 * only the rows put in at its start.
 */
final class FormRows {
    /** A row of the form: what it weighs (its inputs, about) and what puts it in. */
    record Row(int weight, Runnable add) {
    }

    // the weight put in at once: the top of the form, which the view shows before it is scrolled
    static final int FIRST = 16;
    // the weight put in at each pulse after that
    static final int PER_PULSE = 10;

    private final ArrayDeque<Row> pending = new ArrayDeque<>();
    private Runnable done = () -> { };
    // the first pulse after a start styles the rows put in at once: nothing more goes in at it
    private boolean skip;
    private final AnimationTimer pulses = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (skip) {
                skip = false;
            } else {
                put(PER_PULSE);
            }
        }
    };

    /** Puts in {@code rows} in order, dropping any still pending of an earlier start; then runs {@code whenDone}. */
    void start(List<Row> rows, Runnable whenDone) {
        cancel();
        pending.addAll(rows);
        done = whenDone;
        put(FIRST);
        if (!pending.isEmpty()) {
            skip = true;
            pulses.start();
        }
    }

    /** Drops the rows still pending; their form is gone. */
    void cancel() {
        pulses.stop();
        pending.clear();
        done = () -> { };
    }

    boolean filling() {
        return !pending.isEmpty();
    }

    /** Puts in every row still pending, at once: a field about to be focused or set must be there. */
    void finish() {
        if (!pending.isEmpty()) {
            put(Integer.MAX_VALUE);
        }
    }

    private void put(int budget) {
        int used = 0;
        while (!pending.isEmpty() && used < budget) {
            Row row = pending.poll();
            row.add().run();
            used += row.weight();
        }
        if (pending.isEmpty()) {
            pulses.stop();
            Runnable then = done;
            done = () -> { };
            then.run();
        }
    }
}
