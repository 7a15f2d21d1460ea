package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link LinkUpdates} on Hugo's ref and relref shortcodes. */
class HugoRefsTest {
    @TempDir
    Path root;

    private static final String REFERRING = """
            ---
            title: Refs
            ---
            [a]({{< ref "old.md" >}}) [b]({{< relref "/posts/old.md#usage" >}}) [c]({{% ref path='/posts/old' %}})
            [d]({{< ref "posts/old" >}}) [e]({{<ref "../posts/old.md">}}) [other]({{< ref "older.md" >}})
            Escaped: {{</* ref "old.md" */>}} and `{{< ref "old.md" >}}` stay.
            """;

    private void write(String name, String text) throws Exception {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void refsToTheMovedFileFollowItInTheFormTheyWereWrittenIn() throws Exception {
        write("posts/old.md", "---\ntitle: Old\n---\n");
        write("posts/older.md", "---\ntitle: Older\n---\n");
        write("posts/ref.md", REFERRING);
        write("guides/ref.md", "See {{< ref \"old\" >}} and {{< ref \"posts/old.md\" >}} and {{< ref \"../posts/old.md\" >}}.\n");

        List<LinkUpdates.Referrer> found = LinkUpdates.find(root, root.resolve("posts/old.md"),
                root.resolve("guides/new.md"), "", "");

        assertThat(found).extracting(r -> root.relativize(r.file()).toString().replace('\\', '/'))
                .containsExactlyInAnyOrder("posts/ref.md", "guides/ref.md");
        String posts = found.stream().filter(r -> r.file().endsWith("posts/ref.md")).findFirst().orElseThrow()
                .updated().text();
        assertThat(posts).isEqualTo(REFERRING
                .replace("[a]({{< ref \"old.md\" >}})", "[a]({{< ref \"../guides/new.md\" >}})")
                .replace("\"/posts/old.md#usage\"", "\"/guides/new.md#usage\"")
                .replace("path='/posts/old'", "path='/guides/new'")
                .replace("[d]({{< ref \"posts/old\" >}})", "[d]({{< ref \"guides/new\" >}})")
                .replace("[e]({{<ref \"../posts/old.md\">}})", "[e]({{<ref \"../guides/new.md\">}})"));
        String guides = found.stream().filter(r -> r.file().endsWith("guides/ref.md")).findFirst().orElseThrow()
                .updated().text();
        assertThat(guides).isEqualTo("See {{< ref \"new\" >}} and {{< ref \"guides/new.md\" >}} and {{< ref \"new.md\" >}}.\n");
    }

    @Test
    void aShortPathGrowsUntilItNamesOnePageOnly() throws Exception {
        write("a/old.md", "---\ntitle: Old\n---\n");
        write("c/new.md", "---\ntitle: Another new\n---\n");
        write("x/ref.md", "---\ntitle: X\n---\n{{< ref \"old\" >}}\n");
        List<LinkUpdates.Referrer> found = LinkUpdates.find(root, root.resolve("a/old.md"), root.resolve("b/new.md"),
                "", "");
        assertThat(found.get(0).updated().text()).isEqualTo("---\ntitle: X\n---\n{{< ref \"b/new\" >}}\n");
    }
}
