package org.masthead.ui;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.concurrent.Worker;
import javafx.scene.Node;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import netscape.javascript.JSObject;
import org.masthead.render.Assets;

/**
 * The live preview. A page "shell" (styles, security policy, empty {@code #content}) is loaded
 * once per theme and folder; each update only replaces the article inside it. That keeps the
 * scroll position, avoids reloading KaTeX on every keystroke, and lets the page's policy forbid
 * every page script: KaTeX and our typesetting run only because we inject them from Java.
 */
public final class PreviewPane {
    // WebKit takes seconds to load; the view is made after the window's first paint, or when first needed.
    private final javafx.scene.layout.StackPane root = new javafx.scene.layout.StackPane();
    private WebView view;
    private double zoom = 1;
    // WebView holds Java objects given to a page weakly: this field keeps the bridge alive.
    private final LinkBridge bridge = new LinkBridge();
    private Consumer<String> onLink = url -> { };
    private String shownShell;
    private String pendingContent;
    private boolean shellReady;
    // what #content holds now, split at block marks; null when unknown
    private PreviewBlocks shown;

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
        view.setContextMenuEnabled(false);
        view.setZoom(zoom);
        root.getChildren().setAll(view);
        WebEngine engine = view.getEngine();
        engine.setJavaScriptEnabled(true);
        engine.getLoadWorker().stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                prepareShell(engine);
                shellReady = true;
                if (pendingContent != null) {
                    replaceContent(pendingContent);
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

    /** Shows {@code content} inside the page at {@code shellUrl}, loading that page only when it changed. */
    public void show(String shellUrl, String content) {
        createView();
        pendingContent = content;
        if (!Objects.equals(shellUrl, shownShell)) {
            shownShell = shellUrl;
            shellReady = false;
            shown = null;
            view.getEngine().load(shellUrl);
        } else if (shellReady) {
            replaceContent(content);
        }
    }

    public void clear() {
        shownShell = null;
        pendingContent = null;
        shellReady = false;
        shown = null;
        if (view != null) {
            view.getEngine().loadContent("");
        }
    }

    /**
     * Scrolls so that the block rendered from Markdown line {@code line} (1-based) is at the top:
     * blocks carry {@code data-source-line}, so the panes line up by source, not by percentage.
     */
    public void scrollToSourceLine(int line) {
        if (!shellReady || view == null) {
            return;
        }
        view.getEngine().executeScript("(function (line) { var best = null;"
                + " var blocks = document.querySelectorAll('#content [data-source-line]');"
                + " for (var i = 0; i < blocks.length; i++) {"
                + "   if (parseInt(blocks[i].getAttribute('data-source-line'), 10) <= line) { best = blocks[i]; } else { break; } }"
                + " if (line <= 1 || !best) { window.scrollTo(0, 0); return; }"
                + " window.scrollTo(0, best.getBoundingClientRect().top + window.scrollY - 8); })(" + line + ")");
    }

    /** Swaps in only the blocks that changed when it can: a keystroke changes one or two. */
    private void replaceContent(String content) {
        PreviewBlocks next = PreviewBlocks.of(content);
        PreviewBlocks.Patch patch = shown == null || next == null ? null : shown.patchTo(next);
        if (patch == null) {
            view.getEngine().executeScript("(function (html) { var c = document.getElementById('content');"
                    + " if (!c) { return; } c.innerHTML = html; window.mastheadMarks = null;"
                    + " if (window.mastheadTypeset) { window.mastheadTypeset(c); } })("
                    + org.masthead.document.JsonStrings.quote(content) + ")");
        } else if (!patch.isEmpty()) {
            view.getEngine().executeScript("window.mastheadPatch(" + patch.from() + ", " + patch.remove() + ", "
                    + org.masthead.document.JsonStrings.quote(patch.html()) + ", " + patch.lineDelta() + ")");
        }
        shown = next;
    }

    /**
     * Injects KaTeX, our typesetting and a link handler. Links never navigate the preview: a
     * click goes to the window, which opens articles in Masthead and other links in the browser.
     */
    private void prepareShell(WebEngine engine) {
        if (engine.getDocument() == null || engine.executeScript("document.getElementById('content')") == null) {
            return;
        }
        engine.executeScript(Assets.katexScript());
        engine.executeScript(Assets.typesetScript());
        engine.executeScript(PATCH_SCRIPT);
        JSObject window = (JSObject) engine.executeScript("window");
        window.setMember("mastheadLinks", bridge);
        engine.executeScript("document.addEventListener('click', function (e) {"
                + " var a = e.target.closest ? e.target.closest('a[href]') : null;"
                + " if (!a) { return; }"
                + " e.preventDefault();"
                + " var href = a.getAttribute('href');"
                + " if (href.charAt(0) !== '#') { window.mastheadLinks.follow(href); return; }"
                + " var target = document.getElementById(decodeURIComponent(href.substring(1)));"
                + " if (target) { target.scrollIntoView(); }"
                + "}, true);");
    }

    /**
     * {@code mastheadPatch(from, remove, html, delta)}: replaces blocks {@code [from, from + remove)}
     * of the article with {@code html} (blocks each after a mark) and moves the source lines of the
     * blocks after them by {@code delta}. Each block owns the mark comment before it; the marks are
     * kept in an array so that finding a block costs nothing.
     */
    private static final String PATCH_SCRIPT = "window.mastheadPatch = function (from, remove, html, delta) {"
            + " var c = document.getElementById('content'); var marks = window.mastheadMarks;"
            + " if (!marks) { marks = [];"
            + "   var walk = document.createTreeWalker(c, NodeFilter.SHOW_COMMENT, null, false);"
            + "   while (walk.nextNode()) { if (walk.currentNode.nodeValue === 'mh') { marks.push(walk.currentNode); } }"
            + "   window.mastheadMarks = marks; }"
            + " var end = marks[from + remove]; var parent = end.parentNode;"
            + " for (var node = marks[from]; node !== end; ) { var after = node.nextSibling; parent.removeChild(node); node = after; }"
            + " var box = document.createElement('div'); box.innerHTML = html;"
            + " if (window.mastheadTypeset) { window.mastheadTypeset(box); }"
            + " var added = [];"
            + " while (box.firstChild) { var n = box.firstChild;"
            + "   if (n.nodeType === 8 && n.nodeValue === 'mh') { added.push(n); } parent.insertBefore(n, end); }"
            + " Array.prototype.splice.apply(marks, [from, remove].concat(added));"
            + " if (delta === 0) { return; }"
            + " function shift(el) { var v = el.getAttribute('data-source-line');"
            + "   if (v !== null) { el.setAttribute('data-source-line', String(parseInt(v, 10) + delta)); } }"
            + " var stop = marks[marks.length - 1];"
            + " for (var node = marks[from + added.length]; node !== stop; node = node.nextSibling) {"
            + "   if (node.nodeType !== 1) { continue; } shift(node);"
            + "   var inner = node.querySelectorAll('[data-source-line]');"
            + "   for (var i = 0; i < inner.length; i++) { shift(inner[i]); } } };";

    /** Called from the page's script; public so that WebView's bridge can reach it. */
    public final class LinkBridge {
        public void follow(String url) {
            onLink.accept(url);
        }
    }
}
