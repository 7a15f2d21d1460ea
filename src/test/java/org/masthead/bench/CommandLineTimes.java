package org.masthead.bench;

import static org.masthead.bench.FxBench.load;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The command line beside a window bench, in the same run: the CLI's {@code list} and {@code check}
 * with {@code bin/masthead}'s JVM flags and, when installed and the folder is a Hugo site's
 * {@code content}, {@code hugo list all}.
 */
final class CommandLineTimes {
    private CommandLineTimes() {
    }

    /** The CLI's list and check and Hugo's list, interleaved run by run; medians in seconds by name. */
    static Map<String, Double> medians(Path folder, int runs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        List<String> quick = List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp", cp,
                "org.masthead.App");
        Map<String, List<String>> commands = new java.util.LinkedHashMap<>();
        commands.put("list", concat(quick, "list", folder.toString()));
        commands.put("check", concat(quick, "check", folder.toString()));
        Path hugoSite = folder.getParent();
        Optional<String> hugo = which("hugo");
        if (hugo.isPresent() && Files.exists(hugoSite.resolve("hugo.toml")) && folder.getFileName().toString().equals("content")) {
            commands.put("hugo list all", List.of(hugo.get(), "list", "all", "--source", hugoSite.toString()));
        }
        // -Dbench.commands=list times only those (comma-separated): at 100,000 articles a check takes minutes
        String only = System.getProperty("bench.commands");
        if (only != null) {
            commands.keySet().retainAll(List.of(only.split(",")));
        }
        Map<String, List<Double>> times = new HashMap<>();
        for (int i = 0; i < runs; i++) {
            for (Map.Entry<String, List<String>> c : commands.entrySet()) {
                long start = System.nanoTime();
                Process p = new ProcessBuilder(c.getValue()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                p.waitFor();
                times.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add((System.nanoTime() - start) / 1e9);
            }
        }
        Map<String, Double> medians = new HashMap<>();
        System.out.printf("command line, %d runs side by side (load %s):%n", runs, load());
        for (String name : commands.keySet()) {
            List<Double> t = times.get(name);
            t.sort(Comparator.naturalOrder());
            medians.put(name, t.get(t.size() / 2));
            System.out.printf("  %-14s median %.2f s (runs %s)%n", name, t.get(t.size() / 2), t);
        }
        if (medians.containsKey("hugo list all") && medians.containsKey("check")) {
            System.out.printf("  check / hugo list all: %.2f; list / hugo list all: %.2f%n",
                    medians.get("check") / medians.get("hugo list all"), medians.get("list") / medians.get("hugo list all"));
        }
        return medians;
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }

    private static Optional<String> which(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) {
                return Optional.of(p.toString());
            }
        }
        return Optional.empty();
    }
}
