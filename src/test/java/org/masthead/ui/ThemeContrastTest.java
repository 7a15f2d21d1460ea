package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.TextExt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.EditJournal;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every text shown in the window, the editor's highlighting and a dialog has at least 4.5:1
 * contrast against what is behind it (WCAG AA), in the light and the dark theme, read from the
 * colours CSS computed. Disabled controls are left out, as WCAG leaves them out.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeContrastTest {
    private static final double AA = 4.5;

    @TempDir
    Path temp;

    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path folder = FxTestSupport.copyOfSamples(Files.createDirectories(temp.resolve("articles")));
        Files.writeString(folder.resolve("broken.md"), "---\ntitle: [unclosed\n---\nbody\n");
        window = new MainWindow(stage, FxTestSupport.freshSettings(),
                new EditJournal(Files.createDirectories(temp.resolve("journal"))));
        window.show();
        window.openFolder(folder);
    }

    @Test
    void everyTextIsReadableInBothThemes(FxRobot robot) throws Exception {
        FxTestSupport.openArticle(robot, stage, "how-does-a-hash-table-handle-collisions.md");
        CodeArea area = robot.lookup("#editor").queryAs(CodeArea.class);
        // every kind of highlighting, and a literal \n mark, on screen at once
        robot.interact(() -> {
            area.replaceText(0, 0, "# Heading **strong** *emph* `code` $x$ [link](https://e.org)\n- item\n"
                    + "> quote\n| a | b |\n|---|---|\n\n```\nfenced\n```\n$$\nm\n$$\nC:\\new\n");
            area.moveTo(0);
            area.showParagraphAtTop(0);
            window.find();
        });
        Alert[] dialog = new Alert[1];
        List<String> problems = new ArrayList<>();
        for (boolean dark : new boolean[] {false, true}) {
            if (dark != window.isDarkTheme()) {
                robot.interact(window::toggleTheme);
            }
            robot.interact(() -> {
                dialog[0] = new Alert(Alert.AlertType.INFORMATION, "A dialog's message text.");
                dialog[0].initOwner(stage);
                dialog[0].show();
            });
            WaitForAsyncUtils.waitForFxEvents();
            String theme = dark ? "dark" : "light";
            for (TabPane tabs : List.of(robot.lookup("#right-tabs").queryAs(TabPane.class),
                    robot.lookup("#fields-tabs").queryAs(TabPane.class))) {
                for (int i = 0; i < tabs.getTabs().size(); i++) {
                    int tab = i;
                    robot.interact(() -> tabs.getSelectionModel().select(tab));
                    WaitForAsyncUtils.waitForFxEvents();
                    collect(stage.getScene(), theme + "/" + tabs.getTabs().get(i).getText(), problems);
                }
            }
            collect(dialog[0].getDialogPane().getScene(), theme + "/dialog", problems);
            robot.interact(() -> dialog[0].close());
        }
        assertThat(problems).isEmpty();
    }

    private static void collect(Scene scene, String where, List<String> problems) throws Exception {
        int[] checked = {0};
        WaitForAsyncUtils.asyncFx(() -> {
            scene.getRoot().applyCss();
            for (Node node : scene.getRoot().lookupAll(".text")) {
                if (node instanceof Text text && shown(text) && !text.getText().isBlank()
                        && text.getFill() instanceof Color) {
                    checked[0]++;
                    Color back = background(text);
                    Color fore = over(withOpacity((Color) text.getFill(), opacity(text)), back);
                    double ratio = ratio(fore, back);
                    if (ratio < AA) {
                        problems.add(String.format("%s: \"%s\" in %s: %s on %s is %.2f:1", where,
                                abbreviate(text.getText()), path(text), fore, back, ratio));
                    }
                }
            }
        }).get();
        assertThat(checked[0]).as("texts checked in %s", where).isGreaterThan(0);
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n.isDisabled()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static double opacity(Node node) {
        double opacity = 1;
        for (Node n = node; n != null; n = n.getParent()) {
            opacity *= n.getOpacity();
        }
        return opacity;
    }

    /** What is painted behind the text: the nearest backgrounds, blended down to an opaque one. */
    private static Color background(Text text) {
        List<Color> layers = new ArrayList<>();
        if (text instanceof TextExt ext && ext.getBackgroundColor() != null) {
            layers.add(solid(ext.getBackgroundColor()));
        }
        for (Parent p = text.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Region region) {
                Background bg = region.getBackground();
                if (bg != null && !bg.getFills().isEmpty()) {
                    BackgroundFill last = bg.getFills().get(bg.getFills().size() - 1);
                    layers.add(withOpacity(solid(last.getFill()), opacity(region) / opacity(p.getParent() == null
                            ? p : p.getParent())));
                }
            }
        }
        Color result = Color.WHITE;
        for (int i = layers.size() - 1; i >= 0; i--) {
            result = over(layers.get(i), result);
        }
        return result;
    }

    private static Color solid(Paint paint) {
        if (paint instanceof Color color) {
            return color;
        }
        List<Stop> stops = paint instanceof LinearGradient linear ? linear.getStops()
                : paint instanceof RadialGradient radial ? radial.getStops() : List.of();
        if (stops.isEmpty()) {
            return Color.TRANSPARENT;
        }
        double r = 0, g = 0, b = 0, a = 0;
        for (Stop stop : stops) {
            r += stop.getColor().getRed();
            g += stop.getColor().getGreen();
            b += stop.getColor().getBlue();
            a += stop.getColor().getOpacity();
        }
        return new Color(r / stops.size(), g / stops.size(), b / stops.size(), a / stops.size());
    }

    private static Color withOpacity(Color color, double opacity) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), Math.min(1, color.getOpacity() * opacity));
    }

    private static Color over(Color top, Color under) {
        double a = top.getOpacity();
        return new Color(top.getRed() * a + under.getRed() * (1 - a), top.getGreen() * a + under.getGreen() * (1 - a),
                top.getBlue() * a + under.getBlue() * (1 - a), 1);
    }

    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double c) {
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static String path(Node node) {
        StringBuilder out = new StringBuilder();
        for (Node n = node.getParent(); n != null && out.length() < 160; n = n.getParent()) {
            String name = n.getId() != null ? "#" + n.getId()
                    : n.getStyleClass().isEmpty() ? n.getClass().getSimpleName() : "." + n.getStyleClass().get(0);
            out.append(name).append(' ');
        }
        return out.toString().strip();
    }

    private static String abbreviate(String text) {
        return text.length() > 30 ? text.substring(0, 30) + "…" : text;
    }
}
