package org.masthead.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.masthead.session.Settings.WindowBounds;

/** The window keeps its size on the screen when the scale changes, and always opens on the screen. */
class WindowBoundsTest {
    private static final WindowBounds SCREEN_1X = new WindowBounds(0, 0, 1600, 1000);
    private static final WindowBounds SCREEN_2X = new WindowBounds(0, 0, 800, 500);

    private static Settings fresh() {
        return new Settings.PrefsSettings(Preferences.userRoot().node("org/masthead-test/bounds-" + System.nanoTime()));
    }

    @Test
    void aWindowFillingA2xScreenFillsItAgainAt1x() {
        // at 2x a 1600x1000 screen is 800x500 in the window's units; the window filled it
        WindowBounds device = new WindowBounds(0, 0, 800, 500).toDevice(2);
        assertThat(device).isEqualTo(new WindowBounds(0, 0, 1600, 1000));
        assertThat(device.fit(1, SCREEN_1X)).isEqualTo(new WindowBounds(0, 0, 1600, 1000));
        assertThat(device.fit(2, SCREEN_2X)).isEqualTo(new WindowBounds(0, 0, 800, 500));
    }

    @Test
    void aWindowLargerThanTheScreenIsShrunkAndOneOffItIsMovedOn() {
        // 1400x860 at 1x opened at 2x is 700x430, which fits 800x500; placed at (1200, 900) device px = (600, 450)
        WindowBounds device = new WindowBounds(1200, 900, 1400, 860);
        assertThat(device.fit(2, SCREEN_2X)).isEqualTo(new WindowBounds(100, 70, 700, 430));
        // 3000x2000 device px at 1x is larger than the screen: it gets the whole screen
        assertThat(new WindowBounds(-500, -300, 3000, 2000).fit(1, SCREEN_1X)).isEqualTo(SCREEN_1X);
    }

    @Test
    void anUnknownPlaceIsCentred() {
        assertThat(new WindowBounds(Double.NaN, Double.NaN, 1000, 600).fit(1, SCREEN_1X))
                .isEqualTo(new WindowBounds(300, 200, 1000, 600));
    }

    @Test
    void boundsAreKeptInDevicePixels() {
        Settings settings = fresh();
        assertThat(settings.windowBounds()).isEmpty();
        settings.setWindowBounds(new WindowBounds(10, 20, 800, 500).toDevice(2));
        assertThat(settings.windowBounds()).contains(new WindowBounds(20, 40, 1600, 1000));
    }

    @Test
    void aSizeSavedBeforeIsReadWithoutAPlace() {
        Settings settings = fresh();
        settings.put("window.width", 1200);
        settings.put("window.height", 700);
        WindowBounds old = settings.windowBounds().orElseThrow();
        assertThat(old.width()).isEqualTo(1200);
        assertThat(Double.isNaN(old.x())).isTrue();
    }
}
