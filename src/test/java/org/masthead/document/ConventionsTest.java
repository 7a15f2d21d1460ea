package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** New keys, items and block lines are written the way the lines around them already are. */
class ConventionsTest {

    @Test
    void aNewBlockListItemIsPlainBesidePlainItems() throws Exception {
        Document doc = TestFiles.doc("""
                ---
                aliases:
                    - /old/alias/
                    - /older/
                ---
                """);
        Document edited = doc.insert(KeyPath.of("aliases"), 2, "/new/alias/");
        assertThat(edited.text()).contains("    - /older/\n    - /new/alias/\n");
    }

    @Test
    void anItemAddedEmptyAndThenTypedIsPlainBesidePlainItems() throws Exception {
        Document doc = TestFiles.doc("---\naliases:\n  - /a/\ntags: [highlight, code]\n---\n");
        Document added = doc.insert(KeyPath.of("aliases"), 1, "").insert(KeyPath.of("tags"), 2, "");
        Document typed = added.set(KeyPath.parse("aliases[1]"), "/new/alias/")
                .set(KeyPath.parse("tags[2]"), "syntax highlighting");
        assertThat(typed.text()).isEqualTo(
                "---\naliases:\n  - /a/\n  - /new/alias/\ntags: [highlight, code, syntax highlighting]\n---\n");
    }

    @Test
    void aFlowItemIsQuotedOnlyWhereTheFlowNeedsIt() throws Exception {
        Document doc = TestFiles.doc("---\ntags: [highlight, code]\n---\n");
        Document edited = doc.insert(KeyPath.of("tags"), 2, "syntax highlighting").insert(KeyPath.of("tags"), 3, "a, b");
        assertThat(edited.text()).contains("tags: [highlight, code, syntax highlighting, 'a, b']");
        assertThat(edited.get(KeyPath.parse("tags[3]"))).get().extracting(f -> ((ScalarField) f).value()).isEqualTo("a, b");
    }

    @Test
    void itemsAmongQuotedItemsAreQuotedTheSameWay() throws Exception {
        Document doc = TestFiles.doc("---\nblock:\n  - \"one\"\n  - \"two\"\nflow: ['x', 'y']\n---\n");
        Document edited = doc.insert(KeyPath.of("block"), 2, "three").insert(KeyPath.of("flow"), 0, "w");
        assertThat(edited.text()).contains("  - \"two\"\n  - \"three\"\n").contains("flow: ['w', 'x', 'y']");
        Document typed = doc.insert(KeyPath.of("block"), 2, "").set(KeyPath.parse("block[2]"), "typed");
        assertThat(typed.text()).contains("  - \"two\"\n  - \"typed\"\n");
    }

    @Test
    void quotesThatAValueNeedsDoNotMakeItsNeighboursQuoted() throws Exception {
        Document doc = TestFiles.doc("---\nlist:\n  - '42'\n  - ''\n---\n");
        assertThat(doc.insert(KeyPath.of("list"), 2, "plain text").text()).contains("  - plain text\n");
        Document keys = TestFiles.doc("---\nid: '007'\nname: \"\"\n---\n");
        assertThat(keys.set(KeyPath.of("title"), "Hello").text()).contains("\ntitle: Hello\n");
    }

    @Test
    void aNewKeyIsQuotedAsItsSiblingsAreAndUsesTheirQuoteWhereItMustQuote() throws Exception {
        Document quoted = TestFiles.doc("---\ntitle: \"A title\"\ndescription: \"Some text\"\n---\n");
        assertThat(quoted.set(KeyPath.of("linkTitle"), "Short").text()).contains("\nlinkTitle: \"Short\"\n");
        Document mixed = TestFiles.doc("---\ntitle: \"A: title\"\nweight: 10\nslug: plain\n---\n");
        assertThat(mixed.set(KeyPath.of("linkTitle"), "Short").text()).contains("\nlinkTitle: Short\n");
        assertThat(mixed.set(KeyPath.of("note"), "a: b").text()).contains("\nnote: \"a: b\"\n");
    }

