package org.masthead.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.masthead.document.BodyCodec;
import org.masthead.seo.text.ArticleText;
import org.masthead.seo.text.Decimals;
import org.masthead.seo.text.Keyphrase;
import org.masthead.seo.text.Passive;
import org.masthead.seo.text.Readability;

/**
 * The text checks' own work, alone: every article's one-line {@code answer} of a
 * {@link GenerateArticles} folder, decoded once, then per round read as prose ({@link ArticleText}),
 * its Flesch figures written, each sentence tested for the passive voice and a keyphrase counted in
 * it. Prints the main thread's CPU time per round: steadier than a whole {@code check} on a loaded
 * machine, as other processes do not add to it. Run it with {@code bin/masthead}'s JIT flags.
 *
 * <p>Usage: {@code TextPiecesBench DIR [ROUNDS]}.
 */
public final class TextPiecesBench {
    private TextPiecesBench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> bodies = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                boolean next = false;
                for (String line : Files.readAllLines(file)) {
                    if (next && line.startsWith("    ")) {
                        bodies.add(BodyCodec.decode(line.strip()));
                    }
                    next = line.startsWith("answer:");
                }
            }
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Keyphrase phrase = Keyphrase.of("filter enzyme");
        long sum = 0;
        List<Long> ms = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (String body : bodies) {
                ArticleText text = ArticleText.of(body);
                Readability r = text.readability();
                sum += r.syllables() + Decimals.oneDecimal(r.score()).length();
                for (List<String> sentence : text.sentences()) {
                    sum += (Passive.isPassive(sentence) ? 1 : 0) + phrase.occurrences(sentence);
                }
            }
            ms.add((threads.getCurrentThreadCpuTime() - start) / 1_000_000);
        }
        List<Long> sorted = new ArrayList<>(ms);
        sorted.sort(null);
        System.out.printf("%d bodies; thread CPU per round %s ms, median %d ms (checksum %d)%n", bodies.size(), ms,
                sorted.get(sorted.size() / 2), sum);
    }
}
