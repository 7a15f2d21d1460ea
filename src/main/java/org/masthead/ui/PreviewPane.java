package org.masthead.ui;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import netscape.javascript.JSObject;
import org.masthead.document.JsonStrings;
import org.masthead.render.Assets;
import org.masthead.session.BlockWindow;
import org.masthead.session.Pages;
import org.masthead.session.PreviewBlocks;

/**
 * The live preview. A page "shell" (styles, security policy, empty {@code #content}) is loaded
 * once per theme and folder; each update only replaces the article inside it. That keeps the
 * scroll position, avoids reloading KaTeX on every keystroke, and lets the page's policy forbid
 * every page script: KaTeX and our typesetting run only because we inject them from Java.
 *
 * <p>An article of more than {@link #WINDOW_LIMIT} blocks is held in part (see
 * {@link BlockWindow}): the part follows the editor's scrolling, the preview's own scrolling and
 * links to headings, and the spacers around it keep the scroll bar about where the whole
 * article would put it.
 *
 * <p>WebKit and KaTeX run on the FX thread, so the page puts a long article or part in itself
 * in slices of a few milliseconds, one per timer tick (see preview-page.js): the blocks at the
 * view first.
 */
public final class PreviewPane {
    /** Articles with more top-level blocks than this are held in part. */
    static final int WINDOW_LIMIT = 600;
    // blocks held of a long article: many screens, while WebKit's work per change stays small
    private static final int WINDOW_SIZE = 150;
    // scrolling to a block this close to an edge of the part moves the part first
    private static final int SCROLL_MARGIN = 30;
    // a patch that adds more blocks than this fills the page again, in slices
    private static final int MAX_PATCH_BLOCKS = 50;
    private static final String PAGE_SCRIPT = Resources.text("preview-page.js");

    // WebKit takes seconds to load; the view is made after the window's first paint, or when first needed.
    private final StackPane root = new StackPane();
    private WebView view;
    private double zoom = 1;
    // WebView holds Java objects given to a page weakly: this field keeps the bridge alive.
    private final LinkBridge bridge = new LinkBridge();
    private Consumer<String> onLink = url -> { };
    private String shownShell;
    private String pendingContent;
    private PreviewBlocks pendingBlocks;
    private boolean shellReady;
    // the whole article as last shown, split at block marks; null when unknown
    private PreviewBlocks shown;
    // which blocks the page holds, when it holds a part; null when it holds the whole article
    private BlockWindow part;
    // the block at the top of the view, as far as is known
    private int anchor;
    private boolean toTop;

    public PreviewPane() {
        root.getStyleClass().add("preview-pane");
    }

