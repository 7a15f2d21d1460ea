package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.masthead.document.DocumentException;

class ConfigFileSpliceTest {
    @Test
    void aNewKeyGoesBesideItsSiblingsAndNothingElseMoves() throws Exception {
        String yaml = """
                # folder settings
                inputs:
                  score: hidden   # kept out of the form
                seo:
                  title_max_chars: 65
                  fields:
                    title: title
                """;
        String out = ConfigFile.withValue(".masthead.yml", yaml, "seo.fields.description", "summary");
        assertThat(out).isEqualTo(yaml + "    description: summary\n");
        String changed = ConfigFile.withValue(".masthead.yml", out, "seo.fields.title", "heading");
        assertThat(changed).isEqualTo(out.replace("    title: title", "    title: heading"));
    }

    @Test
    void missingSectionsAreCreatedAndAMissingFinalNewlineStaysMissing() throws Exception {
        assertThat(ConfigFile.withValue("f", "", "seo.fields.url", "permalink"))
                .isEqualTo("seo:\n  fields:\n    url: permalink\n");
        assertThat(ConfigFile.withValue("f", "seo:\n  fields:\n    url: u", "seo.fields.url", "permalink"))
                .isEqualTo("seo:\n  fields:\n    url: permalink");
    }

    @Test
    void aFileThatDoesNotReadIsRefusedWithItsLine() {
        assertThatThrownBy(() -> ConfigFile.withValue(".masthead.yml", "seo: [unclosed\n", "seo.fields.url", "u"))
                .isInstanceOf(DocumentException.class);
    }
}
