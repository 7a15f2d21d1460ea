package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.git.SystemGit;
import org.masthead.session.ArticleItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class GitWindowTest {
    private static final String HASH = "how-does-a-hash-table-handle-collisions.md";
    private static final String BINARY = "what-is-the-time-complexity-of-binary-search-and-why.md";

    @TempDir
    Path temp;

    /** Where a remote and another clone live, for pull and push. */
    @TempDir
    Path elsewhere;

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(stage, FxTestSupport.freshSettings());
        window.show();
    }

    private String git(String... args) throws Exception {
        SystemGit.Run run = SystemGit.run(temp, args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out();
    }

    private void repository() throws Exception {
        FxTestSupport.copyOfSamples(temp);
        git("init", "-q", "-b", "main");
        git("config", "user.email", "editor@example.org");
        git("config", "user.name", "The Editor");
        git("add", "-A");
        git("commit", "-q", "-m", "articles");
    }

    private void edit(String name, String old, String now) throws Exception {
        Path file = temp.resolve(name);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(old);
        Files.writeString(file, text.replace(old, now), StandardCharsets.UTF_8);
    }

    private void openFolder(FxRobot robot) throws Exception {
        robot.interact(() -> window.openFolder(temp));
        Label branch = robot.lookup("#git-branch").queryAs(Label.class);
        waitUntil(() -> branch.getText().equals("⎇ main"));
        waitUntil(() -> table(robot).getItems().size() == 16);
    }

    @SuppressWarnings("unchecked")
    private static TableView<ArticleItem> table(FxRobot robot) {
        return robot.lookup("#article-list").queryAs(TableView.class);
    }

    /** The git column's text for the row of {@code name}. */
    /** The row's git badge, read on the FX thread, which replaces the table's rows as they change. */
    private static String badge(FxRobot robot, String name) throws Exception {
        TableView<ArticleItem> table = table(robot);
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            TableColumn<ArticleItem, ?> column = table.getColumns().stream()
                    .filter(c -> "article-git-state".equals(c.getId())).findFirst().orElseThrow();
            return table.getItems().stream().filter(i -> i.fileName().equals(name)).findFirst()
                    .map(item -> String.valueOf(column.getCellObservableValue(item).getValue())).orElse("(not shown)");
        }).get();
    }

    private static void fire(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
        robot.interact(item::fire);
    }

    private static <T extends Node> T waitFor(FxRobot robot, String query, Class<T> type) throws Exception {
        waitUntil(() -> robot.lookup(query).tryQuery().isPresent());
        return robot.lookup(query).queryAs(type);
    }

    @Test
    void badgesFollowAChangeOnDiskAndACommitAndTheFilterShowsOnlyChangedArticles(FxRobot robot) throws Exception {
        repository();
        openFolder(robot);
        assertThat(badge(robot, HASH)).isEmpty();

        edit(HASH, "author: Masthead Samples", "author: The Desk");
        waitUntil(() -> badge(robot, HASH).equals("M"));
        Files.writeString(temp.resolve("new-article.md"), "---\ntitle: New\n---\nText\n");
        waitUntil(() -> badge(robot, "new-article.md").equals("N"));
        assertThat(badge(robot, BINARY)).isEmpty();

        MenuItem only = robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-git-only-changed".equals(i.getId()))
                .findFirst().orElseThrow();
        robot.interact(() -> ((javafx.scene.control.CheckMenuItem) only).setSelected(true));
        waitUntil(() -> table(robot).getItems().size() == 2);

        git("commit", "-q", "-am", "by hand");
        fire(robot, "menu-git-refresh");
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(badge(robot, "new-article.md")).isEqualTo("N");
    }

    @Test
    void compareWithLastCommitListsFieldsAndMarkdownLines(FxRobot robot) throws Exception {
        repository();
        openFolder(robot);
        FxTestSupport.openArticle(robot, stage, HASH);
        String title = Files.readString(temp.resolve(HASH)).lines().filter(l -> l.startsWith("  title: ")).findFirst()
                .orElseThrow().substring("  title: ".length());
        edit(HASH, "  title: " + title, "  title: Collisions in Hash Tables");
        edit(HASH, "A hash table stores key–value pairs in an array.", "A hash table keeps pairs in an array.");
        waitUntil(() -> badge(robot, HASH).equals("M"));
        waitUntil(() -> robot.lookup("#editor").queryAs(org.fxmisc.richtext.CodeArea.class).getText()
                .startsWith("A hash table keeps pairs"));

        fire(robot, "menu-git-compare");

        @SuppressWarnings("unchecked")
        ListView<String> fields = waitFor(robot, "#git-compare-fields", ListView.class);
        assertThat(fields.getItems()).containsExactly("seo.title: \"" + title + "\" → \"Collisions in Hash Tables\"");
        @SuppressWarnings("unchecked")
        ListView<String> body = robot.lookup("#git-compare-body").queryAs(ListView.class);
        assertThat(body.getItems()).hasSize(2);
        assertThat(body.getItems().get(0)).startsWith("− A hash table stores key–value pairs in an array.");
        assertThat(body.getItems().get(1)).startsWith("+ A hash table keeps pairs in an array.");
    }

    @Test
    void theCommitDialogCommitsTheTwoChosenArticles(FxRobot robot) throws Exception {
        repository();
        openFolder(robot);
        edit(HASH, "author: Masthead Samples", "author: The Desk");
        edit(BINARY, "author: Masthead Samples", "author: The Desk");
        waitUntil(() -> badge(robot, HASH).equals("M") && badge(robot, BINARY).equals("M"));

        fire(robot, "menu-git-commit");
        TextArea message = waitFor(robot, "#git-commit-message", TextArea.class);
        assertThat(robot.lookup(".git-commit-file").queryAllAs(CheckBox.class)).hasSize(2)
                .allSatisfy(box -> assertThat(box.isSelected()).isTrue());
        Button commit = robot.lookup("#git-commit-button").queryButton();
        assertThat(commit.isDisabled()).isTrue();
        robot.interact(() -> message.setText("Credit the desk"));
        robot.interact(commit::fire);

        waitUntil(() -> badge(robot, HASH).isEmpty() && badge(robot, BINARY).isEmpty());
        assertThat(git("log", "-1", "--format=%an|%s", "--name-only"))
                .isEqualTo("The Editor|Credit the desk\n\n" + HASH + "\n" + BINARY + "\n");
        assertThat(git("status", "--porcelain")).isEmpty();
    }

    @Test
    void aConflictedFieldIsResolvedByChoosingTheirs(FxRobot robot) throws Exception {
        repository();
        String base = Files.readString(temp.resolve(HASH));
        git("checkout", "-q", "-b", "other");
        edit(HASH, "author: Masthead Samples", "author: Their Desk");
        git("commit", "-q", "-am", "theirs");
        git("checkout", "-q", "main");
        edit(HASH, "author: Masthead Samples", "author: My Desk");
        git("commit", "-q", "-am", "mine");
        assertThat(SystemGit.run(temp, "merge", "other").exitCode()).isNotZero();
        openFolder(robot);
        waitUntil(() -> badge(robot, HASH).equals("C"));

        fire(robot, "menu-git-resolve");
        RadioButton theirs = waitFor(robot, "#git-resolve-theirs-0", RadioButton.class);
        robot.interact(theirs::fire);
        assertThat(robot.lookup("#git-resolve-text-0").queryAs(TextArea.class).getText()).isEqualTo("author: Their Desk\n");
        robot.interact(() -> robot.lookup("#git-resolve-save").queryButton().fire());

        String expected = base.replace("author: Masthead Samples", "author: Their Desk");
        waitUntil(() -> Files.readString(temp.resolve(HASH)).equals(expected));
        waitUntil(() -> badge(robot, HASH).equals("M"));
        assertThat(git("diff", "--name-only", "--diff-filter=U")).isEmpty();
    }

    @Test
    void pullAndPushGoThroughTheSystemGitAndAFailureIsOneLine(FxRobot robot) throws Exception {
        repository();
        openFolder(robot);
        Label message = robot.lookup("#message").queryAs(Label.class);
        fire(robot, "menu-git-push");
        waitUntil(() -> String.valueOf(message.getText()).startsWith("git push failed: "));
        assertThat(message.getText()).doesNotContain("\n");

        Path remote = Files.createDirectory(elsewhere.resolve("remote.git"));
        SystemGit.run(remote, "init", "-q", "--bare", "-b", "main");
        git("remote", "add", "origin", remote.toString());
        git("push", "-q", "-u", "origin", "main");
        Path other = elsewhere.resolve("other");
        SystemGit.run(elsewhere, "clone", "-q", remote.toString(), other.toString());
        Files.writeString(other.resolve(HASH), Files.readString(other.resolve(HASH))
                .replace("author: Masthead Samples", "author: From Elsewhere"));
        SystemGit.run(other, "-c", "user.name=Other", "-c", "user.email=o@example.org", "commit", "-q", "-am", "elsewhere");
        SystemGit.run(other, "push", "-q");

        fire(robot, "menu-git-pull");
        waitUntil(() -> message.getText().equals("git pull finished."));
        assertThat(Files.readString(temp.resolve(HASH))).contains("author: From Elsewhere");

        edit(BINARY, "author: Masthead Samples", "author: The Desk");
        git("commit", "-q", "-am", "mine");
        fire(robot, "menu-git-push");
        waitUntil(() -> message.getText().equals("git push finished."));
        assertThat(SystemGit.run(remote, "log", "-1", "--format=%s", "main").out()).isEqualTo("mine\n");
    }
}
