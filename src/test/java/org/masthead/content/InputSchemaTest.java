package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.InputSpec.Type;
import org.masthead.document.DocumentException;
import org.masthead.document.KeyPath;

class InputSchemaTest {
    @TempDir
    Path folder;

    private InputSchema load(String masthead, String cloudCannon) throws Exception {
        if (masthead != null) {
            Files.writeString(folder.resolve(".masthead.yml"), masthead, StandardCharsets.UTF_8);
        }
        if (cloudCannon != null) {
            Files.writeString(folder.resolve("cloudcannon.config.yml"), cloudCannon, StandardCharsets.UTF_8);
        }
        return InputSchema.load(folder);
    }

    private static InputSpec spec(InputSchema schema, String path) {
        return schema.forField(KeyPath.parse(path)).orElseThrow(() -> new AssertionError("no spec for " + path));
    }

    @Test
    void absentFilesMeanNoOverrides() throws Exception {
        InputSchema schema = InputSchema.load(folder);
        assertThat(schema.isEmpty()).isTrue();
        assertThat(schema.forField(KeyPath.parse("title"))).isEmpty();
        assertThat(InputSchema.none().forField(KeyPath.parse("title"))).isEmpty();
    }

    @Test
    void aMastheadFileWithOnlyAnSeoSectionGivesNoOverrides() throws Exception {
        InputSchema schema = load("seo:\n  title_max_chars: 70\n", null);
        assertThat(schema.isEmpty()).isTrue();
    }

    @Test
    void readsEveryAttributeOfTheMastheadInputsSection() throws Exception {
        InputSchema schema = load("""
                seo:
                  keywords_min: 2
                inputs:
                  subject:
                    type: select
                    label: Site section
                    comment: Where the article is listed
                    options: [Physics, Chemistry]
                    required: true
                  score: hidden
                  question: {type: textarea}
                """, null);
        assertThat(spec(schema, "subject")).isEqualTo(new InputSpec(Type.SELECT, "Site section",
                "Where the article is listed", List.of("Physics", "Chemistry"), true, false));
        assertThat(spec(schema, "score").hidden()).isTrue();
        assertThat(spec(schema, "question").type()).isEqualTo(Type.TEXTAREA);
        assertThat(schema.forField(KeyPath.parse("title"))).isEmpty();
    }

    @Test
    void readsCloudCannonInputs() throws Exception {
        InputSchema schema = load(null, """
                collections_config:
                  posts: {path: content}
                _select_data:
                  levels: [beginner, expert]
                _inputs:
                  subject:
                    type: select
                    label: Subject
                    comment: The site section
                    context: {open: false}
                    options:
                      values: [Physics, Chemistry]
                      required: true
                  level:
                    type: choice
                    options: {values: levels}
                  internal:
                    hidden: true
                  author:
                    options:
                      values: {qt: QuickTakes, ed: Editors}
                """);
        assertThat(spec(schema, "subject")).isEqualTo(new InputSpec(Type.SELECT, "Subject", "The site section",
                List.of("Physics", "Chemistry"), true, false));
        assertThat(spec(schema, "level").options()).containsExactly("beginner", "expert");
        assertThat(spec(schema, "internal").hidden()).isTrue();
        assertThat(spec(schema, "author").options()).containsExactly("qt", "ed");
        assertThat(schema.notes()).isEmpty();
    }

    @Test
    void cloudCannonTypesMapOntoOurs() throws Exception {
        StringBuilder yaml = new StringBuilder("_inputs:\n");
        String[][] cases = {{"text", "TEXT"}, {"email", "TEXT"}, {"image", "TEXT"}, {"textarea", "TEXTAREA"},
            {"html", "TEXTAREA"}, {"code", "TEXTAREA"}, {"markdown", "MARKDOWN"}, {"number", "NUMBER"},
            {"range", "NUMBER"}, {"checkbox", "CHECKBOX"}, {"switch", "CHECKBOX"}, {"date", "DATE"},
            {"datetime", "DATETIME"}, {"url", "URL"}, {"auto", "AUTO"}, {"object", "AUTO"}, {"array", "AUTO"}};
        for (String[] c : cases) {
            yaml.append("  f_").append(c[0]).append(": {type: ").append(c[0]).append("}\n");
        }
        yaml.append("  f_multiselect: {type: multiselect, options: {values: [a, b]}}\n");
        InputSchema schema = load(null, yaml.toString());
        for (String[] c : cases) {
            assertThat(spec(schema, "f_" + c[0]).type()).as(c[0]).isEqualTo(Type.valueOf(c[1]));
        }
        assertThat(spec(schema, "f_multiselect").type()).isEqualTo(Type.SELECT);
        assertThat(schema.notes()).hasSize(2)
                .allSatisfy(note -> assertThat(note).contains("cloudcannon.config.yml:").contains("infers"));
        assertThat(schema.notes().get(0)).contains("'object'");
    }

    @Test
    void aCloudCannonSelectWithoutReadableValuesFallsBackToInference() throws Exception {
        InputSchema schema = load(null, "_inputs:\n  tag:\n    type: select\n    options:\n      values: missing\n");
        assertThat(spec(schema, "tag").type()).isEqualTo(Type.AUTO);
        assertThat(schema.notes()).anySatisfy(note -> assertThat(note).contains("_select_data"));
    }

