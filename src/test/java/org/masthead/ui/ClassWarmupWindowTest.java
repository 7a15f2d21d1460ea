package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.EditJournal;
import org.masthead.session.ClassWarmup;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window is built while the warm-up loads its classes on another thread, from a list on which
 * some names are missing: the warm-up goes past them, and the window opens an article whose editor
 * takes typing.
 */
@ExtendWith(ApplicationExtension.class)
class ClassWarmupWindowTest {
    private static final String MISSING = "org.masthead.ui.NoSuchPaneAnywhere";

    @TempDir
    Path temp;

    private Stage stage;
    private CompletableFuture<Integer> warmed;
    private int listed;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        List<String> names = new ArrayList<>();
        names.add(MISSING);
        names.addAll(ClassWarmup.names(Launcher.class, Launcher.WARM_CLASSES));
        names.add(names.size() / 2, MISSING + "Either");
        listed = names.size();
        warmed = CompletableFuture.supplyAsync(() -> ClassWarmup.warm(names, Launcher.class.getClassLoader()));
        Path folder = FxTestSupport.copyOfSamples(temp.resolve("samples"));
        MainWindow window = new MainWindow(stage, FxTestSupport.freshSettings(),
                new EditJournal(temp.resolve("journal")));
        window.show();
        window.openFolder(folder);
    }

    @Test
    void theWindowOpensAnArticleAndItsEditorTakesTypingWhileTheWarmUpSkipsMissingClasses(FxRobot robot)
            throws Exception {
        FxTestSupport.openArticle(robot, stage, "how-does-utf8-encode-characters-as-bytes.md");
        CodeArea editor = robot.lookup("#editor").queryAs(CodeArea.class);
        waitUntil(() -> editor.getText().contains("UTF-8"));
        robot.interact(() -> {
            editor.requestFocus();
            editor.moveTo(editor.getLength());
        });
        robot.write("zq");
        waitUntil(() -> editor.getText().endsWith("zq"));
        waitUntil(() -> stage.getTitle().startsWith("• "));
        int found = warmed.get(60, TimeUnit.SECONDS);
        List<String> list = ClassWarmup.names(Launcher.class, Launcher.WARM_CLASSES);
        assertThat(list).contains("org.masthead.ui.MainWindow", "org.fxmisc.richtext.CodeArea",
                "javafx.scene.control.TableView").noneMatch(n -> n.startsWith("#") || n.isBlank());
        assertThat(found).isLessThanOrEqualTo(listed - 2).isGreaterThan(0);
    }
}
