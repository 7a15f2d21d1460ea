package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The classes of damage a run of the YAML specification's examples found, each shown to be gone. */
class YamlTrustTest {

    private static DocumentException refused(String text) {
        try {
            TestFiles.doc(text);
        } catch (DocumentException e) {
            return e;
        }
        throw new AssertionError("accepted: " + text);
    }

    @Test
    void aKeyAddedAfterABlockScalarKeepsItsLinesOfSpaces() throws Exception {
        Document doc = TestFiles.doc("---\nfoo: |\n  x\n   \n---\nbody\n");
        assertThat(doc.getString(KeyPath.of("foo"))).contains("x\n \n");
        Document added = doc.set(KeyPath.of("bar"), "y");
        assertThat(added.text()).isEqualTo("---\nfoo: |\n  x\n   \nbar: y\n---\nbody\n");
        assertThat(added.getString(KeyPath.of("foo"))).contains("x\n \n");
        Document folded = TestFiles.doc("---\nfoo: >2-\n   x\n   \n\n---\n").set(KeyPath.of("bar"), "y");
        assertThat(folded.getString(KeyPath.of("foo"))).contains(" x\n ");
    }

    @Test
    void anAnchoredKeyIsNeverRenamedByEditingItsAlias() throws Exception {
        Document doc = TestFiles.doc("---\n&k key: v\nother: *k\n---\n");
        assertThat(doc.getString(KeyPath.of("other"))).contains("key");
        assertThat(doc.set(KeyPath.of("other"), "new").text()).isEqualTo("---\n&k key: v\nother: new\n---\n");
        assertThat(doc.remove(KeyPath.of("other")).text()).isEqualTo("---\n&k key: v\n---\n");
    }

    @Test
    void removingAnAnchoredValueHandsTheAnchorToItsFirstAlias() throws Exception {
        Document doc = TestFiles.doc("---\nbase: &b 'one'\nlist: [*b, x]\ncopy: *b\n---\n");
        assertThat(doc.sharedWith(KeyPath.of("base"))).containsExactly(KeyPath.parse("list[0]"), KeyPath.of("copy"));
        Document removed = doc.remove(KeyPath.of("base"));
        assertThat(removed.text()).isEqualTo("---\nlist: [&b 'one', x]\ncopy: *b\n---\n");
        assertThat(removed.getString(KeyPath.of("copy"))).contains("one");
        assertThat(doc.sharedWith(KeyPath.parse("list[1]"))).isEmpty();
        assertThat(TestFiles.doc("---\na: &x\nb: *x\n---\n").set(KeyPath.of("a"), "new").text())
                .isEqualTo("---\na: new\nb: &x\n---\n");
    }

    @Test
    void aSharedValueThatCannotBeDetachedIsRefusedNamingWhereItIsRepeated() throws Exception {
        Document doc = TestFiles.doc("---\nbase: &b |\n  two\n  lines\ncopy: *b\n---\n");
        assertThatThrownBy(() -> doc.set(KeyPath.of("base"), "x")).isInstanceOfSatisfying(DocumentException.class,
                e -> {
                    assertThat(e.problem()).contains("'copy'");
                    assertThat(e.line()).isEqualTo(2);
                });
        Document lists = TestFiles.doc("---\ntags: &t [a, b]\nmore: *t\n---\n");
        assertThatThrownBy(() -> lists.insert(KeyPath.of("tags"), 0, "c")).hasMessageContaining("'more'");
        assertThatThrownBy(() -> lists.remove(KeyPath.parse("tags[0]"))).hasMessageContaining("'more'");
        assertThatThrownBy(() -> lists.set(KeyPath.parse("more[0]"), "c")).hasMessageContaining("alias");
    }

    @Test
    void aTagThatNoLongerFitsIsWrittenOverAndStrIsKept() throws Exception {
        Document doc = TestFiles.doc("---\nbin: !!binary aGVsbG8=\nstr: !!str 012\nnum: &n !!int 7\n---\n");
        assertThat(doc.set(KeyPath.of("bin"), "hello").text()).contains("\nbin: hello\n");
        Document str = doc.set(KeyPath.of("str"), "013");
        assertThat(str.text()).contains("\nstr: !!str ");
        assertThat(str.get(KeyPath.of("str"))).get().extracting(f -> ((ScalarField) f).type())
                .isEqualTo(ScalarType.STRING);
        Document num = doc.set(KeyPath.of("num"), "8");
        assertThat(num.text()).contains("\nnum: &n 8\n");
        assertThat(num.get(KeyPath.of("num"))).get().extracting(f -> ((ScalarField) f).type())
                .isEqualTo(ScalarType.NUMBER);
    }

    @Test
    void yamlThatOnlyALaxReaderAcceptsIsRefusedAtItsPlace() {
        DocumentException glued = refused("---\na: \"value\"# c\n---\n");
        assertThat(glued.line()).isEqualTo(2);
        assertThat(glued.column()).isEqualTo(11);
        assertThat(refused("---\na: [x]# c\n---\n").column()).isEqualTo(7);
        DocumentException tab = refused("---\na: \"x\n\ty\"\n---\n");
        assertThat(tab.line()).isEqualTo(3);
        assertThat(tab.problem()).contains("tab");
        assertThat(refused("---\n%YAML 1.2\na: 1\n---\n").line()).isEqualTo(2);
        assertThat(refused("---\na: 1\nb: ! 12\n---\n").line()).isEqualTo(3);
    }

    @Test
    void whatYaml12AllowsAroundThoseIsStillRead() throws Exception {
        assertThat(TestFiles.doc("---\na: \"x\n \ty\"\nb: 'v' # c\n---\n").getString(KeyPath.of("a"))).contains("x y");
    }

    @Test
    void explicitKeysAreAddedBesideAndRemovedWithTheirQuestionMark() throws Exception {
        Document doc = TestFiles.doc("---\n? a\n: b\n---\nbody\n");
        assertThat(doc.set(KeyPath.of("zz"), "n").text()).isEqualTo("---\n? a\n: b\nzz: n\n---\nbody\n");
        Document two = TestFiles.doc("---\nlist:\n- k: 1\n  ? e\n  : 2\n? f\n: 3\n---\n");
        assertThat(two.remove(KeyPath.parse("list[0].k")).text()).isEqualTo("---\nlist:\n- ? e\n  : 2\n? f\n: 3\n---\n");
        assertThat(two.remove(KeyPath.of("f")).text()).isEqualTo("---\nlist:\n- k: 1\n  ? e\n  : 2\n---\n");
    }

    @Test
    void refusalsOfEditsNameAPlaceInsideTheFrontMatter() throws Exception {
        Document doc = TestFiles.doc("---\na: 1\n---\nbody\n");
        assertThatThrownBy(() -> doc.remove(KeyPath.of("nope"))).isInstanceOfSatisfying(DocumentException.class,
                e -> assertThat(e.line()).isEqualTo(2));
        Document shared = TestFiles.doc("---\nx: &a [1]\ny: *a\n---\nbody\n");
        assertThatThrownBy(() -> shared.set(KeyPath.parse("y.z"), "v")).isInstanceOfSatisfying(
                DocumentException.class, e -> assertThat(e.line()).isEqualTo(3));
    }
}