    @Test
    void aConditionalHiddenIsNotedAndTheFieldShown() throws Exception {
        InputSchema schema = load(null, "_inputs:\n  extra:\n    hidden: '!show_extra'\n");
        assertThat(spec(schema, "extra").hidden()).isFalse();
        assertThat(schema.notes()).singleElement().asString().contains("cloudcannon.config.yml:3:13");
    }

    @Test
    void mastheadFileWinsOverCloudCannonWhichWinsOverNothing() throws Exception {
        InputSchema schema = load("inputs:\n  subject: {type: text, label: Ours}\n", """
                _inputs:
                  subject: {type: select, label: Theirs, options: {values: [a]}}
                  question: {type: markdown, label: Question}
                """);
        assertThat(spec(schema, "subject").label()).isEqualTo("Ours");
        assertThat(spec(schema, "subject").type()).isEqualTo(Type.TEXT);
        assertThat(spec(schema, "question").label()).isEqualTo("Question");
        assertThat(schema.forField(KeyPath.parse("answer"))).isEmpty();
    }

    @Test
    void aPlainKeyAppliesAtAnyDepthAndADottedPathOnlyThere() throws Exception {
        InputSchema schema = load("""
                inputs:
                  title: {label: Any title}
                  seo.title: {label: SEO title}
                  links.url: {type: url}
                """, null);
        assertThat(spec(schema, "title").label()).isEqualTo("Any title");
        assertThat(spec(schema, "related_article1.title").label()).isEqualTo("Any title");
        assertThat(spec(schema, "seo.title").label()).isEqualTo("SEO title");
        assertThat(spec(schema, "links[2].url").type()).isEqualTo(Type.URL);
        assertThat(schema.forField(KeyPath.parse("url"))).isEmpty();
        assertThat(schema.forField(KeyPath.parse("other.links.url"))).isEmpty();
    }

    @Test
    void listItemsTakeTheListsEntry() throws Exception {
        InputSchema schema = load("inputs:\n  tags: {type: select, options: [a, b]}\n", null);
        assertThat(spec(schema, "tags[1]").options()).containsExactly("a", "b");
    }

    @Test
    void malformedYamlNamesFileLineAndColumn() throws Exception {
        assertThatThrownBy(() -> load("inputs:\n  subject: {type: select\n  other: x\n", null))
                .isInstanceOf(DocumentException.class)
                .satisfies(e -> {
                    DocumentException d = (DocumentException) e;
                    assertThat(d.source()).endsWith(".masthead.yml");
                    assertThat(d.line()).isEqualTo(3);
                    assertThat(d.getMessage()).contains("not valid YAML");
                });
    }

    @Test
    void malformedCloudCannonConfigNamesItsFile() throws Exception {
        assertThatThrownBy(() -> load(null, "_inputs:\n  - subject\n"))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("cloudcannon.config.yml:2:3")
                .hasMessageContaining("_inputs must be a mapping");
    }

    @Test
    void mistakesInOurSectionAreErrorsNotSilentDefaults() throws Exception {
        assertThatThrownBy(() -> load("inputs:\n  subject: {type: dropdown}\n", null))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining(".masthead.yml:2:19")
                .hasMessageContaining("'dropdown', not an input type");
        assertThatThrownBy(() -> load("inputs:\n  subject: {lable: Subject}\n", null))
                .hasMessageContaining("unknown key 'lable'");
        assertThatThrownBy(() -> load("inputs:\n  subject: {type: select}\n", null))
                .hasMessageContaining("select with no options");
        assertThatThrownBy(() -> load("inputs:\n  subject: {required: maybe}\n", null))
                .hasMessageContaining("must be true or false");
    }

    @Test
    void aHugeSchemaFileIsRefusedWithoutParsing() throws Exception {
        Files.writeString(folder.resolve(".masthead.yml"), "#".repeat((int) ConfigFile.MAX_BYTES + 1));
        assertThatThrownBy(() -> InputSchema.load(folder)).isInstanceOf(DocumentException.class)
                .hasMessageContaining("larger than");
    }

    @Test
    void yamlAliasBombsAreRefused() throws Exception {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        yaml.append("inputs:\n  subject: text\n");
        assertThatThrownBy(() -> load(yaml.toString(), null)).isInstanceOf(DocumentException.class);
    }

    @Test
    void deepNestingIsRefusedWithAMessageNotAStackOverflow() throws Exception {
        String deep = "_inputs:\n  x: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
        assertThatThrownBy(() -> load(null, deep)).isInstanceOf(DocumentException.class)
                .hasMessageStartingWith(folder.resolve("cloudcannon.config.yml").toString());
    }

    @Test
    void aYamlConfigNamedDotYamlIsReadWhenThereIsNoDotYml() throws Exception {
        Files.writeString(folder.resolve("cloudcannon.config.yaml"), "_inputs:\n  subject: {label: Section}\n");
        assertThat(spec(InputSchema.load(folder), "subject").label()).isEqualTo("Section");
    }
}
