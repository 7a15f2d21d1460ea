package org.masthead.content.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The vendored pieces of the corpus under {@code src/test/resources/batch}, copied for a test to change. */
public final class BatchFixtures {
    private BatchFixtures() {
    }

    /** A copy of {@code batch/<name>} (a folder) inside {@code into}; returns the copy. */
    public static Path copy(String name, Path into) {
        try {
            Path source = Path.of(BatchFixtures.class.getResource("/batch/" + name).toURI());
            Path target = into.resolve(name);
            try (Stream<Path> walk = Files.walk(source)) {
                for (Path p : walk.toList()) {
                    Path t = target.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(t);
                    } else {
                        Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return target.toAbsolutePath().normalize();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The lines that differ between two texts of the same number of lines, as "old -> new". */
    public static List<String> changedLines(byte[] before, byte[] after) {
        String[] old = new String(before, StandardCharsets.UTF_8).split("\n", -1);
        String[] now = new String(after, StandardCharsets.UTF_8).split("\n", -1);
        if (old.length != now.length) {
            throw new AssertionError("line count changed: " + old.length + " -> " + now.length);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < old.length; i++) {
            if (!old[i].equals(now[i])) {
                out.add(old[i].strip() + " -> " + now[i].strip());
            }
        }
        return out;
    }
}
