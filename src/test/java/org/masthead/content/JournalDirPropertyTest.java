package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Tests never journal into the user's real folder: the build points the journal elsewhere. */
class JournalDirPropertyTest {
    @Test
    void theBuildMovesTheJournalOutOfTheUsersHome() {
        Path dir = EditJournal.defaultDir();
        assertThat(System.getProperty(EditJournal.DIR_PROPERTY)).as("set by surefire in pom.xml").isNotBlank();
        assertThat(dir).isEqualTo(Path.of(System.getProperty(EditJournal.DIR_PROPERTY)));
        assertThat(dir.toAbsolutePath().startsWith(Path.of(System.getProperty("user.home"), ".local"))).isFalse();
    }
}
