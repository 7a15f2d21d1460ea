package org.masthead.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.masthead.content.Slugs;

/**
 * Writes synthetic articles in the reference format (see shared/FORMAT.md), shaped like the
 * QuickTakes corpus: the same keys in the same order, folded and plain titles, a one-line
 * {@code answer} with literal {@code \n}, LaTeX and non-ASCII text, 0 to 5 related articles,
 * no final newline. Sizes run from about 3 KB to 9 KB, about 6 KB on average. The output is
 * the same for the same count, so benchmark runs compare like with like.
 *
 * <p>Usage: {@code GenerateArticles DIR COUNT [FIRST_ID]}.
 */
public final class GenerateArticles {
    private static final String[] SUBJECTS = {
        "Mathematics", "Computer Science", "Engineering", "Physics", "Economics", "Chemistry",
        "Digital media", "Psychology", "Biology", "Computer science"};
    private static final String[] OPENERS = {
        "How does", "What is", "How is", "What are", "Explain", "How can", "Why is", "Can you describe"};
    private static final String[] WORDS = (
        "vector matrix estimator circuit comparator transform series harmonic network neural weight bias "
        + "gradient algorithm checksum router protocol stability controller feedback derivative integral "
        + "function variable hypothesis regression variance entropy signal filter kernel equation system "
        + "model theory method process element structure analysis response frequency voltage current "
        + "probability distribution sample population market demand supply elasticity equilibrium "
        + "cell enzyme protein membrane reaction molecule bond energy momentum field charge potential "
        + "well-known non-linear real-time first-order Fourier Laplace Bayesian Markov Euler Newton").split(" ");
    private static final String[] FLOURISHES = {
        " Consider $x^2 + y^2 = r^2$ here.", " The condition $a \\neq b$ matters.", " We use $$\\nabla \\cdot E = \\rho$$ often.",
        " In short, \\(f(x) \\approx f(a)\\) near a.", " It’s common to write ±5% → see below.",
        " A \"quoted\" term appears.", "\\n\\n```python\\nprint(\\\"hi\\\")\\n```", " Costs fall by 3–4 units."};

    private final Random random;
    private final Set<String> names = new HashSet<>();

    public GenerateArticles(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: GenerateArticles DIR COUNT [FIRST_ID]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long firstId = args.length > 2 ? Long.parseLong(args[2]) : 1000;
        long bytes = new GenerateArticles(42).write(dir, count, firstId);
        System.out.printf("wrote %d articles, %.1f MB, to %s%n", count, bytes / 1e6, dir);
    }

    /** Writes {@code count} articles into {@code dir} with ids from {@code firstId}; returns the bytes written. */
    public long write(Path dir, int count, long firstId) throws IOException {
        Files.createDirectories(dir);
        long total = 0;
        for (int i = 0; i < count; i++) {
            long id = firstId + i;
            String title = title();
            String slug = Slugs.slug(title);
            String name = slug;
            for (int n = 2; !names.add(name); n++) {
                name = slug + "-" + n;
            }
            byte[] text = article(id, title, name, firstId, count).getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(name + ".md"), text);
            total += text.length;
        }
        return total;
    }

    /** One article; related ids point at other articles of the same run, as on the real site. */
    public String article(long id, String title, String name, long firstId, int count) {
        String subject = pick(SUBJECTS);
        boolean folded = random.nextInt(62) < 44;
        LocalDate date = LocalDate.of(2024, 9, 1).plusDays(random.nextInt(200));
        StringBuilder out = new StringBuilder(8192);
        out.append("---\n_schema: default\nid: ").append(id).append("\ndate: ").append(date).append('\n');
        titled(out, "title", title, folded, 4);
        titled(out, "article_title", title, folded, 4);
        out.append("date_format: MMM DD, YYYY\npost_on_text: Posted on\nseo:\n");
        out.append("  title: QuickTakes | ").append(subject).append('\n');
        out.append("  page_description: >-\n    ").append(sentences(1 + random.nextInt(3))).append('\n');
        out.append("  page_keywords: >-\n    ").append(keywords()).append('\n');
        out.append("author: QuickTakes\nquestion: >-\n    ").append(title).append('\n');
        out.append("answer: >-\n    ").append(answer()).append('\n');
        out.append("subject: ").append(subject).append('\n');
        out.append("file_name: ").append(name).append(".md\n");
        out.append("url: /learn/").append(Slugs.slug(subject)).append("/questions/").append(name).append('\n');
        if (random.nextInt(10) > 0) {
            out.append("score: -1.0\n");
        }
        int related = random.nextInt(6);
        for (int n = 1; n <= related; n++) {
            long other = firstId + random.nextInt(Math.max(1, count));
            String otherTitle = title();
            String otherSubject = pick(SUBJECTS);
            out.append("related_article").append(n).append(":\n    id: ").append(other).append('\n');
            titled(out, "    title", otherTitle, true, 8);
            out.append("    subject: ").append(otherSubject).append('\n');
            out.append("    url: /learn/").append(Slugs.slug(otherSubject)).append("/questions/")
                    .append(Slugs.slug(otherTitle)).append('\n');
        }
        out.append("---\n\n&nbsp;");
        return out.toString();
    }

    private static void titled(StringBuilder out, String key, String value, boolean folded, int indent) {
        out.append(key).append(':');
        if (folded) {
            out.append(" >-\n").append(" ".repeat(indent)).append(value).append('\n');
        } else {
            out.append(' ').append(value).append('\n');
        }
    }

    public String title() {
        StringBuilder t = new StringBuilder(pick(OPENERS)).append(' ');
        int words = 4 + random.nextInt(10);
        for (int i = 0; i < words; i++) {
            t.append(i == 0 ? "the " : (i % 4 == 0 ? ", and " : " ")).append(pick(WORDS));
        }
        return t.append(random.nextBoolean() ? "?" : ".").toString().replace(" ,", ",");
    }

    private String answer() {
        StringBuilder a = new StringBuilder(sentences(2));
        int points = 3 + random.nextInt(7);
        for (int p = 1; p <= points; p++) {
            a.append("\\n\\n").append(p).append(". **").append(capital(pick(WORDS))).append(' ')
                    .append(pick(WORDS)).append("**: ").append(sentences(2 + random.nextInt(3)));
            if (random.nextInt(3) == 0) {
                a.append(pick(FLOURISHES));
            }
        }
        return a.append("\\n\\nIn summary, ").append(sentences(2)).toString();
    }

    private String sentences(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                s.append(' ');
            }
            int words = 10 + random.nextInt(16);
            for (int w = 0; w < words; w++) {
                String word = pick(WORDS);
                s.append(w == 0 ? capital(word) : word).append(w == words - 1 ? "." : " ");
            }
        }
        return s.toString();
    }

    private String keywords() {
        StringBuilder k = new StringBuilder();
        int n = 6 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            k.append(i == 0 ? "" : ", ").append(pick(WORDS)).append(' ').append(pick(WORDS));
        }
        return k.toString();
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }

    private static String capital(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
