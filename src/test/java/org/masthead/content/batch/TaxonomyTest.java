package org.masthead.content.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.document.DocumentException;
import org.masthead.document.KeyPath;

class TaxonomyTest {
    @TempDir
    Path root;

    private Path write(String name, String text) throws Exception {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file.toAbsolutePath().normalize();
    }

    private static String after(Batch batch, Path file) {
        return batch.changes().stream().filter(c -> c.file().equals(file)).findFirst()
                .map(c -> new String(c.after(), StandardCharsets.UTF_8)).orElse(null);
    }

    @Test
    void countsListItemsKeywordPartsAndCategoriesPerArticle() throws Exception {
        Path a = write("a.md", "---\ntags: [go, rust, go]\nkw: >-\n    go,  web ,rust\nsubject: Digital Media\n---\nA\n");
        Path b = write("b.md", "---\ntags:\n  - go\n  - python\nsubject: Digital media\n---\nB\n");
        Path c = write("c.md", "---\ntags: []\nsubject: Digital media\n---\nC\n");
        List<Path> files = List.of(a, b, c);

        List<Taxonomy.Term> tags = Taxonomy.terms(root, files, KeyPath.parse("tags"));
        assertThat(tags).extracting(Taxonomy.Term::value).containsExactly("go", "python", "rust");
        assertThat(tags.get(0).count()).isEqualTo(2);
        assertThat(tags.get(0).files()).containsExactly(a, b);

        List<Taxonomy.Term> subjects = Taxonomy.terms(root, files, KeyPath.parse("subject"));
        assertThat(subjects).extracting(Taxonomy.Term::value, Taxonomy.Term::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Digital media", 2),
                        org.assertj.core.groups.Tuple.tuple("Digital Media", 1));
        assertThat(Taxonomy.nearDuplicates(subjects))
                .containsExactly(new Taxonomy.NearDuplicate("Digital media", "Digital Media", "case"));
    }

    @Test
    void aTextFieldIsSplitOnCommasByItsNameOrWhenMostValuesHoldOne() throws Exception {
        Path a = write("a.md", "---\nseo:\n  page_keywords: a, b\ntopic: x, y\nplace: Paris, France\n---\n");
        Path b = write("b.md", "---\nseo:\n  page_keywords: b\ntopic: x, z\nplace: Rome\n---\n");
        Path c = write("c.md", "---\nplace: Oslo\n---\n");
        List<Path> files = List.of(a, b, c);
        assertThat(Taxonomy.terms(root, files, KeyPath.parse("seo.page_keywords"))).extracting(Taxonomy.Term::value)
                .containsExactly("b", "a");
        assertThat(Taxonomy.terms(root, files, KeyPath.parse("topic"))).extracting(Taxonomy.Term::value)
                .containsExactly("x", "y", "z");
        assertThat(Taxonomy.terms(root, files, KeyPath.parse("place"))).extracting(Taxonomy.Term::value)
                .containsExactly("Oslo", "Paris, France", "Rome");
    }

    @Test
    void renameKeepsFlowAndBlockListsAsTheyWereAndChangesNothingElse() throws Exception {
        Path flow = write("flow.md", "---\n# tags below\ntags: [go, 'rust', go-lang]  # langs\ntitle: T\n---\nbody go\n");
        Path block = write("block.md", "---\ntags:\n    - \"go\"\n    - web\ntitle: T\n---\n");
        Path none = write("none.md", "---\ntags: [web]\n---\n");
        Batch batch = Taxonomy.rename(root, List.of(flow, block, none), KeyPath.parse("tags"), "go", "golang");

        assertThat(batch.changes()).extracting(FileChange::file).containsExactly(flow, block);
        assertThat(after(batch, flow)).isEqualTo("---\n# tags below\ntags: [golang, 'rust', go-lang]  # langs\ntitle: T\n---\nbody go\n");
        assertThat(after(batch, block)).isEqualTo("---\ntags:\n    - \"golang\"\n    - web\ntitle: T\n---\n");
        assertThat(batch.title()).isEqualTo("Rename tags 'go' to 'golang'");
    }

