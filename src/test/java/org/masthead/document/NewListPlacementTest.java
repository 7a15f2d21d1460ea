package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where a new list's dashes go when its own map has no block list to follow: as most block lists
 * of the file have them, counting lists at any depth (in maps inside list items too). A list of
 * the same map decides first, also when its dashes sit right under its key. And an empty value
 * inside a list becomes a list in the style of the list that holds it.
 */
class NewListPlacementTest {

    private static String set(String text, String path, String value) throws DocumentException {
        return TestFiles.doc(text).set(KeyPath.parse(path), value).text();
    }

    @Test
    void aMapWithoutListsTakesTheDashOffsetMostListsOfTheFileHave() throws DocumentException {
        String flushLists = "---\ncats:\n- a\nbits:\n- b\nseo:\n    title: x\n---\n";
        assertThat(set(flushLists, "seo.tags[0]", "go"))
                .isEqualTo("---\ncats:\n- a\nbits:\n- b\nseo:\n    title: x\n    tags:\n    - go\n---\n");
    }

    @Test
    void listsInsideListItemsCountToo() throws DocumentException {
        // one list two spaces right of its key, two flush under theirs inside the items: flush wins
        String text = """
                ---
                items:
                  - name: a
                    tags:
                    - x
                  - name: b
                    tags:
                    - y
                seo:
                    title: x
                ---
                """;
        assertThat(set(text, "seo.tags[0]", "go")).isEqualTo(text.replace("    title: x\n", "    title: x\n    tags:\n    - go\n"));
    }

    @Test
    void aListOfTheSameMapDecidesOverTheFilesOtherListsEvenFlushUnderItsKey() throws DocumentException {
        String text = "---\ntags:\n- a\nother:\n  list:\n    - x\n  more:\n    - y\n---\n";
        assertThat(set(text, "cats[0]", "go")).isEqualTo("---\ntags:\n- a\nother:\n  list:\n    - x\n  more:\n    - y\ncats:\n- go\n---\n");
    }

    @Test
    void aListWhoseFirstItemIsNegativeStillShowsWhereItsDashesGo() throws DocumentException {
        String text = "---\ntemps:\n    - -5\n    - 3\nseo:\n  title: x\n---\n";
        assertThat(set(text, "cats[0]", "go")).isEqualTo("---\ntemps:\n    - -5\n    - 3\nseo:\n  title: x\ncats:\n    - go\n---\n");
    }

    @Test
    void aListWhoseFirstItemHasAnAnchorWithADashInItsNameStillShowsWhereItsDashesGo() throws DocumentException {
        String text = "---\ntags:\n    - &my-tag x\nseo:\n  title: y\n---\n";
        assertThat(set(text, "cats[0]", "go")).isEqualTo("---\ntags:\n    - &my-tag x\nseo:\n  title: y\ncats:\n    - go\n---\n");
    }

    @Test
    void aListOfListsShowsWhereItsOwnDashesGoNotThoseOfItsFirstItem() throws DocumentException {
        String text = "---\nmatrix:\n  -\n    - y\nseo:\n    title: x\n---\n";
        assertThat(set(text, "cats[0]", "go")).isEqualTo("---\nmatrix:\n  -\n    - y\nseo:\n    title: x\ncats:\n  - go\n---\n");
    }

    @Test
    void aFlowListInsideABlockListSetsTheSpacingOfANewFlowList() throws DocumentException {
        assertThat(set("---\nitems:\n  - [ a ]\nseo: {t: x}\n---\n", "seo.tags[0]", "go"))
                .isEqualTo("---\nitems:\n  - [ a ]\nseo: {t: x, tags: [ go ]}\n---\n");
    }

    @Test
    void anEmptyItemOfAFlowListBecomesAFlowListAndOfABlockListABlockList() throws DocumentException {
        assertThat(set("---\nl: [a, ~]\nb:\n  - x\n---\n", "l[1][0]", "go")).isEqualTo("---\nl: [a, [go]]\nb:\n  - x\n---\n");
        assertThat(set("---\nl:\n  - a\n  - ~\n---\n", "l[1][0]", "go")).isEqualTo("---\nl:\n  - a\n  -\n    - go\n---\n");
    }

    @Test
    void anEmptyNestedValueFollowsTheListsOfItsOwnMap() throws DocumentException {
        String text = "---\ntop:\n    - y\ntop2:\n    - z\nseo:\n  tags:\n  - x\n  cats:\n---\n";
        assertThat(set(text, "seo.cats[0]", "go")).isEqualTo(text.replace("  cats:\n", "  cats:\n  - go\n"));
    }

    @Test
    void aJsonListIsSpacedInsideItsBracketsLikeTheFilesFirstListEvenWrittenTightAfterItsColon() throws DocumentException {
        String edited = set("{\"tags\":[ \"a\" ],\"title\":\"T\"}\n", "cats[0]", "go");
        assertThat(edited).startsWith("{\"tags\":[ \"a\" ],\"title\":\"T\"").contains("\"cats\": [ \"go\" ]");
    }
}
