package org.masthead.document;

import java.util.List;

final class JsonTree {
    private JsonTree() {
    }

    static Tree.MapNode read(String source, String text, int start, int end) throws DocumentException {
        throw Lines.error(source, text, start, "this front matter format is not supported yet.", null);
    }

    static List<String> scalarCandidates(ScalarField old, String value, boolean typed) {
        return List.of();
    }

    static int objectEnd(String source, String text) throws DocumentException {
        throw Lines.error(source, text, 0, "JSON front matter is not supported yet.", null);
    }

    static ScalarType plainType(String value) {
        return ScalarType.STRING;
    }
}
