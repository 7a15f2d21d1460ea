package org.masthead.content.site;

/** Where a Markdown file sits in its site, which decides whether and how it is judged as a page. */
public enum Placement {
    /** A page the site publishes. */
    PAGE("page"),
    /** A list page of a section (Hugo's {@code _index.md}): judged as a list page. */
    LIST("list page"),
    /** A draft the site does not publish yet (Jekyll's {@code _drafts}). */
    DRAFT("draft"),
    /** Outside the site's content: an archetype, a README, a theme's file. */
    OUTSIDE("not content"),
    /** A fragment other pages include (Jekyll's {@code _includes}, {@code _layouts}, {@code _data}). */
    INCLUDE("include"),
    /** Excluded by the site's config. */
    EXCLUDED("excluded by the config"),
    /** Under a bundle that is not rendered (Hugo's {@code headless} or {@code build: {render: never}}). */
    UNRENDERED("not rendered");

    private final String label;

    Placement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the site turns the file into a page of its own (published or not yet). */
    public boolean isPage() {
        return this == PAGE || this == LIST || this == DRAFT;
    }
}
