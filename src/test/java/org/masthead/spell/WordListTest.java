package org.masthead.spell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordListTest {
    @TempDir
    Path folder;

    @Test
    void addingAWordPutsItInItsSortedPlaceAndKeepsEveryOtherLine() throws Exception {
        Path file = folder.resolve(".masthead/dictionary.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# team words\nHugo\nkatex\nmasthead\n");
        WordList list = WordList.read(file);
        assertThat(list.accepts("Masthead")).isTrue();
        assertThat(list.accepts("frontmatter")).isFalse();
        list.add("frontmatter");
        assertThat(Files.readString(file)).isEqualTo("# team words\nHugo\nfrontmatter\nkatex\nmasthead\n");
        list.add("zettel");
        list.add("Astro");
        assertThat(Files.readString(file)).isEqualTo("# team words\nAstro\nHugo\nfrontmatter\nkatex\nmasthead\nzettel\n");
        assertThat(list.accepts("frontmatter")).isTrue();
        assertThat(WordList.read(file).accepts("zettel")).isTrue();
    }

    @Test
    void aMissingFileIsCreatedOnTheFirstWordAndAWordIsNeverAddedTwice() throws Exception {
        WordList list = WordList.ofFolder(folder);
        assertThat(list.accepts("systm")).isFalse();
        list.add("systm");
        list.add("systm");
        assertThat(Files.readString(folder.resolve(WordList.FOLDER_FILE))).isEqualTo("systm\n");
    }

    @Test
    void aFileWithoutAFinalNewlineGetsOneBeforeTheNewLastWord() throws Exception {
        Path file = folder.resolve("words.txt");
        Files.writeString(file, "alpha");
        WordList.read(file).add("beta");
        assertThat(Files.readString(file)).isEqualTo("alpha\nbeta\n");
    }
}
