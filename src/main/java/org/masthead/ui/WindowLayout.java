package org.masthead.ui;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.masthead.session.Settings;

/**
 * Where each pane sits: the list on the left; the form over the editor in the middle, under the
 * message bar and the conflict banner; preview, SEO and folder dashboard as tabs on the right.
 * Split positions and the window's bounds come from and go back to the settings.
 *
 * <p>The middle and the right-hand tabs sit in slots of the main split that start empty: the
 * window can show its list alone first, and they join it ({@link #showRest}) once the first rows
 * are painted, so that the first paint of a window opened on a folder waits for no styles and
 * layout of the form, the editor, the preview and the SEO pane.
 */
record WindowLayout(BorderPane root, SplitPane main, SplitPane editing, VBox editorBox, TabPane right,
                    Tab dashboardTab, TabPane fields, double[] formSplit, VBox middle, StackPane middleSlot,
                    StackPane rightSlot) {

    static WindowLayout build(Settings settings, Node message, Node banner, Node list, Node form, Node outline,
                              Node findBar, Node editor, Node statusBar, Node preview, Node seo, Node dashboard) {
        VBox editorBox = new VBox(findBar, editor, statusBar);
        VBox.setVgrow(editor, Priority.ALWAYS);
        Tab outlineTab = new Tab("Outline", outline);
        outlineTab.setId("outline-tab");
        Tab formTab = new Tab("Fields", form);
        formTab.setId("fields-tab");
        TabPane fields = new TabPane(formTab, outlineTab);
        fields.setId("fields-tabs");
        fields.setAccessibleText("Fields and outline");
        fields.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane editing = new SplitPane(fields, editorBox);
        editing.setOrientation(Orientation.VERTICAL);
        editing.setId("editing-split");
        double[] formSplit = {settings.get("split.editing", 0.4)};
        editing.setDividerPositions(formSplit[0]);

        Tab dashboardTab = new Tab("Folder SEO", dashboard);
        dashboardTab.setId("dashboard-tab");
        contentWhenShown(dashboardTab);
        Tab seoTab = new Tab("SEO", seo);
        seoTab.setId("seo-tab");
        TabPane right = new TabPane(new Tab("Preview", preview), seoTab, dashboardTab);
        right.setId("right-tabs");
        right.setAccessibleText("Preview, SEO, Social and Folder SEO tabs");
        right.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        // the message and the conflict banner take the height their text needs; the editing panes get the rest
        VBox middle = new VBox(message, banner, editing);
        VBox.setVgrow(editing, Priority.ALWAYS);
        StackPane middleSlot = new StackPane();
        StackPane rightSlot = new StackPane();
        SplitPane main = new SplitPane(list, middleSlot, rightSlot);
        main.setId("main-split");
        main.setDividerPositions(settings.get("split.main.0", 0.25), settings.get("split.main.1", 0.62));

        BorderPane root = new BorderPane(main);
        root.getStyleClass().add("masthead");
        WindowLayout layout = new WindowLayout(root, main, editing, editorBox, right, dashboardTab, fields, formSplit,
                middle, middleSlot, rightSlot);
        layout.setFormShown(settings.get("form.shown", 1) > 0);
        return layout;
    }

    /** Puts the middle (messages, form, editor) and the right-hand tabs into the window, if they are not in yet. */
    void showRest() {
        if (middleSlot.getChildren().isEmpty()) {
            middleSlot.getChildren().add(middle);
            rightSlot.getChildren().add(right);
        }
    }

    /** Whether the middle and the right-hand tabs are in the window. */
    boolean restShown() {
        return !middleSlot.getChildren().isEmpty();
    }

    /**
     * Puts the middle and the right-hand tabs into the window once {@code scene} has laid out what
     * it holds now (the list's first rows), in a task after that pulse: the rows go to the screen
     * while the rest is styled and laid out for the next one. Then runs {@code then}.
     */
    void showRestAfterPaint(Scene scene, Runnable then) {
        if (restShown() || scene == null) {
            showRest();
            then.run();
            return;
        }
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(() -> {
                    showRest();
                    then.run();
                });
            }
        });
        Platform.requestNextPulse();
    }

    /**
     * Shows {@code stage}: with the rest at once when {@code restNow}, else with the list alone,
     * the rest joining after the first rows ({@link #showRestAfterPaint}).
     */
    void show(Stage stage, boolean restNow) {
        if (restNow) {
            showRest();
        }
        stage.show();
    }

    /**
     * Shows or collapses the form and outline above the editor; shown again, they take back the
     * height they had.
     */
    void setFormShown(boolean shown) {
        if (shown == formShown()) {
            return;
        }
        if (shown) {
            editing.getItems().add(0, fields);
            editing.setDividerPositions(formSplit[0]);
        } else {
            formSplit[0] = editing.getDividerPositions()[0];
            editing.getItems().remove(fields);
        }
    }

    boolean formShown() {
        return editing.getItems().contains(fields);
    }

    void rememberSplits(Settings settings) {
        settings.put("split.editing", formShown() ? editing.getDividerPositions()[0] : formSplit[0]);
        settings.put("form.shown", formShown() ? 1 : 0);
        settings.put("split.main.0", main.getDividerPositions()[0]);
        settings.put("split.main.1", main.getDividerPositions()[1]);
    }

    /**
     * Puts the stage where it last was and returns the size its scene had, as it was on the
     * screen: the saved device pixels divided by the output scale of the screen it was on, fitted
     * into that screen's visible area (the primary screen's, when that screen is gone). The size
     * is the scene's, without the window's frame, so that it does not grow by the frame at each start.
     */
    static Settings.WindowBounds placeStage(Stage stage, Settings settings) {
        Settings.WindowBounds saved = settings.windowBounds()
                .orElse(new Settings.WindowBounds(Double.NaN, Double.NaN, 1400, 860));
        Screen screen = null;
        for (Screen s : Screen.getScreens()) {
            double scale = s.getOutputScaleX();
            if (!Double.isNaN(saved.x()) && s.getVisualBounds().contains((saved.x() + saved.width() / 2) / scale,
                    (saved.y() + saved.height() / 2) / scale)) {
                screen = s;
            }
        }
        if (screen == null) {
            screen = Screen.getPrimary();
            saved = new Settings.WindowBounds(Double.NaN, Double.NaN, saved.width(), saved.height());
        }
        Rectangle2D visual = screen.getVisualBounds();
        Settings.WindowBounds fitted = saved.fit(screen.getOutputScaleX(), new Settings.WindowBounds(visual.getMinX(),
                visual.getMinY(), visual.getWidth(), visual.getHeight()));
        stage.setX(fitted.x());
        stage.setY(fitted.y());
        return fitted;
    }

    /** Saves the stage's place and its scene's size in device pixels of the screen it is on. */
    static void rememberStage(Stage stage, Scene scene, Settings settings) {
        if (!(scene.getWidth() > 0) || !(scene.getHeight() > 0)) {
            return;
        }
        double scale = stage.getOutputScaleX() > 0 ? stage.getOutputScaleX() : 1;
        settings.setWindowBounds(new Settings.WindowBounds(stage.getX(), stage.getY(), scene.getWidth(),
                scene.getHeight()).toDevice(scale));
    }

    /**
     * Keeps {@code tab}'s content out of the scene until the tab is first selected (by a click, a
     * shortcut or a command): the styles and layout of a pane nobody looks at would otherwise be
     * worked out on the FX thread while the window first shows, before the list can paint.
     */
    static void contentWhenShown(Tab tab) {
        Node content = tab.getContent();
        if (content == null || tab.isSelected()) {
            return;
        }
        tab.setContent(null);
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean selected) {
                if (selected) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(content);
                    // skins now, not at the next pulse: a shortcut looks up a node inside a skin at once
                    content.applyCss();
                }
            }
        });
    }

    /** Puts {@code tab} right after the SEO tab, as a page's Social card belongs beside its SEO; its content comes when first shown. */
    void addBesideSeo(Tab tab) {
        contentWhenShown(tab);
        int at = 0;
        while (at < right.getTabs().size() && !"seo-tab".equals(right.getTabs().get(at).getId())) {
            at++;
        }
        right.getTabs().add(Math.min(at + 1, right.getTabs().size()), tab);
    }

    boolean dashboardShown() {
        return dashboardTab.isSelected();
    }
}
