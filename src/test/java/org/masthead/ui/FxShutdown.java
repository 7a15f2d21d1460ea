package org.masthead.ui;

import javafx.application.Platform;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Stops JavaFX once every test has run. Left running, WebKit's native threads were still at
 * work while the test JVM exited, and once in a few runs that aborted the JVM after all tests
 * had passed, which Maven reports as a failed build.
 */
public final class FxShutdown implements LauncherSessionListener {
    @Override
    public void launcherSessionClosed(LauncherSession session) {
        Thread fx = fxThread();
        if (fx == null) {
            return;
        }
        Platform.exit();
        try {
            fx.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread fxThread() {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if ("JavaFX Application Thread".equals(thread.getName())) {
                return thread;
            }
        }
        return null;
    }
}