    @Test
    void aKeywordStringKeepsEachSeparatorAsWritten() throws Exception {
        Path f = write("k.md", "---\nseo:\n  page_keywords: >-\n    OLS,normal equations, regression ,  OLS estimator\n---\n");
        Batch renamed = Taxonomy.rename(root, List.of(f), KeyPath.parse("seo.page_keywords"), "OLS", "ordinary least squares");
        assertThat(after(renamed, f)).isEqualTo(
                "---\nseo:\n  page_keywords: >-\n    ordinary least squares,normal equations, regression ,  OLS estimator\n---\n");

        Batch first = Taxonomy.delete(root, List.of(f), KeyPath.parse("seo.page_keywords"), "OLS");
        assertThat(after(first, f)).contains("    normal equations, regression ,  OLS estimator\n");
        Batch middle = Taxonomy.delete(root, List.of(f), KeyPath.parse("seo.page_keywords"), "regression");
        assertThat(after(middle, f)).contains("    OLS,normal equations, OLS estimator\n");
        Batch last = Taxonomy.delete(root, List.of(f), KeyPath.parse("seo.page_keywords"), "OLS estimator");
        assertThat(after(last, f)).contains("    OLS,normal equations, regression\n");
    }

    @Test
    void mergeNeverLeavesATermTwiceAndKeepsTheOrder() throws Exception {
        Path has = write("has.md", "---\ntags: [a, golang, b, go, c]\n---\n");
        Path both = write("both.md", "---\ntags:\n- go\n- x\n- Go\n---\n");
        Path kw = write("kw.md", "---\nkeywords: go, x, Go, golang\n---\n");
        Batch batch = Taxonomy.merge(root, List.of(has, both, kw), KeyPath.parse("tags"), List.of("go", "Go"), "golang");
        assertThat(after(batch, has)).isEqualTo("---\ntags: [a, golang, b, c]\n---\n");
        assertThat(after(batch, both)).isEqualTo("---\ntags:\n- golang\n- x\n---\n");
        Batch keywords = Taxonomy.merge(root, List.of(kw), KeyPath.parse("keywords"), List.of("go", "Go"), "golang");
        assertThat(after(keywords, kw)).isEqualTo("---\nkeywords: x, golang\n---\n");
    }

    @Test
    void aCategoryValueIsRenamedInItsOwnStyleOrDeletedWithItsKey() throws Exception {
        Path a = write("a.md", "---\nsubject: \"Digital Media\"\nurl: /x\n---\n");
        Batch renamed = Taxonomy.rename(root, List.of(a), KeyPath.parse("subject"), "Digital Media", "Digital media");
        assertThat(after(renamed, a)).isEqualTo("---\nsubject: \"Digital media\"\nurl: /x\n---\n");
        Batch deleted = Taxonomy.delete(root, List.of(a), KeyPath.parse("subject"), "Digital Media");
        assertThat(after(deleted, a)).isEqualTo("---\nurl: /x\n---\n");
    }

    @Test
    void onTheReferenceFormatOnlyTheSubjectLineChanges() throws Exception {
        Path source = org.masthead.testing.TestCorpus.quicktakes()
                .resolve("what-are-frames-in-tkinter-and-how-are-they-used.md");
        Path f = root.resolve("f.md");
        Files.copy(source, f);
        byte[] before = Files.readAllBytes(f);
        Batch batch = Taxonomy.rename(root, List.of(f), KeyPath.parse("subject"), "Digital Media", "Digital media");
        FileChange change = batch.changes().get(0);
        assertThat(change.before()).isEqualTo(before);
        String[] old = new String(before, StandardCharsets.UTF_8).split("\n", -1);
        String[] now = new String(change.after(), StandardCharsets.UTF_8).split("\n", -1);
        assertThat(now).hasSameSizeAs(old);
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < old.length; i++) {
            if (!old[i].equals(now[i])) {
                changed.add(old[i] + " -> " + now[i]);
            }
        }
        assertThat(changed).containsExactly("subject: Digital Media -> subject: Digital media");
    }

    @Test
    void anArticleThatDoesNotParseIsLeftOutAndReported() throws Exception {
        Path bad = write("bad.md", "---\ntags: [go\n---\n");
        Path good = write("good.md", "---\ntags: [go]\n---\n");
        List<DocumentException> skipped = new ArrayList<>();
        Batch batch = Taxonomy.rename(root, List.of(bad, good), KeyPath.parse("tags"), "go", "golang", skipped::add);
        assertThat(batch.changes()).extracting(FileChange::file).containsExactly(good);
        assertThat(skipped).singleElement().satisfies(e -> assertThat(e.source()).isEqualTo("bad.md"));
    }

    @Test
    void aKeywordCannotBeRenamedToTextWithACommaNorToNothing() throws Exception {
        Path f = write("k.md", "---\nkeywords: a, b\n---\n");
        assertThatThrownBy(() -> Taxonomy.rename(root, List.of(f), KeyPath.parse("keywords"), "a", "c, d"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("comma");
        assertThatThrownBy(() -> Taxonomy.rename(root, List.of(f), KeyPath.parse("keywords"), "a", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }
}
