package org.masthead.seo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.masthead.testing.TestCorpus;

/** {@code check} on the Hugo documentation's content folder judges it as a Hugo site, by its own fields. */
class HugoDocsCheckTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.masthead.testing.TestCorpus#roots")
    void onlyTheSitesOwnFieldsAndNoMissingFieldNoise(Path corpus) throws Exception {
        Path docs = dir.resolve("hugo-docs");
        TestCorpus.copy(corpus.resolve("hugo-docs"), docs);
        // about the site's fields and links: the body's text checks are left to the README's counts
        SeoRules rules = SeoConfig.load(docs).withText(TextRules.OFF);
        assertThat(rules.profile()).isEqualTo("hugo");

        FolderReport report = SeoChecker.checkFolder(docs, rules, CLOCK);

        Set<String> fields = new HashSet<>(SiteFields.byRole(rules.fields()).values());
        List<Tuple> found = new ArrayList<>();
        report.findings().forEach((path, list) -> list.forEach(f -> {
            assertThat(fields).as(path + ": " + f.message()).contains(f.field());
            found.add(tuple(path, f.check(), f.line()));
        }));
        assertThat(report.findings().keySet()).noneMatch(p -> p.startsWith("_common/"));
        assertThat(found).extracting(t -> (String) t.toArray()[1])
                .doesNotContain("required-field", "seo-keywords-missing", "url-slug");
        if (TestCorpus.isShared(corpus)) {
            // every page the docs link to is in the folder, as Hugo finds it
            assertThat(found).extracting(t -> (String) t.toArray()[1]).doesNotContain("link-broken");
        } else {
            // The excerpt holds 13 of the 992 pages: these links name pages left out of it, and only those.
            // Its pages' other links, in and out, go to pages left out too, so orphans say nothing of it.
            assertThat(found).filteredOn(t -> !List.of("link-orphan", "link-no-outbound").contains(t.toArray()[1]))
                    .containsExactly(
                    tuple("configuration/privacy.md", "link-broken", 47),
                    tuple("configuration/privacy.md", "link-broken", 48),
                    tuple("configuration/privacy.md", "link-broken", 49),
                    tuple("configuration/privacy.md", "link-broken", 50),
                    tuple("methods/page/Sites.md", "link-broken", 14),
                    tuple("methods/pages/Related.md", "link-broken", 74),
                    tuple("shortcodes/highlight.md", "link-broken", 102));
        }
    }
}
