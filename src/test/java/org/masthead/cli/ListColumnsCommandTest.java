package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.batch.FolderCsv;

/** {@code list DIR --format csv --columns ...}: chosen fields as CSV that imports back unchanged. */
class ListColumnsCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return MastheadCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void theChosenColumnsFollowThePathAndTheCsvImportsBackAsNoChange() throws Exception {
        Files.createDirectories(dir.resolve("posts"));
        Files.writeString(dir.resolve("posts/b.md"), "---\ntitle: B, the second\ntags:\n  - x\n  - y\n---\n");
        Files.writeString(dir.resolve("a.md"), "+++\ntitle = \"A\"\n[seo]\ntitle = 'Say \"A\"'\n+++\n");
        assertThat(run("list", dir.toString(), "--format", "csv", "--columns", "title,seo.title,tags")).isZero();
        assertThat(out.toString()).isEqualTo("""
                path,title,seo.title,tags\r
                a.md,A,"Say ""A\"\"",\r
                posts/b.md,"B, the second",,x; y\r
                """);
        assertThat(FolderCsv.importPlan(dir, new StringReader(out.toString())).isEmpty()).isTrue();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void columnsWithoutCsvOrWithABadKeyPathAreUsageErrors() {
        assertThat(run("list", dir.toString(), "--columns", "title")).isEqualTo(2);
        assertThat(err.toString()).contains("--columns works with --format csv");
        assertThat(run("list", dir.toString(), "--format", "csv", "--columns", "title,a[")).isEqualTo(2);
        assertThat(err.toString()).contains("--columns: unclosed [");
        assertThat(out.toString()).isEmpty();
    }
}
