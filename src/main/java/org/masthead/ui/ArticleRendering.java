package org.masthead.ui;

import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.session.ArticleSession;
import org.masthead.render.SiteLinks;
import org.masthead.seo.SeoRules;
import org.masthead.session.Pages;

/**
 * Keeps the preview and the SEO tab up with the open article: a render off the FX thread after
 * every change, and the checks once the typing pauses. Renders that a newer keystroke made stale
 * are skipped before they start, so typing never queues work.
 */
final class ArticleRendering {
    /** What the rendering needs to know of the window. */
    interface Host {
        boolean darkTheme();

        boolean remoteImages();

        /** The file as the folder names it, for the checks' messages. */
        String relativePath(Path file);

        void problem(String message);
    }

    private final Background background;
    private final OpenArticle open;
    private final PreviewPane preview;
    private final WebKitLibrary webKit;
    private final SeoPane seo;
    private final Host host;
    private final Pages pages = new Pages();
    // the rules (and with them the site) the preview's links were last resolved by
    private SeoRules renderedWith;
    // the SEO checks run once the typing has paused this long
    private final PauseTransition checkLater = new PauseTransition(Duration.millis(250));

    // The newest page, and its article, waiting for WebKit's library: a WebView made before the
    // library is in would load it on the FX thread, for seconds.
    private Pages.Preview held;
    private ArticleSession heldFor;

    ArticleRendering(Background background, OpenArticle open, PreviewPane preview, WebKitLibrary webKit, SeoPane seo,
                     Host host) {
        this.background = background;
        this.open = open;
        this.preview = preview;
        this.webKit = webKit;
        this.seo = seo;
        this.host = host;
        checkLater.setOnFinished(e -> check());
    }

    /** Renders the open article now and checks it at the next pause. */
    void render() {
        ArticleSession rendering = open.get();
        if (rendering == null) {
            return;
        }
        Path file = rendering.path();
        boolean dark = host.darkTheme();
        boolean remote = host.remoteImages();
        // The site was detected off the FX thread with the folder's rules, which the snippet reads
        // too: the preview's links and the snippet's URL agree.
        SeoRules rules = seo.context().rules();
        String relative = host.relativePath(file);
        renderedWith = rules;
        // A render superseded while queued never starts; one superseded while running is still
        // shown unless a newer one was shown first: a render of a long article can take longer
        // than the gap between two keys, and dropping it would leave the preview behind for as
        // long as the typing goes on.
        background.renderLane().latest(this, Background.Keep.NEWEST_DONE, () -> {
            Document fields;
            try {
                fields = rendering.fields();
            } catch (DocumentException e) {
                // the value stays typed and is shown as it was set; the checks name the refusal
                fields = rendering.current();
            }
            // The preview needs the fields and the editor's text, not that text encoded into the
            // document: for a 1 MB answer the encoding re-parses the front matter, many times the
            // cost of the render.
            SiteLinks links = Pages.siteLinks(rules, relative, file, fields);
            Pages.Preview page = pages.article(fields, rendering.markdown(), file, dark, remote, links);
            // whether the edits so far came back to the saved bytes (an undo, a value typed back)
            rendering.settle();
            return page;
        }, page -> {
            if (rendering == open.get()) {
                held = page;
                heldFor = rendering;
                webKit.whenLoaded(this::showHeld);
            }
        });
        checkLater.playFromStart();
    }

    private void showHeld() {
        Pages.Preview page = held;
        held = null;
        if (page != null && heldFor == open.get()) {
            preview.show(page);
        }
    }

    /**
     * Runs the SEO checks on the open article. Encoding the editor's text can take a core for a
     * few hundred ms, so it runs on a thread of its own, where it cannot delay the next render.
     */
    void check() {
        ArticleSession checking = open.get();
        if (checking == null) {
            return;
        }
        if (seo.context().rules() != renderedWith) {
            // the folder's site or rules arrived or changed since the render: its links follow them
            render();
            return;
        }
        background.checkLane().latest(this, Background.Keep.LATEST_ONLY, () -> {
            try {
                return checking.forChecks();
            } catch (DocumentException e) {
                return e;
            }
        }, result -> {
            if (checking != open.get()) {
                return;
            }
            if (result instanceof DocumentException e) {
                host.problem(e.getMessage());
            } else {
                seo.check(host.relativePath(checking.path()), (Document) result);
            }
        });
    }
}
