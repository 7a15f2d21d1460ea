package org.masthead.render;

/** A related article as the page links it: {@code id} for the editor, {@code url} for the site. */
public record RelatedLink(String id, String title, String url) {
}
