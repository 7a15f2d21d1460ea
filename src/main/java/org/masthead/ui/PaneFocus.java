package org.masthead.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Moves the keyboard focus between the window's four panes: the article list, the form, the
 * editor and the right-hand tabs. F6 and Shift+F6 cycle them, Ctrl+1 to Ctrl+4 jump to one, and
 * Ctrl+Tab and Ctrl+Shift+Tab leave the editor, where Tab types a tab (the form's text boxes
 * leave on Tab and Ctrl+Tab by themselves). A pane gets back the control that last had the focus
 * in it, so a round trip with F6 lands where it started.
 */
final class PaneFocus {
    /** The panes in the order F6 visits them; Ctrl+1 is the first. */
    enum Pane {
        LIST("Article list"), FORM("Form"), EDITOR("Editor"), TABS("Right-hand tabs");

        final String title;

        Pane(String title) {
            this.title = title;
        }
    }

    static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.F6);
    static final KeyCombination PREVIOUS = new KeyCodeCombination(KeyCode.F6, KeyCombination.SHIFT_DOWN);
    static final KeyCombination LEAVE = new KeyCodeCombination(KeyCode.TAB, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination LEAVE_BACK = new KeyCodeCombination(KeyCode.TAB, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4};

    private final Map<Pane, Node> roots = new EnumMap<>(Pane.class);
    private final Map<Pane, Node> first = new EnumMap<>(Pane.class);
    private final Map<Pane, Node> last = new EnumMap<>(Pane.class);
    private final TabPane tabs;
    private Scene scene;

    /**
     * {@code listRoot} holds the list and its filter, {@code table} is what the list pane focuses
     * first; {@code editorRoot} holds the find bar and {@code editor}. The form's first input is
     * looked up when the form is focused, since the form is rebuilt for each article.
     */
    PaneFocus(Node listRoot, Node table, Node form, Node editorRoot, Node editor, TabPane tabs) {
        this.tabs = tabs;
        roots.put(Pane.LIST, listRoot);
        roots.put(Pane.FORM, form);
        roots.put(Pane.EDITOR, editorRoot);
        roots.put(Pane.TABS, tabs);
        first.put(Pane.LIST, table);
        first.put(Pane.EDITOR, editor);
        first.put(Pane.TABS, tabs);
    }

    void install(Scene scene) {
        this.scene = scene;
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        scene.focusOwnerProperty().addListener((obs, was, now) -> {
            Pane pane = paneOf(now);
            if (pane != null) {
                last.put(pane, now);
            }
        });
    }

    private void onKey(KeyEvent e) {
        Pane current = scene == null ? null : paneOf(scene.getFocusOwner());
        Pane target = null;
        if (NEXT.match(e)) {
            target = step(current, 1);
        } else if (PREVIOUS.match(e)) {
            target = step(current, -1);
        } else if (current == Pane.EDITOR && LEAVE.match(e)) {
            target = Pane.TABS;
        } else if (current == Pane.EDITOR && LEAVE_BACK.match(e)) {
            target = Pane.FORM;
        } else if (e.isShortcutDown() && !e.isAltDown()) {
            int digit = digit(e.getCode());
            if (digit >= 0 && e.isShiftDown()) {
                // the tab keys too: a menu accelerator would not see a key the editor consumed
                e.consume();
                tab(digit);
                return;
            }
            target = digit >= 0 ? Pane.values()[digit] : null;
        }
        if (target != null) {
            e.consume();
            focus(target);
        }
    }

    private static int digit(KeyCode code) {
        for (int i = 0; i < DIGITS.length; i++) {
            if (code == DIGITS[i]) {
                return i;
            }
        }
        return -1;
    }

    /** Preview (0), SEO (1), Folder SEO (2), or with 3 the Folder SEO findings table. */
    void tab(int index) {
        if (index < 2 && index < tabs.getTabs().size()) {
            showTab(index);
        } else if (index == 2) {
            showTab(dashboardIndex());
        } else {
            showFindingsTable();
        }
    }

    /** Focuses the pane {@code by} steps after (or before) the one that has the focus. */
    void next(int by) {
        focus(step(scene == null ? null : paneOf(scene.getFocusOwner()), by));
    }

    private static Pane step(Pane current, int by) {
        int n = Pane.values().length;
        int from = current == null ? (by > 0 ? -1 : 0) : current.ordinal();
        return Pane.values()[Math.floorMod(from + by, n)];
    }

    /** Focuses the control that last had the focus in {@code pane}, or the pane's first one. */
    void focus(Pane pane) {
        Node target = last.get(pane);
        if (!usable(target) || paneOf(target) != pane) {
            target = pane == Pane.FORM ? firstFocusable(roots.get(Pane.FORM)) : first.get(pane);
        }
        if (target == null) {
            target = roots.get(pane);
        }
        target.requestFocus();
    }

    /** Selects the right-hand tab at {@code index} and puts the focus on the tabs. */
    void showTab(int index) {
        tabs.getSelectionModel().select(index);
        tabs.requestFocus();
    }

    /** Where the Folder SEO tab is: the Social tab sits between it and the SEO tab. */
    private int dashboardIndex() {
        int dashboard = tabs.getTabs().size() - 1;
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            if ("dashboard-tab".equals(tabs.getTabs().get(i).getId())) {
                dashboard = i;
            }
        }
        return dashboard;
    }

    /** Shows the Folder SEO tab with the focus on its table of findings. */
    void showFindingsTable() {
        showTab(dashboardIndex());
        Node table = tabs.lookup("#dashboard-findings");
        if (table != null) {
            table.requestFocus();
        }
    }

    /** The pane that holds {@code node}, or null. */
    Pane paneOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            for (Map.Entry<Pane, Node> root : roots.entrySet()) {
                if (root.getValue() == n) {
                    return root.getKey();
                }
            }
        }
        return null;
    }

    private boolean usable(Node node) {
        if (node == null || node.getScene() != scene || node.isDisabled()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private Node firstFocusable(Node node) {
        if (node.isFocusTraversable() && usable(node)) {
            return node;
        }
        if (node instanceof Parent parent && node.isVisible()) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = firstFocusable(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
