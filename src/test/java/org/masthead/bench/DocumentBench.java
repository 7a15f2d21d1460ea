package org.masthead.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.Field;
import org.masthead.document.KeyPath;
import org.masthead.document.ScalarField;
import org.masthead.document.ScalarType;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Parse + one edit + serialize over a content folder, Masthead's document model against a plain
 * SnakeYAML load and dump of the same front matter: speed in MB/s and lines changed per edit.
 * Usage: {@code DocumentBench FOLDER [ROUNDS]}.
 */
public final class DocumentBench {
    private static final String NEW_VALUE = "Benchmark edit: a new value";

    private DocumentBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Paths.get(args.length > 0 ? args[0] : "../shared/corpus");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<byte[]> files = load(folder);
        long bytes = files.stream().mapToLong(b -> b.length).sum();
        System.out.printf("%d files, %.2f MB; each row: %d warm-up rounds, then the median of %d rounds%n",
                files.size(), bytes / 1e6, rounds, rounds);
        System.out.printf("%-34s %10s %14s %16s%n", "", "MB/s", "files changed", "lines changed");
        run("Masthead parse only", files, bytes, rounds, DocumentBench::parseOnly);
        run("Masthead parse + set + bytes", files, bytes, rounds, DocumentBench::masthead);
        run("SnakeYAML load + set + dump", files, bytes, rounds, DocumentBench::snakeYaml);
    }

    private interface Edit {
        byte[] apply(byte[] file) throws Exception;
    }

    private static void run(String name, List<byte[]> files, long bytes, int rounds, Edit edit) throws Exception {
        List<byte[]> outputs = new ArrayList<>();
        double[] speeds = new double[rounds];
        for (int round = -rounds; round < rounds; round++) {
            outputs.clear();
            long start = System.nanoTime();
            for (byte[] file : files) {
                outputs.add(edit.apply(file));
            }
            if (round >= 0) {
                speeds[round] = bytes / 1e6 / ((System.nanoTime() - start) / 1e9);
            }
        }
        java.util.Arrays.sort(speeds);
        long changedFiles = 0;
        long changedLines = 0;
        for (int i = 0; i < files.size(); i++) {
            int changed = changedLines(files.get(i), outputs.get(i));
            changedFiles += changed > 0 ? 1 : 0;
            changedLines += changed;
        }
        System.out.printf("%-34s %10.1f %14d %16d%n", name, speeds[rounds / 2], changedFiles, changedLines);
    }

    private static byte[] parseOnly(byte[] file) throws DocumentException {
        return Document.parse("bench", file).toBytes();
    }

    /** Sets the first string field (the one every edit below targets) to a new value. */
    private static byte[] masthead(byte[] file) throws DocumentException {
        Document doc = Document.parse("bench", file);
        String key = firstStringKey(doc);
        return key == null ? doc.toBytes() : doc.set(KeyPath.of(key), NEW_VALUE).toBytes();
    }

    private static String firstStringKey(Document doc) {
        for (Map.Entry<String, Field> entry : doc.root().entries().entrySet()) {
            if (entry.getValue() instanceof ScalarField scalar && scalar.type() == ScalarType.STRING) {
                return entry.getKey();
            }
        }
        return null;
    }

    /** What a CMS built on a plain load and dump does: the same edit, then the whole front matter re-written. */
    private static byte[] snakeYaml(byte[] file) throws Exception {
        String text = new String(file, StandardCharsets.UTF_8);
        int close = text.startsWith("---") ? text.indexOf("\n---", 3) : -1;
        if (close < 0) {
            return file;
        }
        int bodyStart = text.indexOf('\n', close + 1);
        bodyStart = bodyStart < 0 ? text.length() : bodyStart + 1;
        DumperOptions dump = new DumperOptions();
        dump.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(dump), dump);
        Object loaded = yaml.load(text.substring(text.indexOf('\n') + 1, close + 1));
        Map<String, Object> map = loaded instanceof Map<?, ?> m ? castMap(m) : new HashMap<>();
        for (Map.Entry<String, Object> entry : map.entrySet()) {
            if (entry.getValue() instanceof String) {
                entry.setValue(NEW_VALUE);
                break;
            }
        }
        String out = "---\n" + (map.isEmpty() ? "" : yaml.dump(map)) + "---\n" + text.substring(bodyStart);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    /** Lines of either text that the other does not have, counted once per line. */
    static int changedLines(byte[] before, byte[] after) {
        Map<String, Integer> count = new HashMap<>();
        for (String line : new String(before, StandardCharsets.UTF_8).split("\n", -1)) {
            count.merge(line, 1, Integer::sum);
        }
        int added = 0;
        for (String line : new String(after, StandardCharsets.UTF_8).split("\n", -1)) {
            if (count.merge(line, -1, Integer::sum) < 0) {
                added++;
            }
        }
        int removed = count.values().stream().mapToInt(n -> Math.max(0, n)).sum();
        return Math.max(added, removed);
    }

    private static List<byte[]> load(Path folder) throws IOException {
        List<byte[]> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(path);
                try {
                    Document.parse(path.toString(), bytes);
                    files.add(bytes);
                } catch (DocumentException skipped) {
                    System.out.println("skipped: " + skipped.getMessage());
                }
            }
        }
        return files;
    }
}
