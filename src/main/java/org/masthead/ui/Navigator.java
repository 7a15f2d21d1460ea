package org.masthead.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.masthead.content.ArticleLinks;
import org.masthead.document.KeyPath;
import org.masthead.render.ArticlePage;
import org.masthead.seo.Finding;
import org.masthead.session.ArticleSession;

/**
 * Where links and findings take the user: a related article or a relative link opens that article
 * here; a web link goes to the system browser; nothing else is followed. A finding opens its
 * article and puts the focus on its field.
 */
final class Navigator {
    private final OpenArticle open;
    private final ArticleListPane list;
    private final FormPane form;
    private final EditorPane editor;
    private final FolderController folder;
    private final ArticleController articles;
    private final Background background;
    private final MessageBar messages;
    private Consumer<String> browser = url -> { };

    Navigator(OpenArticle open, ArticleListPane list, FormPane form, EditorPane editor, FolderController folder,
              ArticleController articles, Background background, MessageBar messages) {
        this.open = open;
        this.list = list;
        this.form = form;
        this.editor = editor;
        this.folder = folder;
        this.articles = articles;
        this.background = background;
        this.messages = messages;
    }

    /** Where external links go; the application sets the system browser. */
    void setBrowser(Consumer<String> browser) {
        this.browser = browser;
    }

    void followLink(String url) {
        if (url.startsWith(ArticlePage.ARTICLE_LINK_PREFIX)) {
            String id = url.substring(ArticlePage.ARTICLE_LINK_PREFIX.length());
            list.findById(id).ifPresentOrElse(list::select,
                    () -> messages.show("No article with id " + id + " in this folder: the related link is broken."));
        } else if (url.startsWith("http://") || url.startsWith("https://") || url.startsWith("mailto:")) {
            browser.accept(url);
        } else if (folder.session() != null && open.get() != null) {
            Path root = folder.session().root();
            Path from = open.get().path();
            background.io(() -> ArticleLinks.resolve(root, from, url), target ->
                    target.ifPresentOrElse(path -> list.findByPath(path).ifPresentOrElse(list::select,
                                    () -> articles.openArticle(path)),
                            () -> messages.show(url + " is not an article in this folder.")));
        }
    }

    /** Opens the article of a dashboard finding, then takes the user to its field. */
    void openAtFinding(Path file, Finding finding) {
        ArticleSession session = open.get();
        if (session != null && session.path().equals(file)) {
            goTo(finding);
            return;
        }
        list.findByPath(file).ifPresentOrElse(item -> {
            articles.goToWhenShown(finding);
            list.select(item);
        }, () -> articles.openAt(file, finding));
    }

    void goTo(Finding finding) {
        ArticleSession session = open.get();
        if (session == null || finding.field().isEmpty()) {
            return;
        }
        KeyPath path = KeyPath.parse(finding.field());
        if (path.equals(session.current().bodyField().path())) {
            editor.area().requestFocus();
        } else if (!form.focus(path)) {
            messages.show(finding.field() + " is not in this article yet: " + finding.message());
        }
    }
}
