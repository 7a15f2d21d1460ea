package org.masthead.content.batch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The process {@link BatchKillTest} kills: plans a batch over the {@code count} articles of a
 * folder (file 0 is also moved into a subfolder), prints {@code applying}, and applies it.
 */
public final class BatchKillChild {
    static final int FILLER_LINES = 400;

    private BatchKillChild() {
    }

    static Path file(Path root, int i) {
        return root.resolve(String.format("a%04d.md", i));
    }

    static Path target(Path root, int i) {
        return i == 0 ? root.resolve("moved").resolve("a0000-renamed.md") : file(root, i);
    }

    static byte[] old(int i) {
        return text(i, "old").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] changed(int i) {
        return text(i, "new").getBytes(StandardCharsets.UTF_8);
    }

    private static String text(int i, String version) {
        StringBuilder text = new StringBuilder("---\ntitle: Article " + i + " (" + version + ")\n---\n");
        for (int line = 0; line < FILLER_LINES; line++) {
            text.append("Line ").append(line).append(" of article ").append(i).append(", the ").append(version)
                    .append(" version.\n");
        }
        return text.toString();
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        List<FileChange> changes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path file = file(root, i).toAbsolutePath().normalize();
            byte[] before = Files.readAllBytes(file);
            changes.add(new FileChange(file, before, target(root, i).toAbsolutePath().normalize(), changed(i)));
        }
        System.out.println("applying");
        System.out.flush();
        BatchFiles.apply(root, new Batch("kill test", changes));
        System.out.println("applied");
        System.out.flush();
    }
}
