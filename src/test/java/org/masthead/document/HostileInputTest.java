package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Each hostile input is refused with a located message, never an unchecked error. */
class HostileInputTest {

    private static DocumentException refused(String text) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> TestFiles.doc(text));
        assertThat(thrown).isInstanceOf(DocumentException.class);
        return (DocumentException) thrown;
    }

    @Test
    void javaGlobalTagsAreRejected() {
        DocumentException e = refused("---\nx: !!javax.script.ScriptEngineManager [!!java.net.URL [\"http://a\"]]\n---\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.problem()).contains("tag").contains("not allowed");
    }

    @Test
    void customLocalTagsAreRejected() {
        assertThat(refused("---\nx: !secret value\n---\n").problem()).contains("!secret");
    }

    @Test
    void standardExplicitTagsAreAccepted() throws Exception {
        Document doc = TestFiles.doc("---\nx: !!str 123\n---\n");
        assertThat(((ScalarField) doc.get(KeyPath.of("x")).orElseThrow()).type()).isEqualTo(ScalarType.STRING);
    }

    @Test
    void billionLaughsIsRejected() {
        StringBuilder yaml = new StringBuilder("---\na0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append('a').append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        assertThat(refused(yaml.append("---\n").toString()).problem()).contains("alias");
    }

    @Test
    void deepNestingIsACleanError() {
        String deep = "---\nx: " + "[".repeat(5000) + "]".repeat(5000) + "\n---\n";
        assertThat(refused(deep).problem()).containsIgnoringCase("nesting");
        String deepBlock = "---\n" + java.util.stream.IntStream.range(0, 200)
                .mapToObj(i -> " ".repeat(i) + "k:\n").reduce("", String::concat) + "---\n";
        assertThat(refused(deepBlock).problem()).containsIgnoringCase("nesting");
    }

    @Test
    void deepNestingInTomlAndJsonIsACleanError() {
        assertThat(refused("+++\nx = " + "[".repeat(5000) + "]".repeat(5000) + "\n+++\n").problem())
                .contains("TOML");
        assertThat(refused("{\"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}\n").problem()).contains("nests");
    }

    @Test
    void duplicateKeysInTomlAndJsonAreErrors() {
        assertThat(refused("+++\na = 1\na = 2\n+++\n").line()).isEqualTo(3);
        assertThat(refused("{\"a\": {\"b\": 1, \"b\": 2}}\n").problem()).contains("'b' appears twice");
    }

    @Test
    void recursiveAliasesAreRejected() {
        assertThat(refused("---\na: &x [*x]\n---\n").problem()).contains("alias");
    }

    @Test
    void editingAnAnchorOrAnAliasChangesNoOtherField() throws Exception {
        Document doc = TestFiles.doc("---\nbase: &b shared\ncopy: *b\nmap: &m {k: v}\nother: *m\n---\n");
        assertThat(doc.getString(KeyPath.of("copy"))).contains("shared");
        assertThat(doc.sharedWith(KeyPath.of("base"))).containsExactly(KeyPath.of("copy"));
        assertThat(doc.sharedWith(KeyPath.parse("other.k"))).containsExactly(KeyPath.parse("map.k"));
        Document edited = doc.set(KeyPath.of("base"), "changed");
        assertThat(edited.text()).isEqualTo("---\nbase: changed\ncopy: &b shared\nmap: &m {k: v}\nother: *m\n---\n");
        assertThat(doc.set(KeyPath.of("copy"), "x").text())
                .isEqualTo("---\nbase: &b shared\ncopy: x\nmap: &m {k: v}\nother: *m\n---\n");
        assertThatThrownBy(() -> doc.set(KeyPath.parse("other.k"), "x")).isInstanceOf(DocumentException.class)
                .hasMessageContaining("alias");
        assertThatThrownBy(() -> doc.set(KeyPath.parse("map.k"), "w")).isInstanceOf(DocumentException.class)
                .hasMessageContaining("'other.k'");
    }

    @Test
    void hugeFrontMatterIsRejected() {
        String big = "---\nx: " + "a".repeat(YamlTree.MAX_CHARS + 10) + "\n---\n";
        assertThat(refused(big).problem()).contains("characters long");
    }

    @Test
    void aValueTooLargeForFrontMatterIsRefusedWithTheReason() throws Exception {
        Document doc = TestFiles.doc("---\na: 1\n---\n");
        assertThatThrownBy(() -> doc.set(KeyPath.of("a"), "x".repeat(YamlTree.MAX_CHARS)))
                .isInstanceOf(DocumentException.class).hasMessageContaining("characters long");
    }

    @Test
    void duplicateKeysAreAnErrorNamingBothLines() {
        DocumentException e = refused("---\ntitle: a\nother: b\ntitle: c\n---\n");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.problem()).contains("'title' appears twice").contains("line 2");
    }

    @Test
    void malformedYamlIsReportedWhereItIs() {
        DocumentException e = refused("---\nok: 1\nbad: \"unclosed\nnext: 2\n---\n");
        assertThat(e.line()).isGreaterThanOrEqualTo(3);
        assertThat(e.getMessage()).startsWith("test.md:").contains("quoted scalar started on line 3");
    }

    @Test
    void frontMatterThatIsNotAMapIsAnError() {
        assertThat(refused("---\n- a\n- b\n---\n").problem()).contains("not a map");
    }

    @Test
    void unterminatedFrontMatterIsAnError() {
        assertThat(refused("---\ntitle: x\n\nbody text\n").problem()).contains("never closed");
    }

    @Test
    void controlCharactersAreAnError() {
        assertThat(refused("---\nx: a\u0001b\n---\n").line()).isEqualTo(2);
    }

    @Test
    void aFailedEditLeavesNoDocumentBehind() throws Exception {
        Document doc = TestFiles.doc("---\nlist: [a]\n---\n");
        assertThatThrownBy(() -> doc.set(KeyPath.parse("list.key"), "x")).isInstanceOf(DocumentException.class);
        assertThat(doc.text()).isEqualTo("---\nlist: [a]\n---\n");
    }
}
