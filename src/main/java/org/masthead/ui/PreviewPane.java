package org.masthead.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Worker;
import javafx.scene.Node;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;

/** The live preview: shows whatever HTML it is given, keeping the scroll position across updates. */
public final class PreviewPane {
    private final WebView view = new WebView();
    private final ObjectProperty<String> html = new SimpleObjectProperty<>(this, "html");
    private double pendingScroll;

    public PreviewPane() {
        view.setId("preview");
        view.setContextMenuEnabled(false);
        WebEngine engine = view.getEngine();
        engine.setJavaScriptEnabled(true);
        html.addListener((obs, old, now) -> show(now));
        engine.getLoadWorker().stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED && pendingScroll > 0) {
                engine.executeScript("window.scrollTo(0," + pendingScroll + ")");
            }
        });
    }

    public Node node() {
        return view;
    }

    public WebEngine engine() {
        return view.getEngine();
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
