package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.InputSchema;
import org.masthead.document.Document;
import org.masthead.document.KeyPath;
import org.masthead.session.ArticleItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class FormSchemaTest {
    private static final String ARTICLE = """
            ---
            _schema: default
            title: Why is the sky blue?
            date: 2025-02-10
            subject: Physics
            score: 3
            draft: false
            notes: for editors only
            summary: ""
            homepage_url: /learn/physics
            published: 2025-02-10 09:30:00
            tags: [optics, light]
            seo:
              title: Sky colour
            ---
            Rayleigh scattering.
            """;
    private static final String SCHEMA = """
            inputs:
              subject:
                type: select
                label: Site section
                comment: Where the article is listed
                options: [Physics, Chemistry, Biology]
              notes: hidden
              summary: {required: true}
              title: {label: Headline}
            """;

    @TempDir
    Path folder;

    private final List<String> edits = new ArrayList<>();
    private FormPane form;
    private Document doc;

    @Start
    void start(Stage stage) throws Exception {
        form = new FormPane();
        form.setActions(new FormPane.Actions() {
            @Override
            public void edit(KeyPath path, String value) {
                edits.add(path + "=" + value);
            }

            @Override
            public void editAll(Map<KeyPath, String> values) {
                values.forEach(this::edit);
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
        doc = Document.parse("article.md", ARTICLE.getBytes(StandardCharsets.UTF_8));
        StackPane root = new StackPane(form.node());
        root.getStyleClass().add("masthead");
        Scene scene = new Scene(root, 600, 700);
        scene.getStylesheets().add(Resources.url("masthead.css"));
        stage.setScene(scene);
        stage.show();
    }

    private void show(FxRobot robot, String schemaYaml) throws Exception {
        InputSchema schema = InputSchema.none();
        if (schemaYaml != null) {
            Files.writeString(folder.resolve(".masthead.yml"), schemaYaml, StandardCharsets.UTF_8);
            schema = InputSchema.load(folder);
        }
        InputSchema loaded = schema;
        robot.interact(() -> {
            form.setSchema(loaded);
            form.show(doc, null, true);
        });
    }

    private static Node byId(FxRobot robot, String id) {
        return robot.lookup((Node n) -> id.equals(n.getId())).tryQuery().orElse(null);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSelectOffersItsOptionsAndCommitsTheChoice(FxRobot robot) throws Exception {
        show(robot, SCHEMA);
        ComboBox<String> subject = (ComboBox<String>) byId(robot, "field-subject");
        assertThat(subject).isNotNull();
        assertThat(subject.getItems()).containsExactly("Physics", "Chemistry", "Biology");
        assertThat(subject.getValue()).isEqualTo("Physics");
        robot.clickOn(subject);
        robot.clickOn(robot.lookup((Node n) -> n instanceof ListCell<?> cell && "Chemistry".equals(cell.getText()))
                .<Node>query());
        assertThat(edits).containsExactly("subject=Chemistry");
        assertThat(robot.from(subject.getParent()).lookup(".field-comment").queryAs(Label.class).getText())
                .isEqualTo("Where the article is listed");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSelectKeepsAValueThatIsNotAmongItsOptions(FxRobot robot) throws Exception {
        show(robot, "inputs:\n  subject: {type: select, options: [Chemistry]}\n");
        ComboBox<String> subject = (ComboBox<String>) byId(robot, "field-subject");
        assertThat(subject.getItems()).containsExactly("Physics", "Chemistry");
        assertThat(subject.getValue()).isEqualTo("Physics");
        assertThat(edits).isEmpty();
    }

    @Test
    void aHiddenFieldIsNotInTheForm(FxRobot robot) throws Exception {
        show(robot, SCHEMA);
        assertThat(byId(robot, "field-notes")).isNull();
        assertThat(byId(robot, "label-notes")).isNull();
        assertThat(byId(robot, "field-score")).isNotNull();
    }

    @Test
    void aLabelReplacesTheKey(FxRobot robot) throws Exception {
        show(robot, SCHEMA);
        assertThat(((Label) byId(robot, "label-title")).getText()).isEqualTo("Headline");
        assertThat(((Label) byId(robot, "label-subject")).getText()).isEqualTo("Site section");
        assertThat(((Label) byId(robot, "label-score")).getText()).isEqualTo("score");
    }

    @Test
    void aRequiredEmptyFieldIsMarkedUntilFilled(FxRobot robot) throws Exception {
        show(robot, SCHEMA);
        TextField summary = (TextField) byId(robot, "field-summary");
        assertThat(summary.getStyleClass()).contains("invalid");
        Label problem = robot.from(summary.getParent()).lookup(".field-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("required");
        assertThat(byId(robot, "field-title").getStyleClass()).doesNotContain("invalid");

        robot.interact(() -> {
            summary.setText("Blue light scatters most.");
            summary.fireEvent(new javafx.event.ActionEvent());
        });
        assertThat(summary.getStyleClass()).doesNotContain("invalid");
        assertThat(problem.isVisible()).isFalse();
        assertThat(edits).containsExactly("summary=Blue light scatters most.");

        robot.interact(() -> {
            summary.setText("  ");
            summary.fireEvent(new javafx.event.ActionEvent());
        });
        assertThat(summary.getStyleClass()).contains("invalid");
        assertThat(edits).as("an invalid value is marked, and kept as typed")
                .containsExactly("summary=Blue light scatters most.", "summary=  ");
    }

    @Test
    void aTypeOverridesTheInference(FxRobot robot) throws Exception {
        show(robot, "inputs:\n  date: text\n  homepage_url: textarea\n  score: checkbox\n");
        assertThat(byId(robot, "field-date")).isInstanceOf(TextField.class);
        assertThat(byId(robot, "field-homepage_url")).isInstanceOf(javafx.scene.control.TextArea.class);
        assertThat(byId(robot, "field-score")).isInstanceOf(CheckBox.class);
    }

    @Test
    void aDateTimeIsCheckedAndAnEmptyDateGetsAPicker(FxRobot robot) throws Exception {
        show(robot, "inputs:\n  published: datetime\n  summary: date\n");
        TextField published = (TextField) byId(robot, "field-published");
        assertThat(published.getStyleClass()).doesNotContain("invalid");
        robot.interact(() -> {
            published.setText("next Tuesday");
            published.fireEvent(new javafx.event.ActionEvent());
        });
        assertThat(published.getStyleClass()).contains("invalid");
        robot.interact(() -> {
            published.setText("2025-03-01T08:00:00Z");
            published.fireEvent(new javafx.event.ActionEvent());
        });
        assertThat(published.getStyleClass()).doesNotContain("invalid");
        assertThat(edits).containsExactly("published=next Tuesday", "published=2025-03-01T08:00:00Z");
        DatePicker summary = (DatePicker) byId(robot, "field-summary");
        assertThat(summary.getValue()).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theItemsOfAListTakeTheListsEntry(FxRobot robot) throws Exception {
        show(robot, "inputs:\n  tags: {type: select, label: Topics, options: [optics, light, sound]}\n");
        assertThat(((Label) byId(robot, "label-tags")).getText()).isEqualTo("Topics");
        ComboBox<String> second = (ComboBox<String>) byId(robot, "field-tags[1]");
        assertThat(second.getValue()).isEqualTo("light");
        robot.interact(() -> second.setValue("sound"));
        assertThat(edits).containsExactly("tags[1]=sound");
    }

    @Test
    void aValueSharedThroughAnAnchorIsMarkedWithWhatAnEditDoes(FxRobot robot) throws Exception {
        Document shared = Document.parse("a.md", """
                ---
                base: &b one
                copy: *b
                other: two
                ---
                """.getBytes(StandardCharsets.UTF_8));
        robot.interact(() -> form.show(shared, null, true));
        Label base = (Label) byId(robot, "label-base");
        assertThat(base.getStyleClass()).contains("shared-field");
        assertThat(base.getTooltip().getText()).contains("copy").contains("only this field");
        assertThat(((Label) byId(robot, "label-copy")).getTooltip().getText()).contains("base");
        assertThat(byId(robot, "label-other").getStyleClass()).doesNotContain("shared-field");
    }

    @Test
    void withoutASchemaTheInputsAreInferredAsBefore(FxRobot robot) throws Exception {
        show(robot, null);
        assertThat(byId(robot, "field-date")).isInstanceOf(DatePicker.class);
        assertThat(byId(robot, "field-draft")).isInstanceOf(CheckBox.class);
        assertThat(byId(robot, "field-subject")).isInstanceOf(TextField.class);
        assertThat(byId(robot, "field-tags[0]")).isInstanceOf(TextField.class);
        assertThat(byId(robot, "field-notes")).isNotNull();
        assertThat(byId(robot, "field-_schema")).isNull();
        assertThat(((Label) byId(robot, "label-title")).getText()).isEqualTo("title");
        assertThat(byId(robot, "field-summary").getStyleClass()).doesNotContain("invalid");
        // No schema, no wrapper: the input sits in the grid as it always did.
        assertThat(byId(robot, "field-score").getParent()).isInstanceOf(GridPane.class);
    }

    @Test
    void settingASchemaRebuildsTheShownForm(FxRobot robot) throws Exception {
        show(robot, null);
        assertThat(byId(robot, "field-notes")).isNotNull();
        Files.writeString(folder.resolve(".masthead.yml"), SCHEMA, StandardCharsets.UTF_8);
        InputSchema schema = InputSchema.load(folder);
        robot.interact(() -> form.setSchema(schema));
        assertThat(byId(robot, "field-notes")).isNull();
        assertThat(byId(robot, "field-subject")).isInstanceOf(ComboBox.class);
    }
}
