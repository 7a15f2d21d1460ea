package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteCommandTest {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return MastheadCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private void write(String name, String text) throws Exception {
        Files.createDirectories(folder.resolve(name).getParent());
        Files.writeString(folder.resolve(name), text);
    }

    @Test
    void textNamesTheGeneratorItsSettingsAndTheFieldsTheChecksRead() throws Exception {
        write("_config.yml", "url: https://diary.example.net\npermalink: pretty\n");
        write("_posts/2024-01-01-a.md", "---\ntitle: A\ndescription: about a\n---\n");

        assertThat(run("site", folder.toString())).isZero();

        String text = out.toString();
        assertThat(text).contains("generator: Jekyll\n", "base_url: https://diary.example.net\n",
                "profile: jekyll\n", "  url: permalink\n", "  aliases: redirect_from\n", "  keywords: (none)\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void jsonHoldsTheSameFacts() throws Exception {
        write("hugo.toml", "baseURL = 'https://example.org/'\n[permalinks]\nposts = '/:year/:slug/'\n");
        write("content/posts/a.md", "---\ntitle: A\n---\n");

        assertThat(run("site", folder.toString(), "--format", "json")).isZero();

        Map<String, String> top = new HashMap<>();
        Map<String, String> fields = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(out.toString())) {
            String inside = null;
            int depth = 0;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                    if (depth == 2) {
                        inside = p.currentName();
                    }
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                } else if (t == JsonToken.VALUE_STRING) {
                    (depth == 1 ? top : "fields".equals(inside) ? fields : new HashMap<String, String>())
                            .put(p.currentName(), p.getText());
                }
            }
        }
        assertThat(top).containsEntry("generator", "Hugo").containsEntry("base_url", "https://example.org/")
                .containsEntry("profile", "hugo");
        assertThat(fields).containsEntry("description", "description").containsEntry("seo_title", "");
    }

    @Test
    void aMissingFolderOrABadConfigIsOneLineAndExitTwo() throws Exception {
        assertThat(run("site", folder.resolve("nope").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no such folder").doesNotContain("Exception");

        write(".masthead.yml", "seo:\n  profile: wordpress\n");
        err.getBuffer().setLength(0);
        assertThat(run("site", folder.toString())).isEqualTo(2);
        assertThat(err.toString()).matches("masthead: .*\\.masthead\\.yml:2:12: seo\\.profile is 'wordpress'.*\\n");
    }
}
