package org.masthead.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * samples/ is the folder the app opens by default and the fixture other tests lean on: it must
 * stay in the reference format, byte for byte (see shared/FORMAT.md), with related articles that
 * point at each other.
 */
class SamplesFormatTest {
    private static final List<String> KEYS = List.of("_schema", "id", "date", "title", "article_title", "date_format",
            "post_on_text", "seo", "author", "question", "answer", "subject", "file_name", "url", "score");

    private static final Map<Path, String> TEXT = new LinkedHashMap<>();
    private static final Map<Path, Map<String, Object>> FRONT = new LinkedHashMap<>();

    @BeforeAll
    static void load() throws IOException {
        Path folder = Path.of(System.getProperty("masthead.samples", "samples"));
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                TEXT.put(file, text);
                LoaderOptions options = new LoaderOptions();
                options.setAllowDuplicateKeys(false);
                String front = text.substring(4, text.indexOf("\n---\n"));
                FRONT.put(file, new Yaml(options).load(front));
            }
        }
    }

    @Test
    void sixteenArticlesInAtLeastFiveSubjects() {
        assertThat(FRONT).hasSize(16);
        assertThat(FRONT.values().stream().map(m -> m.get("subject")).distinct().count()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void bytesFollowTheReferenceLayout() {
        TEXT.forEach((file, text) -> {
            assertThat(text).as(file.toString()).startsWith("---\n_schema: default\nid: ")
                    .endsWith("\n---\n\n&nbsp;").doesNotContain("\r", "\t");
            for (String line : text.split("\n", -1)) {
                assertThat(line).as(file + " has no trailing spaces").isEqualTo(line.stripTrailing());
            }
            assertThat(text).as("answer on one physical line").containsPattern("\nanswer: >-\n    [^\n]+\nsubject: ");
            assertThat(text).containsPattern("\nseo:\n(  title: [^\n]+\n)?  page_description: >-\n    [^\n]+\n"
                    + "  page_keywords: >-\n    [^\n]+\nauthor: ");
        });
    }

    @Test
    void keysInTheReferenceOrder() {
        FRONT.forEach((file, front) -> {
            List<String> keys = new ArrayList<>(front.keySet());
            List<String> expected = new ArrayList<>(KEYS);
            for (int n = 1; keys.contains("related_article" + n); n++) {
                expected.add("related_article" + n);
            }
            assertThat(keys).as(file.toString()).isEqualTo(expected);
            assertThat(front.get("file_name")).isEqualTo(file.getFileName().toString());
            assertThat(front.get("title")).isEqualTo(front.get("article_title"));
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void relatedArticlesPointAtRealArticles() {
        Map<Object, Map<String, Object>> byId = new HashMap<>();
        FRONT.values().forEach(f -> byId.put(f.get("id"), f));
        assertThat(byId).hasSize(FRONT.size());
        FRONT.forEach((file, front) -> front.forEach((key, value) -> {
            if (key.startsWith("related_article")) {
                Map<String, Object> related = (Map<String, Object>) value;
                Map<String, Object> target = byId.get(related.get("id"));
                assertThat(target).as(file + " " + key).isNotNull();
                for (String field : List.of("title", "subject", "url")) {
                    assertThat(related.get(field)).as(file + " " + key + "." + field).isEqualTo(target.get(field));
                }
            }
        }));
    }

    @Test
    void urlsFollowSubjectAndFileName() {
        FRONT.forEach((file, front) -> {
            String subject = ((String) front.get("subject")).toLowerCase().replace(' ', '-');
            String slug = ((String) front.get("file_name")).replaceFirst("\\.md$", "");
            assertThat(front.get("url")).isEqualTo("/learn/" + subject + "/questions/" + slug);
        });
    }
}
