package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * New keys, maps and block scalars are written in the layout the file already uses (see
 * {@link Conventions}), in YAML, TOML and flow maps; each expected file is written out by hand.
 */
class NewTextLayoutTest {

    private static String set(String text, String path, String value, ScalarStyle style) throws DocumentException {
        Document doc = TestFiles.doc(text);
        return (style == null ? doc.set(KeyPath.parse(path), value) : doc.set(KeyPath.parse(path), value, style)).text();
    }

    @Test
    void aNewBlockIsAlignedWithABlockWhoseKeyIsFurtherLeft() throws DocumentException {
        // the reference format: title's lines at 4, so seo.page_description's too
        assertThat(set("---\ntitle: >-\n    T\nseo:\n  desc:\n---\n", "seo.desc", "long text", ScalarStyle.FOLDED_STRIP))
                .isEqualTo("---\ntitle: >-\n    T\nseo:\n  desc: >-\n    long text\n---\n");
        // lines in the new key's own column would not be inside it: the file's offset (2) is used
        assertThat(set("---\ntitle: >-\n  T\nseo:\n  desc:\n---\n", "seo.desc", "long text", ScalarStyle.FOLDED_STRIP))
                .isEqualTo("---\ntitle: >-\n  T\nseo:\n  desc: >-\n    long text\n---\n");
    }

    @Test
    void aNewBlockInAListItemFollowsTheBlocksOfTheOtherItems() throws DocumentException {
        assertThat(set("---\nitems:\n  - a: >-\n        text\n  - b:\n---\n", "items[1].b", "long text", ScalarStyle.FOLDED_STRIP))
                .isEqualTo("---\nitems:\n  - a: >-\n        text\n  - b: >-\n        long text\n---\n");
    }

    @Test
    void aListItemBecomingABlockHasItsLinesTwoPastItsDash() throws DocumentException {
        assertThat(set("---\nlist:\n  - x\n---\n", "list[0]", "a\nb", ScalarStyle.LITERAL_STRIP))
                .isEqualTo("---\nlist:\n  - |-\n    a\n    b\n---\n");
    }

    @Test
    void aNewMapTakesTheStepOfAMapBesideIt() throws DocumentException {
        // inner (step 4) comes first in the file and has two's column, but sib is beside the new map
        assertThat(set("---\none:\n  inner:\n      k: 1\ntwo:\n  sib:\n    k: 1\n---\n", "two.new.k", "v", null))
                .isEqualTo("---\none:\n  inner:\n      k: 1\ntwo:\n  sib:\n    k: 1\n  new:\n    k: v\n---\n");
    }

    @Test
    void aNewMapTakesTheStepOfAMapInsideAList() throws DocumentException {
        assertThat(set("---\nitems:\n  - m:\n        k: 1\nother: 1\n---\n", "top.k", "v", null))
                .isEqualTo("---\nitems:\n  - m:\n        k: 1\nother: 1\ntop:\n    k: v\n---\n");
    }

    @Test
    void nestedNewKeysInFlowMapsUseEachFormatsBraces() throws DocumentException {
        assertThat(set("---\nm: {a: 1}\n---\n", "m.b.c", "x", null)).isEqualTo("---\nm: {a: 1, b: {c: x}}\n---\n");
        assertThat(set("+++\nm = { a = 1 }\n+++\n", "m.b.c", "x", null)).isEqualTo("+++\nm = { a = 1, b = { c = \"x\" } }\n+++\n");
    }

    @Test
    void tomlStringsFollowTheFilesLiteralQuotesWhereTheyCanHoldTheValue() throws DocumentException {
        String text = "+++\na = 'x'\nb = 'y'\n+++\n";
        assertThat(set(text, "c", "a b", null)).isEqualTo("+++\na = 'x'\nb = 'y'\nc = 'a b'\n+++\n");
        assertThat(set(text, "c", "'q'", null)).isEqualTo("+++\na = 'x'\nb = 'y'\nc = \"'q'\"\n+++\n");
        assertThat(set(text, "c", "q'", null)).isEqualTo("+++\na = 'x'\nb = 'y'\nc = \"q'\"\n+++\n");
        assertThat(set(text, "c", "tab\there", null)).isEqualTo("+++\na = 'x'\nb = 'y'\nc = \"tab\\there\"\n+++\n");
    }

    @Test
    void aValuesOwnStyleIsNotItsNeighbour() throws DocumentException {
        Document doc = TestFiles.doc("---\na: x\nb: \"y\"\nc: \"z\"\n---\n");
        assertThat(doc.styleOfNeighbours(KeyPath.of("a"))).isEqualTo(ScalarStyle.DOUBLE_QUOTED);
        Document single = TestFiles.doc("---\na: 'x'\nb: \"y\"\n---\n");
        assertThat(single.styleOfNeighbours(KeyPath.of("a"))).isEqualTo(ScalarStyle.DOUBLE_QUOTED);
        assertThat(single.styleOfNeighbours(KeyPath.of("b"))).isEqualTo(ScalarStyle.SINGLE_QUOTED);
    }

    @Test
    void aNewListIsABlockListOnlyInYaml() throws DocumentException {
        assertThat(TestFiles.doc("+++\na = 1\n+++\n").insert(KeyPath.of("tags"), 0, "x").text())
                .isEqualTo("+++\na = 1\ntags = [\"x\"]\n+++\n");
        assertThat(TestFiles.doc("{\n  \"a\": 1\n}\n").insert(KeyPath.of("tags"), 0, "x").text())
                .isEqualTo("{\n  \"a\": 1,\n  \"tags\": [\"x\"]\n}\n");
        assertThat(TestFiles.doc("---\na: 1\n---\n").insert(KeyPath.of("tags"), 0, "x").text())
                .isEqualTo("---\na: 1\ntags:\n  - x\n---\n");
    }
}
