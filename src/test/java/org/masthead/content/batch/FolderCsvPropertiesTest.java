package org.masthead.content.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;
import org.masthead.document.KeyPath;

/** Any values survive CSV writing and reading, and a folder exported and imported unchanged plans nothing. */
class FolderCsvPropertiesTest {
    private Path root;

    @BeforeTry
    void folder() throws Exception {
        root = Files.createTempDirectory("csv-props");
    }

    @AfterTry
    void cleanUp() throws Exception {
        try (var files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<String> values() {
        Arbitrary<String> pieces = Arbitraries.of("a", "word", " ", ",", "\"", "\"\"", "\n", "\r\n", "\r", ";", "; ",
                "'", "#", ": ", "\u00e9", "\uD83D\uDE00", "\t", "=", "\\n", "[", "-", "yes", "1");
        return pieces.list().ofMaxSize(6).map(list -> String.join("", list));
    }

    @Property(tries = 300)
    void recordsReadBackAsWritten(@ForAll("values") String a, @ForAll("values") String b, @ForAll("values") String c)
            throws Exception {
        StringBuilder out = new StringBuilder("path,x\r\n");
        FolderCsvReader.appendField(out, a);
        out.append(',');
        FolderCsvReader.appendField(out, b);
        out.append("\r\n");
        FolderCsvReader.appendField(out, c);
        out.append(",last\r\n");
        List<FolderCsvReader.Record> records = FolderCsvReader.read(new StringReader(out.toString()));
        assertThat(records).extracting(FolderCsvReader.Record::fields)
                .containsExactly(List.of("path", "x"), List.of(a, b), List.of(c, "last"));
        // a record starts on the line after the line breaks (LF) the one before it holds
        assertThat(records.get(2).line()).isEqualTo(3 + (int) (a + b).chars().filter(ch -> ch == '\n').count());
    }

    @Property(tries = 150)
    void anUnchangedExportImportsAsNoChange(@ForAll("values") String title, @ForAll("values") String tag)
            throws Exception {
        Path file = root.resolve("a.md");
        Files.writeString(file, "---\ntitle: x\ntags: [one]\n---\nbody\n");
        byte[] start = Files.readAllBytes(file);
        var set = BulkEdits.plan(root, List.of(file), new BulkEdits.SetValue(KeyPath.of("title"), title), d -> true);
        if (!set.refused().isEmpty()) {
            return;
        }
        byte[] withTitle = set.batch().isEmpty() ? start : set.batch().changes().get(0).after();
        Files.write(file, withTitle);
        var add = BulkEdits.plan(root, List.of(file), new BulkEdits.AddItem(KeyPath.of("tags"), tag), d -> true);
        if (add.refused().isEmpty() && !add.batch().isEmpty()) {
            Files.write(file, add.batch().changes().get(0).after());
        }
        StringBuilder csv = new StringBuilder();
        FolderCsv.write(csv, root, new ArrayList<>(List.of(file)), List.of(KeyPath.of("title"), KeyPath.of("tags")));
        assertThat(FolderCsv.importPlan(root, new StringReader(csv.toString())).isEmpty()).isTrue();
    }
}
