package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.EditJournal;
import org.masthead.session.ArticleItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class RecoveryWindowTest {
    @TempDir
    Path temp;

    private Stage stage;
    private MainWindow window;
    private EditJournal journal;
    private Path file;
    private final String original = """
            ---
            title: A
            ---
            First version
            """;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path folder = Files.createDirectories(temp.resolve("content"));
        file = folder.resolve("a.md");
        Files.writeString(file, original, StandardCharsets.UTF_8);
        journal = new EditJournal(temp.resolve("journal"));
        window = new MainWindow(stage, FxTestSupport.freshSettings(), journal);
        window.show();
        window.openFolder(folder);
    }

    /** Waits for the folder's one article, then types {@code text} at the start of its body. */
    private CodeArea typeAtTheStart(FxRobot robot, String text) throws Exception {
        TableView<ArticleItem> list = robot.lookup("#article-list").queryTableView();
        waitUntil(() -> list.getItems().size() == 1);
        CodeArea editor = robot.lookup("#editor").queryAs(CodeArea.class);
        waitUntil(() -> editor.getText().equals("First version\n"));
        robot.interact(() -> {
            editor.requestFocus();
            editor.moveTo(0);
        });
        robot.write(text);
        return editor;
    }

    @Test
    void unsavedTypingReachesTheJournalWithinSecondsAndASaveClearsIt(FxRobot robot) throws Exception {
        CodeArea editor = typeAtTheStart(robot, "Typed before a crash. ");
        waitUntil(() -> journal.pending().stream().anyMatch(e -> new String(e.edited(), StandardCharsets.UTF_8)
                .contains("Typed before a crash. First version")));
        assertThat(Files.readString(file)).isEqualTo(original);

        robot.interact(() -> window.save());
        waitUntil(() -> Files.readString(file).contains("Typed before a crash."));
        waitUntil(() -> journal.pending().isEmpty());
    }

    @Test
    void editsLeftInTheJournalAreOfferedAndRestoredAsUnsavedChanges(FxRobot robot) throws Exception {
        String edited = """
                ---
                title: A
                ---
                Recovered words
                """;
        journal.record(file, original.getBytes(StandardCharsets.UTF_8), edited.getBytes(StandardCharsets.UTF_8));
        robot.interact(() -> window.offerRecovery());
        waitUntil(() -> robot.lookup("Restore unsaved edits?").tryQuery().isPresent());
        String intro = robot.lookup("#recovery-intro").queryAs(Label.class).getText();
        // a local time a person reads, not the journal's UTC instant
        assertThat(intro).containsPattern("(today|yesterday) \\d\\d:\\d\\d")
                .doesNotContain(journal.pending().get(0).time().toString()).doesNotContain("Z)");
        assertThat(changesShown(robot)).containsExactly("paragraph 1: “First version” → “Recovered words”");
        robot.clickOn("Restore");
        CodeArea editor = robot.lookup("#editor").queryAs(CodeArea.class);
        waitUntil(() -> editor.getText().equals("Recovered words\n"));
        waitUntil(() -> stage.getTitle().equals("• a.md — Masthead"));
        assertThat(Files.readString(file)).isEqualTo(original);

        robot.interact(() -> window.save());
        waitUntil(() -> Files.readString(file).equals(edited));
        waitUntil(() -> journal.pending().isEmpty());
    }

    @Test
    void typingIntoALongFrontMatterAnswerIsJournaledAsTypedAndEncodedWhenRead(FxRobot robot) throws Exception {
        String answer = "Word ".repeat(50_000).strip();
        String longText = """
                ---
                title: Long
                answer: >-
                   \s""" + answer + """

                ---
                """;
        Path longFile = Files.writeString(file.resolveSibling("long.md"), longText, StandardCharsets.UTF_8);
        TableView<ArticleItem> list = robot.lookup("#article-list").queryTableView();
        waitUntil(() -> list.getItems().size() == 2);
        robot.interact(() -> list.getItems().stream().filter(item -> item.path().endsWith("long.md")).findFirst()
                .ifPresent(item -> list.getSelectionModel().select(item)));
        CodeArea editor = robot.lookup("#editor").queryAs(CodeArea.class);
        waitUntil(() -> editor.getLength() == answer.length());
        robot.interact(() -> {
            editor.requestFocus();
            editor.moveTo(0);
        });
        robot.write("Typed first. ");
        // reading the journal gives the file as a save would write it
        waitUntil(() -> journal.pending().stream().anyMatch(e -> new String(e.edited(), StandardCharsets.UTF_8)
                .startsWith("""
                        ---
                        title: Long
                        answer: >-
                            Typed first. Word Word""")));
        // while the entry holds the text as typed, after the file's bytes, not encoded into them
        String entry;
        try (java.util.stream.Stream<Path> entries = Files.list(temp.resolve("journal"))) {
            entry = Files.readString(entries.filter(p -> p.toString().endsWith(".journal")).findFirst().orElseThrow());
        }
        assertThat(entry.startsWith("masthead-journal 2\n")).as("an entry with the typed text beside the bytes").isTrue();
        assertThat(entry.contains(longText + "Typed first. Word Word")).as("the bytes as loaded, then the text").isTrue();
        assertThat(Files.readString(longFile).equals(longText)).as("the article itself is untouched").isTrue();
    }

    @Test
    void aDamagedJournalEntryIsNamedAtStartUp(FxRobot robot) throws Exception {
        journal.record(file, original.getBytes(StandardCharsets.UTF_8), "edited".getBytes(StandardCharsets.UTF_8));
        Path entry;
        try (java.util.stream.Stream<Path> entries = Files.list(temp.resolve("journal"))) {
            entry = entries.filter(p -> p.toString().endsWith(".journal")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length - 2));
        robot.interact(() -> window.offerRecovery());
        waitUntil(() -> robot.lookup("#journal-problems").tryQuery().isPresent());
        String said = robot.lookup("#journal-problems").queryAs(javafx.scene.control.DialogPane.class).getContentText();
        assertThat(said).contains(entry.getFileName().toString()).contains("damaged").doesNotContain("Exception");
        robot.clickOn("OK");
        assertThat(robot.lookup("Restore unsaved edits?").tryQuery()).isEmpty();
    }

    private static List<String> changesShown(FxRobot robot) {
        return robot.lookup("#recovery-changes").queryAs(VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList();
    }

    private void offerAndWaitForTheDialog(FxRobot robot) throws Exception {
        robot.interact(() -> window.offerRecovery());
        waitUntil(() -> robot.lookup("Restore unsaved edits?").tryQuery().isPresent());
    }

    @Test
    void discardDropsTheEditsForGood(FxRobot robot) throws Exception {
        String edited = """
                ---
                title: Changed
                ---
                First version
                """;
        journal.record(file, original.getBytes(StandardCharsets.UTF_8), edited.getBytes(StandardCharsets.UTF_8));
        offerAndWaitForTheDialog(robot);
        assertThat(changesShown(robot)).containsExactly("title: “A” → “Changed”");
        robot.clickOn("Discard");
        waitUntil(() -> journal.pending().isEmpty());
        assertThat(Files.readString(file)).isEqualTo(original);
        assertThat(stage.getTitle()).doesNotStartWith("•");
    }

    @Test
    void laterKeepsTheEditsForTheNextStart(FxRobot robot) throws Exception {
        String edited = """
                ---
                title: A
                ---
                First version

                A new paragraph
                """;
        journal.record(file, original.getBytes(StandardCharsets.UTF_8), edited.getBytes(StandardCharsets.UTF_8));
        offerAndWaitForTheDialog(robot);
        assertThat(changesShown(robot)).containsExactly("new paragraph at the end: added “A new paragraph”");
        robot.clickOn("Later");
        waitUntil(() -> robot.lookup("Restore unsaved edits?").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(journal.pending()).hasSize(1);
        assertThat(stage.getTitle()).doesNotStartWith("•");
        // the next start offers them again
        offerAndWaitForTheDialog(robot);
        robot.clickOn("Restore");
        CodeArea editor = robot.lookup("#editor").queryAs(CodeArea.class);
        waitUntil(() -> editor.getText().equals("""
                First version

                A new paragraph
                """));
    }

    @Test
    void restoringReopensTheArticleTheEditsAreFor(FxRobot robot) throws Exception {
        Path other = Files.writeString(file.resolveSibling("b.md"), """
                ---
                title: B
                ---
                B text
                """, StandardCharsets.UTF_8);
        TableView<ArticleItem> list = robot.lookup("#article-list").queryTableView();
        waitUntil(() -> list.getItems().size() == 2);
        journal.record(other, Files.readAllBytes(other), """
                ---
                title: B
                ---
                B edited
                """.getBytes(StandardCharsets.UTF_8));
        offerAndWaitForTheDialog(robot);
        robot.clickOn("Restore");
        CodeArea editor = robot.lookup("#editor").queryAs(CodeArea.class);
        waitUntil(() -> editor.getText().equals("B edited\n"));
        waitUntil(() -> stage.getTitle().equals("• b.md — Masthead"));
        waitUntil(() -> list.getSelectionModel().getSelectedItem() != null
                && list.getSelectionModel().getSelectedItem().path().endsWith("b.md"));
    }

    @Test
    void aTypoUndoneBeforeQuittingIsNotOfferedAtTheNextStart(FxRobot robot) throws Exception {
        CodeArea editor = typeAtTheStart(robot, "Tpyo ");
        waitUntil(() -> journal.pending().stream().anyMatch(e -> new String(e.edited(), StandardCharsets.UTF_8)
                .contains("Tpyo First version")));
        for (int i = 0; i < 10 && stage.getTitle().startsWith("•"); i++) {
            robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
        }
        waitUntil(() -> editor.getText().equals("First version\n") && !stage.getTitle().startsWith("•"));
        // quit at once, before the journal's next tick: no prompt, since nothing is unsaved
        robot.interact(() -> window.quit());
        waitUntil(() -> !stage.isShowing());
        assertThat(journal.pending()).isEmpty();

        // The next start, on the same journal: another article's real edits are offered alone,
        // with no word of the undone typo (it would be counted among the others).
        Path other = Files.writeString(file.resolveSibling("c.md"), """
                ---
                title: C
                ---
                C
                """, StandardCharsets.UTF_8);
        journal.record(other, Files.readAllBytes(other), """
                ---
                title: C
                ---
                C kept
                """.getBytes(StandardCharsets.UTF_8));
        robot.interact(() -> {
            MainWindow next = new MainWindow(new Stage(), FxTestSupport.freshSettings(), journal);
            next.show();
            next.openFolder(file.getParent());
            next.offerRecovery();
        });
        waitUntil(() -> robot.lookup("Restore unsaved edits?").tryQuery().isPresent());
        String intro = robot.lookup("#recovery-intro").queryAs(Label.class).getText();
        assertThat(intro).contains("c.md").doesNotContain("a.md").doesNotContain("more article");
        robot.clickOn("Later");
        assertThat(Files.readString(file)).isEqualTo(original);
    }

    @Test
    void anEntryHoldingWhatTheFileHoldsIsDroppedWithoutAWord(FxRobot robot) throws Exception {
        String saved = """
                ---
                title: A
                ---
                Saved, but the entry stayed
                """;
        journal.record(file, original.getBytes(StandardCharsets.UTF_8), saved.getBytes(StandardCharsets.UTF_8));
        Files.writeString(file, saved, StandardCharsets.UTF_8);
        robot.interact(() -> window.offerRecovery());
        waitUntil(() -> journal.pending().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Restore unsaved edits?").tryQuery()).isEmpty();
    }
}
