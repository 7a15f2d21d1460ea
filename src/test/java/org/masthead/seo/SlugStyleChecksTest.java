package org.masthead.seo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.masthead.seo.Fixtures.CLOCK;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The slug checks expect the file name and url in the folder's {@code slugs:} style. */
class SlugStyleChecksTest {
    @TempDir
    Path folder;

    private static final Set<String> SLUG_CHECKS = Set.of("file-name-slug", "url-slug", "url-pattern");

    // Line 4 is the title, 10 file_name, 11 url.
    private static String article(String subject, String fileName, String url) {
        return """
                ---
                id: 7001
                date: 2024-05-01
                title: Что такое фотосинтез?
                seo:
                  title: Фотосинтез простыми словами для школьников | Образец
                  page_description: Фотосинтез превращает свет, воду и углекислый газ в сахар и кислород. Разберём, где он идёт в листе и зачем он нужен растению.
                  page_keywords: фотосинтез, хлорофилл, кислород
                subject: %s
                file_name: %s
                url: %s
                ---
                Текст.
                """.formatted(subject, fileName, url);
    }

    private List<Finding> slugFindings(String subject, String fileName, String url) throws Exception {
        Path file = folder.resolve(fileName);
        Files.writeString(file, article(subject, fileName, url));
        FolderReport report = SeoChecker.checkFolder(folder, CLOCK);
        Files.delete(file);
        return report.findingsFor(fileName).stream().filter(f -> SLUG_CHECKS.contains(f.check())).toList();
    }

    @Test
    void aUnicodeSiteKeepsTheCyrillicLettersInTheFileNameAndUrl() throws Exception {
        Files.writeString(folder.resolve(".masthead.yml"), "slugs: unicode\n");
        assertThat(slugFindings("Биология", "что-такое-фотосинтез.md", "/learn/биология/questions/что-такое-фотосинтез"))
                .isEmpty();
    }

    @Test
    void aUnicodeSiteFlagsATransliteratedFileName() throws Exception {
        Files.writeString(folder.resolve(".masthead.yml"), "slugs: unicode\n");
        List<Finding> found = slugFindings("Биология", "cto-takoe-fotosintez-mzeftgiy.md",
                "/learn/биология/questions/что-такое-фотосинтез");
        assertThat(found).extracting(Finding::check, Finding::field, Finding::line)
                .containsExactly(tuple("file-name-slug", "file_name", 10));
        assertThat(found.get(0).fix()).contains(Fix.set("file_name", "что-такое-фотосинтез.md"));
    }

    @Test
    void anAsciiSiteFlagsTheCyrillicFileNameAndAcceptsTheTransliteratedOne() throws Exception {
        // no .masthead.yml: the default style, ascii, with the tag docs/config.md gives for this title;
        // a Latin subject, since a Cyrillic one would carry a tag of its own
        String ascii = "cto-takoe-fotosintez-mzeftgiy";
        assertThat(slugFindings("Biology", ascii + ".md", "/learn/biology/questions/" + ascii)).isEmpty();
        List<Finding> found = slugFindings("Biology", "что-такое-фотосинтез.md", "/learn/biology/questions/" + ascii);
        assertThat(found).extracting(Finding::check, Finding::field, Finding::line)
                .containsExactly(tuple("file-name-slug", "file_name", 10));
        assertThat(found.get(0).fix()).contains(Fix.set("file_name", ascii + ".md"));
    }
}
