package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkUpdatesTest {
    @TempDir
    Path root;

    private static final String REFERRING = """
            ---
            title:   "Links"   # spacing and comment kept
            ---
            See [Old](old.md#part) and [same](./old.md) but not [other](other.md).

            Code keeps its example: `[x](old.md)`.

            ```md
            [y](old.md)
            ```

            [o]: /a/old.md "Title"
            """;

    private static final String RELATED = """
            ---
            title: Related
            related_article1:
              id: 7
              url: /learn/x/questions/old
            related_article2:
              id: 8
              url: /learn/x/questions/older
            ---
            Body with no link.
            """;

    @BeforeEach
    void folder() throws Exception {
        write("a/old.md", "---\ntitle: Old\nurl: /learn/x/questions/old\n---\nText.\n");
        write("a/ref.md", REFERRING);
        write("c/rel.md", RELATED);
        write("d/none.md", "---\ntitle: None\n---\nThe old way, no link.\n");
        Files.createDirectories(root.resolve("b"));
        Files.move(root.resolve("a/old.md"), root.resolve("b/new.md"));
    }

    private void write(String name, String text) throws Exception {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void findsBodyLinksAndRelatedUrlsAndRewritesOnlyThem() throws Exception {
        List<LinkUpdates.Referrer> found = LinkUpdates.find(root, root.resolve("a/old.md"), root.resolve("b/new.md"),
                "/learn/x/questions/old", "/learn/x/questions/new");

        assertThat(found).extracting(r -> root.relativize(r.file()).toString().replace('\\', '/'))
                .containsExactlyInAnyOrder("a/ref.md", "c/rel.md");
        for (LinkUpdates.Referrer r : found) {
            assertThat(Files.readAllBytes(r.file())).as("what the update was made from").isEqualTo(r.before());
            Files.write(r.file(), r.updated().toBytes());
        }

        assertThat(Files.readString(root.resolve("a/ref.md"))).isEqualTo(REFERRING
                .replace("[Old](old.md#part)", "[Old](../b/new.md#part)")
                .replace("[same](./old.md)", "[same](../b/new.md)")
                .replace("[o]: /a/old.md", "[o]: /b/new.md"));
        assertThat(Files.readString(root.resolve("c/rel.md"))).isEqualTo(RELATED
                .replace("url: /learn/x/questions/old\n", "url: /learn/x/questions/new\n"));
        assertThat(Files.readString(root.resolve("d/none.md"))).isEqualTo("---\ntitle: None\n---\nThe old way, no link.\n");
    }
}
