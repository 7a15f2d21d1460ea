package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Key paths as users type them on the command line and see them in messages, and back. */
class KeyPathSpellingTest {

    @Test
    void aPathReadsBackFromHowItIsWritten() {
        for (KeyPath path : new KeyPath[] {KeyPath.of(0), KeyPath.of(0, "a"), KeyPath.of("a", 0, 1), KeyPath.of("seo", "title"),
            KeyPath.of("tags", 2)}) {
            assertThat(KeyPath.parse(path.toString())).as(path.toString()).isEqualTo(path);
        }
        assertThat(KeyPath.parse("[0]").steps()).containsExactly(0);
        assertThat(KeyPath.parse("[0].a").steps()).containsExactly(0, "a");
    }

    @Test
    void anEmptyKeyAnywhereIsRefusedWithWhatIsWrong() {
        for (String text : new String[] {"a..b", ".a", "a.", "a.[0]x"}) {
            assertThatThrownBy(() -> KeyPath.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(text);
        }
        assertThatThrownBy(() -> KeyPath.parse("a..b")).hasMessageContaining("empty key");
        assertThatThrownBy(() -> KeyPath.parse("a[0")).hasMessageContaining("unclosed [");
        assertThatThrownBy(() -> KeyPath.parse("a[x]")).hasMessageContaining("bad list index");
        assertThatThrownBy(() -> KeyPath.parse("a[0]b")).hasMessageContaining("after ]");
    }
}
