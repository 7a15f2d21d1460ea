package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every key of the real files, top level and one level down, renamed and renamed back: one line
 * changes, and the original bytes come back. Only keys a format spells out in several places
 * (TOML dotted keys and table headers) may be refused.
 */
class KeyRenameCorpusTest {

    @Test
    void everyKeyOfTheCorpusRenamesOnItsOwnLineAndBack() throws Exception {
        List<Path> files = TestFiles.realFiles();
        assertThat(files).isNotEmpty();
        int renamed = 0;
        List<String> refused = new ArrayList<>();
        for (Path file : files) {
            Document doc;
            try {
                doc = Document.parse(file.toString(), Files.readAllBytes(file));
            } catch (DocumentException unreadable) {
                continue;
            }
            for (KeyPath path : keys(doc)) {
                String name = "renamed_" + path.last();
                if (doc.get(path.parent().child(name)).isPresent()) {
                    continue;
                }
                Document edited;
                try {
                    edited = doc.renameKey(path, name);
                } catch (DocumentException e) {
                    refused.add(file + " " + path + ": " + e.getMessage());
                    continue;
                }
                renamed++;
                String[] before = doc.text().split("\n", -1);
                String[] after = edited.text().split("\n", -1);
                assertThat(after).hasSameSizeAs(before);
                int changed = 0;
                for (int i = 0; i < before.length; i++) {
                    changed += before[i].equals(after[i]) ? 0 : 1;
                }
                assertThat(changed).as(file + " " + path).isEqualTo(1);
                assertThat(edited.renameKey(path.parent().child(name), (String) path.last()).text())
                        .as(file + " " + path).isEqualTo(doc.text());
            }
        }
        assertThat(renamed).isGreaterThan(100);
        assertThat(refused).allSatisfy(r -> assertThat(r).containsAnyOf("dotted keys or table headers", "more than one place"));
    }

    private static List<KeyPath> keys(Document doc) {
        List<KeyPath> out = new ArrayList<>();
        doc.root().entries().forEach((key, field) -> {
            out.add(KeyPath.of(key));
            if (field instanceof MapField map) {
                map.entries().keySet().forEach(child -> out.add(KeyPath.of(key, child)));
            }
        });
        return out;
    }
}
