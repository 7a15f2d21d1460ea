package org.masthead.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The warm-up loads what it can find, skips what it cannot, and runs no class's initialiser. */
class ClassWarmupTest {
    /** Set by {@link Initialised}'s static initialiser, which the warm-up must not run. */
    static volatile boolean initialised;

    static final class Initialised {
        static {
            initialised = true;
        }

        private Initialised() {
        }
    }

    @Test
    void aMissingClassIsSkippedAndTheRestAreStillLoaded() {
        List<String> names = List.of("org.masthead.session.NoSuchClassAnywhere", "org.masthead.session.Settings",
                "not a class name at all", "java.util.ArrayDeque");
        assertThat(ClassWarmup.warm(names, getClass().getClassLoader())).isEqualTo(2);
    }

    @Test
    void noStaticInitialiserRuns() {
        assertThat(ClassWarmup.warm(List.of(Initialised.class.getName()), getClass().getClassLoader())).isEqualTo(1);
        assertThat(initialised).isFalse();
    }

    @Test
    void aListThatIsNotThereIsNoWarmUp() {
        assertThat(ClassWarmup.names(getClass(), "no-such-list.txt")).isEmpty();
    }
}
