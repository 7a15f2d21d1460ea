package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.EditJournal;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Every menu item has a mnemonic, and every key is listed in Help and in the README. */
@ExtendWith(ApplicationExtension.class)
class KeyboardShortcutsListTest {
    private static final Pattern KEY = Pattern.compile("\\b(?:(?:Ctrl|Shift|Alt)\\+)+(?:F[0-9]+|[A-Z][a-z]*|[0-9])|\\bF[0-9]+\\b");

    @TempDir
    Path temp;

    private MenuBar bar;

    @Start
    void start(Stage stage) throws Exception {
        MainWindow window = new MainWindow(stage, FxTestSupport.freshSettings(),
                new EditJournal(Files.createDirectories(temp.resolve("journal"))));
        window.show();
        bar = (MenuBar) stage.getScene().lookup("#menu-bar");
    }

    private static List<MenuItem> items(List<MenuItem> from) {
        List<MenuItem> out = new ArrayList<>();
        for (MenuItem item : from) {
            // an item shown as it is (a folder's path in Open Recent) has no mnemonic by design
            if (!(item instanceof SeparatorMenuItem) && item.isMnemonicParsing()) {
                out.add(item);
                if (item instanceof Menu menu) {
                    out.addAll(items(menu.getItems()));
                }
            }
        }
        return out;
    }

    /** Every key named in the list, as the combination it stands for ("Ctrl" is the platform's shortcut key). */
    private static Set<KeyCombination> listedKeys() {
        Set<KeyCombination> keys = new HashSet<>();
        for (ShortcutsDialog.Key key : ShortcutsDialog.OTHER_KEYS) {
            Matcher m = KEY.matcher(key.keys() + " " + key.what());
            while (m.find()) {
                keys.add(KeyCombination.valueOf(m.group().replace("Ctrl", "Shortcut")));
            }
        }
        return keys;
    }

    @Test
    void everyMenuItemHasAUniqueMnemonicAndEveryAcceleratorIsListed() {
        Set<KeyCombination> listed = listedKeys();
        for (Menu menu : bar.getMenus()) {
            Set<Character> letters = new HashSet<>();
            for (MenuItem item : items(List.of(menu))) {
                String text = item.getText().replace("__", "");
                int mark = text.indexOf('_');
                assertThat(mark).as("mnemonic of '%s'", item.getText()).isBetween(0, text.length() - 2);
                if (item != menu) {
                    assertThat(letters.add(Character.toLowerCase(text.charAt(mark + 1))))
                            .as("mnemonic of '%s' is unique in %s", item.getText(), menu.getText()).isTrue();
                }
                if (item.getAccelerator() != null) {
                    assertThat(listed).as("%s of '%s' in Help", item.getAccelerator(), item.getText())
                            .contains(item.getAccelerator());
                }
            }
        }
        // Undo and Redo show their keys too
        MenuItem undo = items(bar.getMenus().get(1).getItems()).get(0);
        assertThat(undo.getAccelerator()).isEqualTo(KeyCombination.valueOf("Shortcut+Z"));
    }

    @Test
    void theReadmeListsEveryKeyOfHelp() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## Keyboard"));
        section = section.substring(0, section.indexOf("\n## ", 4));
        for (ShortcutsDialog.Key key : ShortcutsDialog.OTHER_KEYS) {
            assertThat(section).as(key.toString()).contains("`" + key.keys() + "`");
            Matcher m = KEY.matcher(key.what());
            while (m.find()) {
                assertThat(section).as(key.toString()).contains(m.group());
            }
        }
        assertThat(section.toLowerCase(Locale.ROOT)).contains("ctrl+shift+delete");
    }

    @Test
    void f1ShowsTheList(FxRobot robot) throws Exception {
        robot.press(KeyCode.F1).release(KeyCode.F1);
        waitUntil(() -> robot.lookup("#shortcuts").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = robot.lookup("#shortcuts").lookup(".label").queryAll().stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList();
        for (ShortcutsDialog.Key key : ShortcutsDialog.OTHER_KEYS) {
            assertThat(shown).contains(key.keys(), key.what());
        }
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }
}
