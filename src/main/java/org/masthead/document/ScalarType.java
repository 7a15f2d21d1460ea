package org.masthead.document;

/** What a scalar holds, as the file's own format would resolve it. */
public enum ScalarType {
    STRING, NUMBER, BOOLEAN, DATE, NULL
}
