package org.masthead.ui;

import java.nio.file.Path;
import org.masthead.document.Document;
import org.masthead.render.ArticlePage;
import org.masthead.render.ArticleViews;
import org.masthead.render.PageOptions;

/** Turns the open document into the preview page with the shared renderer. */
final class Pages {
    private static final ArticlePage LIGHT = new ArticlePage(PageOptions.preview());
    private static final ArticlePage DARK = new ArticlePage(PageOptions.preview().withDarkTheme(true));

    private Pages() {
    }

    static String article(Document doc, Path file, boolean dark) {
        PageOptions base = (dark ? DARK : LIGHT).options();
        Path folder = file.toAbsolutePath().getParent();
        ArticlePage page = folder == null ? (dark ? DARK : LIGHT) : new ArticlePage(base.withBaseUri(folder.toUri().toString()));
        return page.render(ArticleViews.of(doc));
    }
}
