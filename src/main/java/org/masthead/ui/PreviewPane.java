package org.masthead.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Worker;
import javafx.scene.Node;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import netscape.javascript.JSObject;

/** The live preview: shows whatever HTML it is given, keeping the scroll position across updates. */
public final class PreviewPane {
    private final WebView view = new WebView();
    private final ObjectProperty<String> html = new SimpleObjectProperty<>(this, "html");
    private double pendingScroll;
    private java.util.function.Consumer<String> onLink = url -> { };
    // WebView holds Java objects given to a page weakly: this field keeps the bridge alive.
    private final LinkBridge bridge = new LinkBridge();

    public PreviewPane() {
        view.setId("preview");
        view.setContextMenuEnabled(false);
        WebEngine engine = view.getEngine();
        engine.setJavaScriptEnabled(true);
        html.addListener((obs, old, now) -> show(now));
        engine.getLoadWorker().stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                interceptLinks(engine);
                if (pendingScroll > 0) {
                    engine.executeScript("window.scrollTo(0," + pendingScroll + ")");
                }
            }
        });
    }

    public Node node() {
        return view;
    }

    public WebEngine engine() {
        return view.getEngine();
    }

    /**
     * Links never navigate the preview: a click is handed to the window, which opens articles in
     * Masthead and other links in the system browser.
     */
    private void interceptLinks(WebEngine engine) {
        JSObject window = (JSObject) engine.executeScript("window");
        window.setMember("mastheadLinks", bridge);
        engine.executeScript("document.addEventListener('click', function (e) {"
                + " var a = e.target.closest ? e.target.closest('a[href]') : null;"
                + " if (!a) { return; }"
                + " e.preventDefault();"
                + " var href = a.getAttribute('href');"
                + " if (href && href.charAt(0) !== '#') { window.mastheadLinks.follow(href); }"
                + " else if (href) { var t = document.getElementById(decodeURIComponent(href.substring(1))); if (t) { t.scrollIntoView(); } }"
                + "}, true);");
    }

    /** Called from the page's script; public so that WebView's bridge can reach it. */
    public final class LinkBridge {
        public void follow(String url) {
            onLink.accept(url);
        }
    }

    /** Called with the URL of a link the user followed in the preview. */
    public void setOnLink(java.util.function.Consumer<String> handler) {
        onLink = handler;
    }

    // 'html' property: the page to show
    public ObjectProperty<String> htmlProperty() {
        return html;
    }

    private void show(String page) {
        WebEngine engine = view.getEngine();
        Object y = engine.getDocument() == null ? null : engine.executeScript("window.scrollY");
        pendingScroll = y instanceof Number n ? n.doubleValue() : 0;
        engine.loadContent(page == null ? "" : page);
    }
}
