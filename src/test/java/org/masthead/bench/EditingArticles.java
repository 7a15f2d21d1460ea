package org.masthead.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.masthead.document.BodyCodec;
import org.masthead.document.Document;
import org.masthead.document.KeyPath;

/**
 * The articles the editing benchmarks type into: the largest real reference article, a synthetic
 * 6 KB one, and two 1 MB ones (a reference article whose one-line {@code answer} is 1 MB, and a
 * plain Markdown file whose 1 MB body follows the front matter). The big Markdown is the real
 * QuickTakes answers one after another until the size is reached, so it has the corpus's mix of
 * headings, lists, code, tables and math. The output is the same on every run.
 */
public final class EditingArticles {
    /** Size of the big articles, in bytes. */
    public static final int MEGABYTE = 1_000_000;

    private EditingArticles() {
    }

    /** The named articles written into {@code dir}, smallest first. */
    public record Article(String name, Path file) {
    }

    /** Writes the synthetic articles to {@code dir} and returns them with the largest corpus one. */
    public static List<Article> write(Path corpus, Path samples, Path dir) throws Exception {
        Files.createDirectories(dir);
        List<Article> out = new ArrayList<>();
        Path largest = largestReference(corpus, samples);
        Path real = dir.resolve("real-" + largest.getFileName());
        Files.copy(largest, real, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        out.add(new Article("reference, largest real (" + kb(real) + ")", real));
        Path six = dir.resolve("synthetic-6k.md");
        Files.writeString(six, sixKilobytes());
        out.add(new Article("reference, synthetic (" + kb(six) + ")", six));
        List<String> answers = answers(corpus.resolve("quicktakes"));
        Path refBig = dir.resolve("reference-1mb.md");
        Files.write(refBig, referenceMegabyte(Files.readString(largest), answers));
        out.add(new Article("reference, 1 MB answer", refBig));
        Path plainBig = dir.resolve("plain-1mb.md");
        Files.write(plainBig, plainMegabyte(answers));
        out.add(new Article("plain Markdown, 1 MB body", plainBig));
        return out;
    }

    private static String kb(Path file) throws IOException {
        return String.format("%.1f KB", Files.size(file) / 1024.0);
    }

    /** The largest reference-format article of the corpus's quicktakes and the samples. */
    static Path largestReference(Path corpus, Path samples) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(corpus.resolve("quicktakes"), samples)) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    s.filter(p -> p.toString().endsWith(".md")).forEach(files::add);
                }
            }
        }
        return files.stream().max(Comparator.comparingLong(p -> p.toFile().length()))
                .orElseThrow(() -> new IOException("no articles under " + corpus + " or " + samples));
    }

    /** A synthetic reference article of 6,000 to 6,300 bytes, the same one on every run. */
    static String sixKilobytes() {
        GenerateArticles generator = new GenerateArticles(6144);
        for (long id = 1; ; id++) {
            String title = generator.title();
            String text = generator.article(id, title, "six-kilobytes", 1, 100);
            int bytes = text.getBytes(StandardCharsets.UTF_8).length;
            if (bytes >= 6000 && bytes <= 6300) {
                return text;
            }
        }
    }

    /** The decoded Markdown of every quicktake's answer, in file-name order. */
    public static List<String> answers(Path quicktakes) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(quicktakes)) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        List<String> out = new ArrayList<>();
        for (Path file : files) {
            Document.parse(file).getString(KeyPath.of("answer")).map(BodyCodec::decode).ifPresent(out::add);
        }
        if (out.isEmpty()) {
            throw new IOException("no answers in " + quicktakes);
        }
        return out;
    }

    /** Answers one after another, as Markdown, until {@code bytes} UTF-8 bytes. */
    static String markdownOf(List<String> answers, int bytes) {
        StringBuilder md = new StringBuilder(bytes + 8192);
        int size = 0;
        for (int i = 0; size < bytes; i++) {
            String part = (i == 0 ? "" : "\n\n") + answers.get(i % answers.size());
            md.append(part);
            size += part.getBytes(StandardCharsets.UTF_8).length;
        }
        return cut(md.toString(), bytes);
    }

    /** Cuts at the last paragraph break that keeps the text within {@code bytes}. */
    private static String cut(String text, int bytes) {
        while (text.getBytes(StandardCharsets.UTF_8).length > bytes) {
            int end = text.lastIndexOf("\n\n");
            text = text.substring(0, end);
        }
        return text;
    }

    /** {@code template} (a reference article) with its answer replaced by a 1 MB one, file size 1 MB. */
    public static byte[] referenceMegabyte(String template, List<String> answers) throws Exception {
        Document doc = Document.parse("template.md", template.getBytes(StandardCharsets.UTF_8));
        int rest = template.getBytes(StandardCharsets.UTF_8).length
                - doc.getString(KeyPath.of("answer")).orElseThrow().getBytes(StandardCharsets.UTF_8).length;
        // Encoding adds no bytes except where Markdown holds line breaks (two bytes for one).
        String markdown = markdownOf(answers, MEGABYTE - rest);
        while (BodyCodec.encode(markdown).getBytes(StandardCharsets.UTF_8).length > MEGABYTE - rest) {
            markdown = markdown.substring(0, markdown.lastIndexOf("\n\n"));
        }
        return doc.withMarkdown(markdown).toBytes();
    }

    /** A plain Markdown page: short YAML front matter, then a 1 MB body. */
    public static byte[] plainMegabyte(List<String> answers) {
        String front = "---\ntitle: A long page of answers\ndate: 2025-02-06\ndraft: false\n---\n";
        return (front + markdownOf(answers, MEGABYTE - front.length())).getBytes(StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws Exception {
        for (Article a : write(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]))) {
            System.out.printf("%-40s %9d bytes  %s%n", a.name(), Files.size(a.file()), a.file());
        }
    }
}
