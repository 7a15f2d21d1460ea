package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * How a renamed key is spelled, and what a refused rename says and where it points: a TOML
 * literal key stays literal when it can hold the new name; a JSON key written with escapes is
 * renamed as a whole; a name with half a character, and keys written in ways a rename cannot
 * keep, are refused with the reason and the key's place.
 */
class KeyRenameSpellingTest {

    private static String rename(String text, String path, String name) throws DocumentException {
        return TestFiles.doc(text).renameKey(KeyPath.parse(path), name).text();
    }

    @Test
    void aTomlLiteralKeyStaysLiteralWhenItCanHoldTheNewName() throws DocumentException {
        assertThat(rename("+++\n'a' = 1\n+++\n", "a", "new name")).isEqualTo("+++\n'new name' = 1\n+++\n");
        // a tab has no escape in a literal key, and a leading apostrophe would end it: both go in double quotes
        assertThat(rename("+++\n'a' = 1\n+++\n", "a", "x\ty")).isEqualTo("+++\n\"x\\ty\" = 1\n+++\n");
        assertThat(rename("+++\n'a' = 1\n+++\n", "a", "'x")).isEqualTo("+++\n\"'x\" = 1\n+++\n");
    }

    @Test
    void aJsonKeyWrittenWithEscapesIsRenamedAsAWhole() throws DocumentException {
        assertThat(rename("{\n  \"t\\u00e9st\": 1,\n  \"a\\/b\": 2\n}\n", "t\u00e9st", "done"))
                .isEqualTo("{\n  \"done\": 1,\n  \"a\\/b\": 2\n}\n");
    }

    @Test
    void aNameHoldingHalfACharacterIsRefused() {
        assertThatThrownBy(() -> rename("---\na: 1\n---\n", "a", "x\uD800"))
                .isInstanceOf(DocumentException.class).hasMessageContaining("half of a character (U+D800) at position 2");
    }

    @Test
    void aRefusedKeyIsNamedWithItsPlaceAndWhyItCannotBeRenamed() {
        assertThatThrownBy(() -> rename("---\nn: 1\n&k a: 1\nb: {*k : 2}\n---\n", "a", "c"))
                .isInstanceOf(DocumentException.class).hasMessageStartingWith("test.md:3:1: ")
                .hasMessageContaining("(with an anchor, alias or tag)");
        assertThatThrownBy(() -> rename("+++\n[a.b]\nx = 1\n+++\n", "a", "c"))
                .isInstanceOf(DocumentException.class).hasMessageStartingWith("test.md:2:1: ")
                .hasMessageContaining("(in dotted keys or table headers)");
    }

    @Test
    void aRenameThatWouldChangeAnotherKeyNamesThatKey() {
        assertThatThrownBy(() -> rename("+++\n[params]\nx = 1\n[params.sub]\ny = 2\n+++\n", "params", "p"))
                .isInstanceOf(DocumentException.class).hasMessageStartingWith("test.md:2:2: ")
                .hasMessageContaining("would also change 'p.sub'");
    }
}
