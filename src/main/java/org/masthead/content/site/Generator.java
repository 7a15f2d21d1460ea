package org.masthead.content.site;

/** The static-site generators Masthead recognises, and "none" for a plain folder of articles. */
public enum Generator {
    HUGO("Hugo"),
    JEKYLL("Jekyll"),
    ELEVENTY("Eleventy"),
    ASTRO("Astro"),
    DOCUSAURUS("Docusaurus"),
    MKDOCS("MkDocs"),
    CLOUDCANNON("CloudCannon"),
    NONE("none");

    private final String label;

    Generator(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The generator named {@code word} in any letter case ("hugo", "Jekyll"), or null. */
    public static Generator named(String word) {
        for (Generator g : values()) {
            if (g.name().equalsIgnoreCase(word.strip()) || g.label.equalsIgnoreCase(word.strip())) {
                return g;
            }
        }
        return null;
    }
}
