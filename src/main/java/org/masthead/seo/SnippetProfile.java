package org.masthead.seo;

/**
 * Where a search result is drawn and how much room it gets. Google sets titles in Arial 20 px
 * and descriptions in Arial 14 px on both.
 * <ul>
 *   <li>{@link #DESKTOP}: title 600 px (one line), description 920 px (two lines of about 460 px
 *       as Yoast and most SERP tools count it);</li>
 *   <li>{@link #MOBILE}: the title may wrap to two lines of about 460 px (920 px), the
 *       description gets less, about 680 px; these are estimates, since mobile layouts vary with
 *       the screen.</li>
 * </ul>
 */
public record SnippetProfile(String name, double titleFontPx, double titleMaxPx,
                             double descriptionFontPx, double descriptionMaxPx) {
    public static final SnippetProfile DESKTOP = new SnippetProfile("desktop", 20, 600, 14, 920);
    public static final SnippetProfile MOBILE = new SnippetProfile("mobile", 20, 920, 14, 680);

    public Snippet title(String text) {
        return Snippet.fit(text, titleFontPx, titleMaxPx);
    }

    public Snippet description(String text) {
        return Snippet.fit(text, descriptionFontPx, descriptionMaxPx);
    }
}