    @Test
    void aNewNestedMapIsIndentedLikeTheMapsBesideIt() throws Exception {
        Document four = TestFiles.doc("""
                ---
                seo:
                  title: T
                related_article1:
                    id: 1
                    url: /a
                ---
                """);
        assertThat(four.set(KeyPath.parse("related_article2.id"), "2").text())
                .endsWith("    url: /a\nrelated_article2:\n    id: '2'\n---\n");
        assertThat(four.set(KeyPath.parse("params.a"), "x").text()).contains("\nparams:\n  a: x\n");
        Document two = TestFiles.doc("---\nparams:\n  a: 1\nmenu:\n---\n");
        assertThat(two.set(KeyPath.parse("menu.main.weight"), "x").text())
                .endsWith("menu:\n  main:\n    weight: x\n---\n");
        Document none = TestFiles.doc("---\ntitle: T\n---\n");
        assertThat(none.set(KeyPath.parse("a.b"), "x").text()).endsWith("title: T\na:\n  b: x\n---\n");
    }

    @Test
    void anEmptyBlockScalarTakesTheIndentationOfTheBlockScalarsBesideIt() throws Exception {
        Document four = TestFiles.doc("""
                ---
                title: >-
                    The title
                seo:
                  title: S
                  page_description: >-
                answer: >-
                related_article1:
                    id: 1
                    title: >-
                ---
                """);
        Document edited = four.set(KeyPath.of("answer"), "Text").set(KeyPath.parse("seo.page_description"), "D")
                .set(KeyPath.parse("related_article1.title"), "R");
        assertThat(edited.text()).contains("\nanswer: >-\n    Text\n")
                .contains("\n  page_description: >-\n    D\n")
                .contains("\n    title: >-\n        R\n");
        Document two = TestFiles.doc("---\nnote: |\n  kept\nbody: |\n---\n");
        assertThat(two.set(KeyPath.of("body"), "a\nb\n").text()).contains("\nbody: |\n  a\n  b\n");
        Document nested = TestFiles.doc("---\nouter:\n  first: |\n      six\n  second: >\n---\n");
        assertThat(nested.set(KeyPath.parse("outer.second"), "x\n").text()).contains("\n  second: >\n      x\n");
    }

    @Test
    void insertedItemsCopyTheDashIndentationInTwoAndFourSpaceFiles() throws Exception {
        Document two = TestFiles.doc("---\ntags:\n- a\n- b\n---\n");
        assertThat(two.insert(KeyPath.of("tags"), 1, "c").text()).isEqualTo("---\ntags:\n- a\n- c\n- b\n---\n");
        Document four = TestFiles.doc("---\nmap:\n    tags:\n        - a\n---\n");
        assertThat(four.insert(KeyPath.parse("map.tags"), 1, "b").text())
                .isEqualTo("---\nmap:\n    tags:\n        - a\n        - b\n---\n");
    }

    @Test
    void tomlItemsAndKeysUseTheLiteralStringsTheirNeighboursUse() throws Exception {
        Document doc = TestFiles.doc("+++\ntitle = 'A title'\ntags = ['one', 'two']\n+++\n");
        Document edited = doc.insert(KeyPath.of("tags"), 2, "three").set(KeyPath.of("slug"), "a-slug")
                .insert(KeyPath.of("tags"), 3, "it's");
        assertThat(edited.text()).isEqualTo(
                "+++\ntitle = 'A title'\ntags = ['one', 'two', 'three', \"it's\"]\nslug = 'a-slug'\n+++\n");
        assertThat(doc.set(KeyPath.of("title"), "it's \\' here").text()).contains("title = \"it's \\\\' here\"");
        Document basic = TestFiles.doc("+++\ntags = [\"one\"]\n+++\n");
        assertThat(basic.insert(KeyPath.of("tags"), 1, "two").text()).contains("tags = [\"one\", \"two\"]");
    }

    @Test
    void typingIntoANewItemWithTheStyleOfItsNeighboursDropsQuotesAPassingValueNeeded() throws Exception {
        Document doc = TestFiles.doc("---\nlinks: [/a/, /b/]\nquoted:\n  - \"x\"\n---\n").insert(KeyPath.of("links"), 2, "");
        KeyPath item = KeyPath.parse("links[2]");
        Document typed = doc;
        for (String value : new String[] {"https:", "https:/", "https://example.org"}) {
            typed = typed.set(item, value, typed.styleOfNeighbours(item));
        }
        assertThat(typed.text()).contains("links: [/a/, /b/, https://example.org]");
        assertThat(doc.styleOfNeighbours(KeyPath.parse("quoted[1]"))).isEqualTo(ScalarStyle.DOUBLE_QUOTED);
        assertThat(doc.styleOfNeighbours(KeyPath.of("new"))).isEqualTo(ScalarStyle.PLAIN);
    }
}
