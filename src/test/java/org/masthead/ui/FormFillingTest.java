package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.masthead.document.Document;
import org.masthead.document.KeyPath;
import org.masthead.session.ArticleItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A long form goes in over several pulses: the first rows at once, the others after. Once it is
 * full every field is there with its value; an edit made while it fills is kept and reported; a
 * field set or focused before its row is in is put in first; a form shown over one still
 * filling ends with the new article's fields only.
 */
@ExtendWith(ApplicationExtension.class)
class FormFillingTest {
    private static final int FIELDS = 40;
    private final List<String> edits = new ArrayList<>();
    private final AtomicInteger filled = new AtomicInteger();
    private FormPane form;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        form = new FormPane();
        form.setActions(new FormPane.Actions() {
            @Override
            public void edit(KeyPath path, String value) {
                edits.add(path + "=" + value);
            }

            @Override
            public void editAll(Map<KeyPath, String> values) {
            }

            @Override
            public void remove(KeyPath path) {
            }

            @Override
            public void insert(KeyPath list, int index, String value) {
            }

            @Override
            public List<ArticleItem> search(String query) {
                return List.of();
            }

            @Override
            public void openArticle(String id) {
            }
        });
        form.setOnFilled(filled::incrementAndGet);
        stage.setScene(new Scene(new StackPane(form.node()), 600, 400));
        stage.show();
    }

    /** {@code FIELDS} fields named {@code prefix0...}, then a group of three. */
    private static Document article(String prefix, String value) throws Exception {
        StringBuilder yaml = new StringBuilder("---\n");
        for (int i = 0; i < FIELDS; i++) {
            yaml.append(prefix).append(i).append(": ").append(value).append(' ').append(i).append('\n');
        }
        yaml.append("group:\n  a: one\n  b: two\n  c: three\n---\nBody.\n");
        return Document.parse("a.md", yaml.toString().getBytes(StandardCharsets.UTF_8));
    }

    private TextField field(String path) {
        // by id, not by selector: a dot in a path would read as a style class
        return (TextField) stage.getScene().getRoot().lookupAll("*").stream()
                .filter(node -> ("field-" + path).equals(node.getId())).findFirst().orElse(null);
    }

    private long fieldCount() {
        return stage.getScene().getRoot().lookupAll("*").stream()
                .map(Node::getId).filter(id -> id != null && id.startsWith("field-")).count();
    }

    @Test
    void aLongFormEndsWithEveryFieldAndKeepsAnEditMadeWhileItFills(FxRobot robot) throws Exception {
        Document doc = article("key", "value");
        long[] atOnce = new long[1];
        boolean[] filling = new boolean[1];
        robot.interact(() -> {
            form.show(doc, null, true);
            atOnce[0] = fieldCount();
            filling[0] = form.filling();
            // typed into the first field before the rest are in
            field("key0").setText("typed at once");
        });
        assertThat(filling[0]).isTrue();
        assertThat(atOnce[0]).isPositive().isLessThan(FIELDS);
        waitUntil(() -> !form.filling());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fieldCount()).isEqualTo(FIELDS + 3);
        assertThat(field("key0").getText()).isEqualTo("typed at once");
        for (int i = 1; i < FIELDS; i++) {
            assertThat(field("key" + i).getText()).isEqualTo("value " + i);
        }
        assertThat(field("group.c").getText()).isEqualTo("three");
        assertThat(edits).containsExactly("key0=typed at once");
        assertThat(filled.get()).isEqualTo(1);
        // every text box has the editor's menu, as the rows put in at once have
        assertThat(field("key" + (FIELDS - 1)).getContextMenu()).isNotNull();
    }

    @Test
    void aFieldSetOrFocusedBeforeItsRowIsInIsPutInFirst(FxRobot robot) throws Exception {
        Document doc = article("key", "value");
        boolean[] set = new boolean[2];
        String[] shown = new String[1];
        robot.interact(() -> {
            form.show(doc, null, true);
            set[0] = form.setValue(KeyPath.parse("key" + (FIELDS - 1)), "undone");
            set[1] = form.focus(KeyPath.parse("group.b"));
            shown[0] = field("key" + (FIELDS - 1)).getText();
        });
        assertThat(set).containsExactly(true, true);
        assertThat(shown[0]).isEqualTo("undone");
        assertThat(form.filling()).isFalse();
        assertThat(fieldCount()).isEqualTo(FIELDS + 3);
        assertThat(edits).isEmpty();
    }

    @Test
    void aFormShownOverOneStillFillingEndsWithTheNewFieldsOnly(FxRobot robot) throws Exception {
        Document first = article("old", "first");
        Document second = article("new", "second");
        robot.interact(() -> {
            form.show(first, null, true);
            form.show(second, null, true);
        });
        waitUntil(() -> !form.filling());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fieldCount()).isEqualTo(FIELDS + 3);
        for (int i = 0; i < FIELDS; i++) {
            assertThat(field("old" + i)).isNull();
            assertThat(field("new" + i).getText()).isEqualTo("second " + i);
        }
        assertThat(filled.get()).isEqualTo(1);
        assertThat(edits).isEmpty();
    }
}
