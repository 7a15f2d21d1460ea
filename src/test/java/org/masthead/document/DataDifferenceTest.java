package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An edit is refused when the data after it differs from what the edit alone should give, and
 * the message names the first place where they differ: a key one side lacks, an item one list
 * lacks, a value changed at any depth.
 */
class DataDifferenceTest {

    private static Data.Scalar s(String value) {
        return new Data.Scalar("tag:yaml.org,2002:str", ScalarType.STRING, value);
    }

    private static final Data.Scalar NULL = new Data.Scalar("tag:yaml.org,2002:null", ScalarType.NULL, "");

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    private static KeyPath diff(Object a, Object b) {
        return Data.difference(a, b, KeyPath.of());
    }

    @Test
    void equalDataHasNoDifference() {
        Object data = map("title", s("T"), "tags", List.of(s("a"), s("b")), "seo", map("x", s("1")));
        assertThat(diff(data, map("title", s("T"), "tags", List.of(s("a"), s("b")), "seo", map("x", s("1"))))).isNull();
    }

    @Test
    void aKeyOnlyOneSideHasIsTheDifference() {
        assertThat(diff(map("a", s("1"), "b", s("2")), map("a", s("1")))).isEqualTo(KeyPath.of("b"));
        assertThat(diff(map("a", s("1")), map("a", s("1"), "c", s("3")))).isEqualTo(KeyPath.of("c"));
        assertThat(diff(map("seo", map("a", s("1"))), map("seo", map("a", s("1"), "d", s("4")))))
                .isEqualTo(KeyPath.parse("seo.d"));
    }

    @Test
    void aChangedValueIsNamedAtItsDepth() {
        assertThat(diff(map("seo", map("a", s("1"), "b", s("2"))), map("seo", map("a", s("1"), "b", s("9")))))
                .isEqualTo(KeyPath.parse("seo.b"));
        assertThat(diff(map("l", List.of(s("a"), map("k", s("v")))), map("l", List.of(s("a"), map("k", s("w"))))))
                .isEqualTo(KeyPath.parse("l[1].k"));
        assertThat(diff(map("a", s("1")), map("a", List.of(s("1"))))).isEqualTo(KeyPath.of("a"));
        assertThat(diff(map("a", map()), map("a", List.of()))).isEqualTo(KeyPath.of("a"));
    }

    @Test
    void anItemOnlyOneListHasIsTheDifference() {
        assertThat(diff(map("l", List.of(s("a"), s("b"))), map("l", List.of(s("a"))))).isEqualTo(KeyPath.parse("l[1]"));
        assertThat(diff(map("l", List.of(s("a"))), map("l", List.of(s("a"), s("b"))))).isEqualTo(KeyPath.parse("l[1]"));
        assertThat(diff(map("l", List.of(s("x"), s("b"))), map("l", List.of(s("a"), s("b"))))).isEqualTo(KeyPath.parse("l[0]"));
    }

    @Test
    void whatIsAtAPathIsNullPastAListsEndOrThroughAScalar() {
        Object data = map("l", List.of(s("a"), s("b")), "t", s("x"));
        assertThat(Data.at(data, KeyPath.parse("l[1]"))).isEqualTo(s("b"));
        assertThat(Data.at(data, KeyPath.parse("l[2]"))).isNull();
        assertThat(Data.at(data, KeyPath.parse("t.k"))).isNull();
    }

    @Test
    void settingTakesFromTheEditedDataOnlyBelowTheFirstStepThatWasMissingOrEmpty() {
        // seo existed: only seo.title comes from after, so the changed seo.a shows as a difference
        Object before = map("seo", map("a", s("1")));
        Object after = map("seo", map("a", s("2"), "title", s("T")));
        assertThat(Data.withSet(before, KeyPath.parse("seo.title"), after)).isEqualTo(map("seo", map("a", s("1"), "title", s("T"))));
        // seo was empty or missing: all of it comes from after
        assertThat(Data.withSet(map("seo", NULL), KeyPath.parse("seo.title"), after)).isEqualTo(after);
        assertThat(Data.withSet(map("x", s("1")), KeyPath.parse("seo.title"), map("x", s("1"), "seo", map("title", s("T")))))
                .isEqualTo(map("x", s("1"), "seo", map("title", s("T"))));
    }

    @Test
    void insertingAtTheEmptyPathReplacesTheWhole() {
        assertThat(Data.withInserted(map("a", s("1")), KeyPath.of(), map("b", s("2")))).isEqualTo(map("b", s("2")));
    }
}
