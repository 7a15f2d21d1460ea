package org.masthead.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.masthead.content.LineDiff;
import org.masthead.content.batch.Batch;
import org.masthead.content.batch.FileChange;

/**
 * Every file's bytes under a folder (hidden folders, such as the batch journal's, left out), and
 * the change between two snapshots as a batch: what a command really did, to compare with what
 * its {@code --dry-run} said it would do.
 */
record FolderSnapshot(Path root, Map<Path, byte[]> files) {
    static FolderSnapshot of(Path root) throws IOException {
        Map<Path, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path rel = root.relativize(p);
                if (!rel.toString().startsWith(".")) {
                    files.put(p.toAbsolutePath().normalize(), Files.readAllBytes(p));
                }
            }
        }
        return new FolderSnapshot(root, files);
    }

    /** The changes from {@code before} to this: edits, and a file gone paired with a file come as a move. */
    Batch since(FolderSnapshot before, String title) {
        List<FileChange> changes = new ArrayList<>();
        List<Path> gone = new ArrayList<>();
        List<Path> come = new ArrayList<>();
        before.files.forEach((path, bytes) -> {
            byte[] now = files.get(path);
            if (now == null) {
                gone.add(path);
            } else if (!Arrays.equals(now, bytes)) {
                changes.add(FileChange.edit(path, bytes, now));
            }
        });
        files.keySet().stream().filter(p -> !before.files.containsKey(p)).forEach(come::add);
        if (gone.size() != come.size() || gone.size() > 1) {
            throw new AssertionError("files gone " + gone + " and come " + come + " are not one move");
        }
        if (!gone.isEmpty()) {
            changes.add(0, FileChange.move(gone.get(0), before.files.get(gone.get(0)), come.get(0), files.get(come.get(0))));
        }
        return new Batch(title, changes);
    }

    /** Each changed file's changed lines ("old -> new", "- removed", "+ added"), stripped, by path. */
    Map<String, List<String>> changedLines(FolderSnapshot before) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (FileChange c : since(before, "").changes()) {
            List<String> lines = new ArrayList<>();
            List<String> left = List.of(new String(c.before(), StandardCharsets.UTF_8).split("\n", -1));
            List<String> right = List.of(new String(c.after(), StandardCharsets.UTF_8).split("\n", -1));
            for (LineDiff.Row row : LineDiff.rows(left, right)) {
                switch (row.kind()) {
                    case CHANGED -> lines.add(row.left().strip() + " -> " + row.right().strip());
                    case REMOVED -> lines.add("- " + row.left().strip());
                    case ADDED -> lines.add("+ " + row.right().strip());
                    default -> { }
                }
            }
            out.put(root.relativize(c.target()).toString().replace('\\', '/'), lines);
        }
        return out;
    }
}
