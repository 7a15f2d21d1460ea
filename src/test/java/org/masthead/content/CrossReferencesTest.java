package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrossReferencesTest {
    @TempDir
    Path dir;

    private ContentIndex index;
    private CrossReferences refs;

    private void article(String name, int id, String url, String... related) throws IOException {
        StringBuilder text = new StringBuilder("---\nid: " + id + "\ntitle: T" + id + "\nurl: " + url + "\n");
        for (int i = 0; i < related.length; i++) {
            String[] idAndUrl = related[i].split(" ", -1);
            text.append("related_article").append(i + 1).append(":\n");
            if (!idAndUrl[0].isEmpty()) {
                text.append("    id: ").append(idAndUrl[0]).append('\n');
            }
            if (idAndUrl.length > 1) {
                text.append("    url: ").append(idAndUrl[1]).append('\n');
            }
            text.append("    title: whatever\n");
        }
        Files.writeString(dir.resolve(name), text.append("---\n"), StandardCharsets.UTF_8);
    }

    @BeforeEach
    void folder() throws Exception {
        article("a.md", 1, "/q/a", "2 /q/b", "3", "99 /q/gone");
        article("b.md", 2, "/q/b", "1 /q/wrong", " /q/c");
        article("c.md", 3, "/q/c/", " /q/missing", "1");
        index = new ContentIndex(dir);
        index.loadAndWait();
        refs = CrossReferences.attach(index);
    }

    @Test
    void resolvesByIdAndChecksTheUrl() {
        List<CrossReferences.Resolution> out = refs.resolve(index.get("a.md").orElseThrow());
        assertThat(out).extracting(CrossReferences.Resolution::status).containsExactly(
                CrossReferences.Status.OK, CrossReferences.Status.OK, CrossReferences.Status.NO_SUCH_ID);
        assertThat(out.get(0).target().orElseThrow().path()).isEqualTo("b.md");
        assertThat(out.get(2).message()).isEqualTo("related_article3: no article has id 99");
    }

    @Test
    void resolvesByUrlWhenThereIsNoIdIgnoringATrailingSlash() {
        List<CrossReferences.Resolution> out = refs.resolve(index.get("b.md").orElseThrow());
        assertThat(out.get(0).status()).isEqualTo(CrossReferences.Status.URL_MISMATCH);
        assertThat(out.get(0).message()).contains("/q/wrong").contains("/q/a");
        assertThat(out.get(1).status()).isEqualTo(CrossReferences.Status.OK);
        assertThat(out.get(1).target().orElseThrow().path()).isEqualTo("c.md");
    }

    @Test
    void listsEveryBrokenReference() {
        assertThat(refs.broken()).extracting(r -> r.from().path() + ":" + r.ref().number() + ":" + r.status())
                .containsExactly("a.md:3:NO_SUCH_ID", "b.md:1:URL_MISMATCH", "c.md:1:NO_SUCH_URL");
    }

    @Test
    void answersWhatLinksHere() {
        assertThat(refs.linksTo(index.get("c.md").orElseThrow())).extracting(IndexEntry::path).containsExactly("a.md", "b.md");
        assertThat(refs.linksTo(index.get("a.md").orElseThrow())).extracting(IndexEntry::path).containsExactly("b.md", "c.md");
        assertThat(refs.referencesTo("99")).extracting(IndexEntry::path).containsExactly("a.md");
    }

    @Test
    void followsTheIndexIncrementally() throws Exception {
        article("gone.md", 99, "/q/gone");
        index.refresh(List.of(dir.resolve("gone.md")));
        assertThat(refs.broken()).extracting(r -> r.from().path() + ":" + r.ref().number())
                .containsExactly("b.md:1", "c.md:1");

        Files.delete(dir.resolve("c.md"));
        index.refresh(List.of(dir.resolve("c.md")));
        assertThat(refs.resolve(index.get("a.md").orElseThrow()).get(1).status()).isEqualTo(CrossReferences.Status.NO_SUCH_ID);
        assertThat(refs.linksTo(index.get("a.md").orElseThrow())).extracting(IndexEntry::path).containsExactly("b.md");
        assertThat(refs.byUrl("/q/b/")).map(IndexEntry::path).contains("b.md");
    }
}
