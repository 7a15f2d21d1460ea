package org.masthead.session;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads and links, on a thread of its own, classes that another thread is about to need: the
 * window's, while JavaFX starts and while the FX thread builds the window, which then finds them
 * defined and verified instead of inflating them from the jars itself. The names come from a list
 * (one a line, {@code #} comments) in the order they will be needed.
 *
 * <p>No class is initialised here: a JavaFX class's static initialiser may post to the FX thread
 * or start the toolkit, and a failed initialiser would leave the class unusable for the window.
 * Linking (verification) has no such effect. Anything that goes wrong only loses a warm-up.
 */
public final class ClassWarmup {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private ClassWarmup() {
    }

    /** Starts warming the classes named in the resource {@code list} beside {@code anchor}, once per process. */
    public static void start(Class<?> anchor, String list) {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> warm(names(anchor, list), anchor.getClassLoader()), "masthead-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** The class names in the resource {@code list} beside {@code anchor}; empty when it cannot be read. */
    public static List<String> names(Class<?> anchor, String list) {
        List<String> names = new ArrayList<>();
        try (InputStream in = anchor.getResourceAsStream(list)) {
            if (in == null) {
                return names;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            // an unreadable list is no warm-up, and the window loads its classes itself
        }
        return names;
    }

    /** Loads and links each named class without initialising it; returns how many were found. */
    public static int warm(List<String> names, ClassLoader loader) {
        int found = 0;
        for (String name : names) {
            try {
                Class<?> type = Class.forName(name, false, loader);
                // HotSpot links (verifies) a class before it lists its constructors; none is called
                type.getDeclaredConstructors();
                found++;
            } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
                // a missing or broken class only loses its warm-up; the window meets the error itself if it needs it
            }
        }
        return found;
    }
}