    /** Creates the WebView now if it does not exist yet. */
    public void createView() {
        if (view != null) {
            return;
        }
        view = new WebView();
        view.setId("preview");
        view.setAccessibleText("Preview of the article");
        view.setContextMenuEnabled(false);
        view.setZoom(zoom);
        root.getChildren().setAll(view);
        WebEngine engine = view.getEngine();
        engine.setJavaScriptEnabled(true);
        engine.getLoadWorker().stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                prepareShell(engine);
                shellReady = true;
                if (pendingContent != null || pendingBlocks != null) {
                    replaceContent(pendingContent, pendingBlocks);
                }
            }
        });
    }

    public Node node() {
        return root;
    }

    public WebEngine engine() {
        createView();
        return view.getEngine();
    }

    public void setZoom(double factor) {
        zoom = factor;
        if (view != null) {
            view.setZoom(factor);
        }
    }

    /** Called with the URL of a link the user followed in the preview. */
    public void setOnLink(Consumer<String> handler) {
        onLink = handler;
    }

    /** The next article shown is another one: it starts at its top. */
    public void startArticle() {
        anchor = 0;
        toTop = true;
    }

    /** Shows {@code content} inside the page at {@code shellUrl}, loading that page only when it changed. */
    public void show(String shellUrl, String content) {
        show(shellUrl, content, PreviewBlocks.of(content));
    }

    /** As {@link #show(String, String)}, with the content already split, as a render thread does. */
    void show(Pages.Preview page) {
        show(page.shellUrl(), null, page.blocks());
    }

    /** {@code content} may be null when {@code blocks} is not: it is joined from them only if the page needs it whole. */
    private void show(String shellUrl, String content, PreviewBlocks blocks) {
        createView();
        pendingContent = content;
        pendingBlocks = blocks;
        if (!Objects.equals(shellUrl, shownShell)) {
            shownShell = shellUrl;
            shellReady = false;
            shown = null;
            part = null;
            view.getEngine().load(shellUrl);
        } else if (shellReady) {
            replaceContent(content, blocks);
        }
    }

    public void clear() {
        shownShell = null;
        pendingContent = null;
        pendingBlocks = null;
        shellReady = false;
        shown = null;
        part = null;
        if (view != null) {
            view.getEngine().loadContent("");
        }
    }

    /** The blocks {@code [from, to)} of the article that the page holds now: all of them, or a part. */
    int[] part() {
        int all = shown == null ? 0 : shown.blocks().size();
        return part == null ? new int[] {0, all} : new int[] {part.from(), part.to()};
    }

    /**
     * Scrolls so that the block rendered from Markdown line {@code line} (1-based) is at the top:
     * blocks carry {@code data-source-line}, so the panes line up by source, not by percentage.
     */
    public void scrollToSourceLine(int line) {
        if (!shellReady || view == null) {
            return;
        }
        if (shown != null) {
            anchor = line <= 1 ? 0 : shown.blockAt(line);
            if (part != null && !part.holds(anchor, SCROLL_MARGIN)) {
                part.centre(anchor, shown.blocks().size());
                showPart(-1, 0);
            }
        }
        script("mastheadScrollToLine(" + line + ")");
    }

    /** Swaps in only the blocks that changed when it can: a keystroke changes one or two. */
    private void replaceContent(String content, PreviewBlocks next) {
        boolean windowed = next != null && next.blocks().size() > WINDOW_LIMIT;
        PreviewBlocks.Patch patch = shown == null || next == null || (part != null) != windowed ? null : shown.patchTo(next);
        if (!windowed && patch != null && patch.insert().size() > MAX_PATCH_BLOCKS) {
            // a paste of many blocks: a patch would put them all in at once, a new fill puts them in slices
            patch = null;
        }
        if (patch != null && patch.from() + patch.remove() <= anchor) {
            anchor = Math.max(0, anchor + patch.insert().size() - patch.remove());
        }
        shown = next;
        if (!windowed) {
            part = null;
            if (patch == null) {
                script("mastheadShow(" + JsonStrings.quote(content != null ? content : next.content()) + ")");
            } else if (!patch.isEmpty()) {
                patch(patch);
            }
        } else {
            PreviewBlocks.Patch onPage = patch == null ? null : part.onPage(patch);
            if (onPage == null) {
                boolean fresh = part == null;
                int from = fresh ? -1 : part.from();
                int to = fresh ? -1 : part.to();
                if (fresh) {
                    part = new BlockWindow(WINDOW_SIZE);
                }
                part.centre(anchor, next.blocks().size());
                // the same blocks again (the title changed, say): the view stays where it is
                boolean same = part.from() == from && part.to() == to;
                showPart(same || toTop || anchor == 0 ? -1 : anchor, 8);
                toTop |= !same && anchor == 0;
            } else {
                if (!onPage.isEmpty()) {
                    patch(onPage);
                }
                script(partNumbers());
            }
        }
        if (toTop) {
            toTop = false;
            script("window.scrollTo(0, 0)");
        }
    }

    private void patch(PreviewBlocks.Patch patch) {
        script("mastheadPatch(" + patch.from() + ", " + patch.remove() + ", "
                + JsonStrings.quote(patch.html()) + ", " + patch.lineDelta() + ")");
    }

    /** Fills the page with the part's blocks, then puts block {@code scrollTo} {@code offset} px below the view's top. */
    private void showPart(int scrollTo, double offset) {
        int from = part.from();
        int to = part.to();
        StringBuilder html = new StringBuilder();
        if (from == 0) {
            html.append(shown.head());
        }
        html.append("<div id=\"mh-before\"></div>").append(shown.html(from, to)).append("<div id=\"mh-after\"></div>");
        if (to == part.count()) {
            html.append(shown.tail());
        }
        script("mastheadShowPart(" + JsonStrings.quote(html.toString()) + ", " + from + ", " + (to - from) + ", "
                + from + ", " + (part.count() - to) + ", " + scrollTo + ", " + offset + ", " + anchor + ")");
    }

    /** Tells the page which blocks it holds after a patch moved them; the spacers keep their height. */
    private String partNumbers() {
        return "mastheadPartIs(" + part.from() + ", " + (part.to() - part.from()) + ", " + (part.count() - part.to()) + ")";
    }

    private Object script(String js) {
        return view.getEngine().executeScript(js);
    }

    /** Moves the part so that block {@code index} is {@code offset} px below the view's top. */
    private void slideTo(int index, double offset) {
        if (part == null || shown == null || !shellReady) {
            return;
        }
        anchor = Math.max(0, Math.min(index, shown.blocks().size() - 1));
        part.centre(anchor, shown.blocks().size());
        showPart(anchor, offset);
    }

    /** A link to a heading the page does not hold: the part moves to the block with that id. */
    private void jumpTo(String id) {
        if (shown == null) {
            return;
        }
        String attribute = "id=\"" + id + "\"";
        for (int i = 0; i < shown.blocks().size(); i++) {
            if (shown.blocks().get(i).contains(attribute)) {
                slideTo(i, 0);
                return;
            }
        }
    }

    /** Injects KaTeX, our typesetting, the page's script and the bridge its links and scrolling call. */
    private void prepareShell(WebEngine engine) {
        if (engine.getDocument() == null || engine.executeScript("document.getElementById('content')") == null) {
            return;
        }
        engine.executeScript(Assets.katexScript());
        engine.executeScript(Assets.typesetScript());
        engine.executeScript(PAGE_SCRIPT);
        JSObject window = (JSObject) engine.executeScript("window");
        window.setMember("mastheadLinks", bridge);
    }

    /** Called from the page's script; public so that WebView's bridge can reach it. */
    public final class LinkBridge {
        public void follow(String url) {
            onLink.accept(url);
        }

        /** The view came near an edge of the part; block {@code index} is {@code offset} px below its top. */
        public void slide(Object index, Object offset) {
            int block = ((Number) index).intValue();
            double px = ((Number) offset).doubleValue();
            // not while WebKit is still dispatching the scroll event that called here
            Platform.runLater(() -> slideTo(block, px));
        }

        public void jump(String id) {
            Platform.runLater(() -> jumpTo(id));
        }
    }
}
