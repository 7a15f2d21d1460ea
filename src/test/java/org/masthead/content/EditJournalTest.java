package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditJournalTest {
    @TempDir
    Path content;
    @TempDir
    Path home;

    private Path journalDir() {
        return home.resolve("journal");
    }

    private EditJournal journal() {
        return new EditJournal(journalDir());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private Path article(String name, String text) throws Exception {
        return Files.writeString(content.resolve(name), text);
    }

    private List<Path> entryFiles() throws Exception {
        try (Stream<Path> files = Files.list(journalDir())) {
            return files.sorted().toList();
        }
    }

    @Test
    void aRecordedEditIsPendingWithItsPathTimeAndBytes() throws Exception {
        Path file = article("a.md", """
                ---
                title: A
                ---
                old
                """);
        Instant before = Instant.now();
        journal().record(file, Files.readAllBytes(file), utf8("""
                ---
                title: A
                ---
                new words
                """));
        List<EditJournal.Entry> pending = journal().pending();
        assertThat(pending).hasSize(1);
        EditJournal.Entry entry = pending.get(0);
        assertThat(entry.file()).isEqualTo(file.toAbsolutePath());
        assertThat(new String(entry.edited(), StandardCharsets.UTF_8)).isEqualTo("""
                ---
                title: A
                ---
                new words
                """);
        assertThat(entry.disk()).isEqualTo(EditJournal.Disk.UNCHANGED);
        assertThat(entry.baseSha256()).isEqualTo(EditJournal.sha256(Files.readAllBytes(file)));
        assertThat(entry.time()).isBetween(before, Instant.now());
    }

    @Test
    void theJournalIsOutsideTheContentFolderAndOwnerOnly() throws Exception {
        Path file = article("a.md", "x");
        journal().record(file, utf8("x"), utf8("y"));
        try (Stream<Path> files = Files.list(content)) {
            assertThat(files).containsExactly(file);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(journalDir()))).isEqualTo("rwx------");
    }

    @Test
    void aNewRecordReplacesTheFilesEntryAndForgetRemovesIt() throws Exception {
        Path a = article("a.md", "a");
        Path b = article("b.md", "b");
        EditJournal journal = journal();
        journal.record(a, utf8("a"), utf8("a1"));
        journal.record(a, utf8("a"), utf8("a12"));
        journal.record(b, utf8("b"), utf8("b1"));
        assertThat(journal.pending()).extracting(e -> new String(e.edited(), StandardCharsets.UTF_8))
                .containsExactlyInAnyOrder("a12", "b1");
        journal.forget(a);
        journal.forget(content.resolve("never-journaled.md"));
        assertThat(journal.pending()).extracting(EditJournal.Entry::file).containsExactly(b.toAbsolutePath());
        // a relative path names the same entry as the absolute one
        journal.forget(b.toAbsolutePath());
        assertThat(journal.pending()).isEmpty();
        assertThat(journal.warnings()).isEmpty();
    }

    @Test
    void theEntrySaysHowTheFileOnDiskComparesWithTheEdit() throws Exception {
        Path same = article("same.md", "base");
        Path changed = article("changed.md", "base");
        Path saved = article("saved.md", "base");
        Path gone = article("gone.md", "base");
        EditJournal journal = journal();
        for (Path p : List.of(same, changed, saved, gone)) {
            journal.record(p, utf8("base"), utf8("edited"));
        }
        Files.writeString(changed, "changed by git pull");
        Files.writeString(saved, "edited");
        Files.delete(gone);
        Map<Path, EditJournal.Disk> disk = new java.util.HashMap<>();
        journal.pending().forEach(e -> disk.put(e.file().getFileName(), e.disk()));
        assertThat(disk).containsExactlyInAnyOrderEntriesOf(Map.of(
                Path.of("same.md"), EditJournal.Disk.UNCHANGED,
                Path.of("changed.md"), EditJournal.Disk.CHANGED,
                Path.of("saved.md"), EditJournal.Disk.ALREADY_SAVED,
                Path.of("gone.md"), EditJournal.Disk.MISSING));
    }

    @Test
    void oddPathsSurviveTheRoundTrip() throws Exception {
        Path file = article("100% new\nline\r.md", "x");
        journal().record(file, utf8("x"), utf8("y"));
        assertThat(journal().pending()).extracting(EditJournal.Entry::file).containsExactly(file.toAbsolutePath());
    }

    @Test
    void damagedEntriesAreSkippedWithOneLineEachAndSetAside() throws Exception {
        Path good = article("good.md", "g");
        Path victim = article("victim.md", "v");
        EditJournal journal = journal();
        journal.record(good, utf8("g"), utf8("good edit"));
        journal.record(victim, utf8("v"), utf8("a longer edit that gets cut"));
        Path victimEntry = journal.entryFile(victim.toAbsolutePath());
        byte[] whole = Files.readAllBytes(victimEntry);
        Map<String, byte[]> damaged = new java.util.LinkedHashMap<>();
        damaged.put("empty", new byte[0]);
        damaged.put("truncated", Arrays.copyOf(whole, whole.length - 5));
        byte[] flipped = whole.clone();
        flipped[flipped.length - 3] ^= 0x20;
        damaged.put("bit flip", flipped);
        damaged.put("header cut", Arrays.copyOf(whole, 40));
        damaged.put("other format", utf8("""
                {"not": "an entry"}

                body"""));
        damaged.put("binary", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, '\n', '\n', 1, 2});
        damaged.put("bad length", new String(whole, StandardCharsets.UTF_8).replaceFirst("length \\d+", "length x")
                .getBytes(StandardCharsets.UTF_8));
        damaged.put("bad time", new String(whole, StandardCharsets.UTF_8).replaceFirst("time \\S+", "time yesterday")
                .getBytes(StandardCharsets.UTF_8));
        int n = 0;
        for (byte[] bytes : damaged.values()) {
            Files.write(journalDir().resolve("damaged" + n++ + EditJournal.SUFFIX), bytes);
        }
        Files.delete(victimEntry);

        List<EditJournal.Entry> pending = journal.pending();
        assertThat(pending).extracting(EditJournal.Entry::file).containsExactly(good.toAbsolutePath());
        assertThat(journal.warnings()).hasSize(damaged.size())
                .allSatisfy(w -> assertThat(w).contains("damaged").doesNotContain("\n"));
        assertThat(entryFiles()).filteredOn(p -> p.toString().endsWith(EditJournal.DAMAGED)).hasSize(damaged.size());
        assertThat(journal.pending()).hasSize(1);
        assertThat(journal.warnings()).isEmpty();
    }

    @Test
    void aTypedBodyBesideTheBytesIsEncodedIntoThemWhenRead() throws Exception {
        String original = """
                ---
                title: A
                answer: >-
                    Old answer.
                url: /a
                ---
                """;
        Path file = article("a.md", original);
        // the form changed the title; the answer was typed on and never encoded
        String edited = original.replace("title: A", "title: B");
        String typed = """
                New answer, typed — with a dash.

                And a second paragraph.""";
        journal().recordWithBaseHash(file, EditJournal.sha256(utf8(original)), utf8(edited), typed);
        byte[] expected = org.masthead.document.Document.parse("a.md", utf8(edited)).withMarkdown(typed).toBytes();

        List<EditJournal.Entry> pending = journal().pending();
        assertThat(journal().warnings()).isEmpty();
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0).edited()).isEqualTo(expected);
        assertThat(new String(pending.get(0).edited(), StandardCharsets.UTF_8)).contains("title: B").endsWith("""
                url: /a
                ---
                """);
        assertThat(org.masthead.document.Document.parse("a.md", pending.get(0).edited()).markdown()).isEqualTo(typed);
        assertThat(pending.get(0).disk()).isEqualTo(EditJournal.Disk.UNCHANGED);

        // the save happened and only the cleanup did not: the file holds the encoded bytes
        Files.write(file, expected);
        assertThat(journal().pending().get(0).disk()).isEqualTo(EditJournal.Disk.ALREADY_SAVED);
    }

    @Test
    void aTypedBodyThatCannotBeEncodedLeavesTheBytesAndSaysSo() throws Exception {
        Path file = article("a.md", """
                ---
                title: A
                ---
                """);
        byte[] unreadable = utf8("""
                ---
                title: [never closed
                answer: x
                ---
                """);
        EditJournal journal = journal();
        journal.recordWithBaseHash(file, EditJournal.sha256(utf8("""
                ---
                title: A
                ---
                """)), unreadable, "typed");
        List<EditJournal.Entry> pending = journal.pending();
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0).edited()).isEqualTo(unreadable);
        assertThat(journal.warnings()).singleElement().asString()
                .contains(file.toString()).contains("could not be put back").contains("stays in the journal entry");
    }

    @Test
    void aDamagedTypedBodyIsCaught() throws Exception {
        Path file = article("a.md", """
                ---
                answer: a
                ---
                """);
        EditJournal journal = journal();
        journal.recordWithBaseHash(file, EditJournal.sha256(utf8("x")), utf8("""
                ---
                answer: a
                ---
                """), "typed text");
        Path entry = journal.entryFile(file.toAbsolutePath());
        byte[] whole = Files.readAllBytes(entry);
        byte[] flipped = whole.clone();
        flipped[flipped.length - 2] ^= 0x20;
        Files.write(entry, flipped);
        assertThat(journal.pending()).isEmpty();
        assertThat(journal.warnings()).singleElement().asString().contains("typed text does not match its checksum");

        Files.write(entry, Arrays.copyOf(whole, whole.length - 3));
        assertThat(journal.pending()).isEmpty();
        assertThat(journal.warnings()).singleElement().asString().contains("damaged");
    }

    @Test
    void leftoversOfAKilledWriteAreNotEntries() throws Exception {
        Path file = article("a.md", "a");
        journal().record(file, utf8("a"), utf8("b"));
        Files.writeString(journalDir().resolve(".x.journal.masthead-0123456789ab.tmp"), "masthead-journal 1\npath");
        assertThat(journal().pending()).hasSize(1);
        assertThat(journal().warnings()).isEmpty();
    }

    @Test
    void pendingRemovesWhatASaveKilledByTheCrashLeftBesideTheArticle() throws Exception {
        Path file = article("a.md", "a");
        journal().record(file, utf8("a"), utf8("b"));
        Path leftover = Files.writeString(content.resolve(".a.md.masthead-0123456789ab.tmp"), "half a save");
        Path otherFiles = Files.writeString(content.resolve(".b.md.masthead-0123456789ab.tmp"), "another file's save");
        assertThat(journal().pending()).hasSize(1);
        assertThat(leftover).doesNotExist();
        assertThat(otherFiles).exists();
        assertThat(file).hasContent("a");
    }

    @Test
    void entriesOfAnotherRunningMastheadAreLeftToIt() throws Exception {
        Path file = article("a.md", "a");
        journal().record(file, utf8("a"), utf8("b"));
        Path entry = journal().entryFile(file.toAbsolutePath());
        String text = Files.readString(entry);
        Process other = new ProcessBuilder("sleep", "60").start();
        try {
            String start = other.info().startInstant().orElseThrow().toString();
            Files.writeString(entry, text.replaceFirst("pid .*", "pid " + other.pid() + " " + start));
            Path itsSave = Files.writeString(content.resolve(".a.md.masthead-0123456789ab.tmp"), "being saved");
            assertThat(journal().pending()).isEmpty();
            assertThat(itsSave).as("a running editor's save is left alone").exists();
            other.destroyForcibly().waitFor();
            assertThat(journal().pending()).hasSize(1);
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void noJournalYetMeansNothingPending() {
        assertThat(journal().pending()).isEmpty();
        assertThat(journal().warnings()).isEmpty();
    }

    @Test
    void theDefaultFolderIsPerUserAndCanBeMoved() {
        Map<String, String> props = new java.util.HashMap<>(Map.of("user.home", "/home/ann"));
        Map<String, String> env = new java.util.HashMap<>();
        assertThat(EditJournal.defaultDir(props::get, env::get)).isEqualTo(Path.of("/home/ann/.local/share/masthead/journal"));
        env.put("XDG_DATA_HOME", "relative/is/invalid");
        assertThat(EditJournal.defaultDir(props::get, env::get)).isEqualTo(Path.of("/home/ann/.local/share/masthead/journal"));
        env.put("XDG_DATA_HOME", "/data/ann");
        assertThat(EditJournal.defaultDir(props::get, env::get)).isEqualTo(Path.of("/data/ann/masthead/journal"));
        props.put(EditJournal.DIR_PROPERTY, "/tmp/ci-journal");
        assertThat(EditJournal.defaultDir(props::get, env::get)).isEqualTo(Path.of("/tmp/ci-journal"));
    }
}
