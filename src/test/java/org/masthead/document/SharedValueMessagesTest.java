package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A refused edit of a value shown through YAML aliases names where else it shows, up to three paths. */
class SharedValueMessagesTest {

    private static String refusal(String text, String path, String value) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> TestFiles.doc(text).set(KeyPath.parse(path), value));
        assertThat(t).isInstanceOf(DocumentException.class);
        return t.getMessage();
    }

    @Test
    void threeOtherPathsAreAllNamed() {
        String text = "---\nbase: &b\n  x: 1\na: *b\nb: *b\nc: *b\n---\n";
        assertThat(refusal(text, "base.x", "2")).contains("with 'a.x', 'b.x', 'c.x': editing it here").doesNotContain("more");
    }

    @Test
    void moreThanThreeAreCounted() {
        String text = "---\nbase: &b\n  x: 1\na: *b\nb: *b\nc: *b\nd: *b\ne: *b\n---\n";
        assertThat(refusal(text, "base.x", "2")).contains("with 'a.x', 'b.x', 'c.x' and 2 more: editing");
    }

    @Test
    void anAliasInsideARepeatedMapCannotBeEditedApart() {
        // base.x is an alias of v, but base is repeated as copy: setting it would change copy.x too
        String text = "---\nv: &v 1\nbase: &b\n  x: *v\ncopy: *b\n---\n";
        assertThat(refusal(text, "base.x", "2")).contains("'base.x' is shared").contains("'copy.x'");
    }

    @Test
    void aKeyAddedDeepUnderARepeatedMapIsRefusedAtTheMapThatExists() {
        String text = "---\nbase: &b\n  x: 1\ncopy: *b\n---\n";
        assertThat(refusal(text, "base.new.deep", "v")).contains("'base' is shared").contains("'copy'");
        assertThatThrownBy(() -> TestFiles.doc(text).set(KeyPath.parse("base.new"), "v")).isInstanceOf(DocumentException.class);
    }
}
