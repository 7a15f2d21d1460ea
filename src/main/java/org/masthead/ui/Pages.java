package org.masthead.ui;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.masthead.document.Document;
import org.masthead.render.ArticlePage;
import org.masthead.render.ArticleView;
import org.masthead.render.ArticleViews;
import org.masthead.render.PageOptions;

/** The preview's pages from the shared renderer, one renderer per theme and folder. */
final class Pages {
    /** What the preview shows: a shell page and the article to put inside it. */
    record Preview(String shell, String content) {
    }

    private static final Map<String, ArticlePage> PAGES = new ConcurrentHashMap<>();
    private static final Map<String, String> SHELLS = new ConcurrentHashMap<>();

    private Pages() {
    }

    static Preview article(Document doc, Path file, boolean dark) {
        return article(doc, doc.markdown(), file, dark);
    }

    /** The preview of {@code doc}'s fields with the editor's {@code markdown}, which {@code doc} may not hold yet. */
    static Preview article(Document doc, String markdown, Path file, boolean dark) {
        Path folder = file.toAbsolutePath().getParent();
        String base = folder == null ? null : folder.toUri().toString();
        String key = dark + "|" + base;
        ArticlePage page = PAGES.computeIfAbsent(key, k -> new ArticlePage(PageOptions.preview()
                .withDarkTheme(dark).withBaseUri(base).withPageScripts(false).withBlockMarks(true)));
        String shell = SHELLS.computeIfAbsent(key, k -> page.render(ArticleView.ofMarkdown("")));
        return new Preview(shell, page.renderContent(ArticleViews.of(doc, markdown)));
    }
}
