package org.masthead.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.masthead.bench.EditingArticles;
import org.masthead.document.Document;
import org.masthead.session.ArticleSession;
import org.masthead.session.Pages;

/**
 * The render work of one keystroke, off the FX thread, as the window does it: encode the editor's
 * Markdown into the document ({@link Document#withMarkdown}, what {@code ArticleSession.snapshot()}
 * runs) and render the preview's content ({@link Pages#article}); and, separately, the editor's
 * highlighting ({@link MarkdownStyler#style}). Each keystroke inserts one more character in the
 * middle of the article, so every measured render sees new text. "Render" re-renders only the
 * blocks around the edit, as the preview does; "render whole" is the same page rendered from
 * nothing, the cost of every keystroke before that. The floor is commonmark-java's plain parser
 * and HTML renderer, with no extension, on the same Markdown.
 *
 * <p>Usage: {@code RenderBench CORPUS SAMPLES WORKDIR [KEYSTROKES] [BIG_KEYSTROKES]}; times are
 * the median, 95th percentile and maximum over the keystrokes, after as many warm-up ones.
 */
public final class RenderBench {
    // one set of pages, as the window keeps: a new one would write a new shell and reload the preview
    private static final Pages PAGES = new Pages();
    private static final String TYPED = "Typing a sentence into the middle of this article, one key at a time. ";

    private RenderBench() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        Path samples = Path.of(args.length > 1 ? args[1] : "samples");
        Path work = Path.of(args.length > 2 ? args[2] : "target/editing-bench");
        int keys = args.length > 3 ? Integer.parseInt(args[3]) : 400;
        int bigKeys = args.length > 4 ? Integer.parseInt(args[4]) : 60;
        List<EditingArticles.Article> articles = EditingArticles.write(corpus, samples, work);
        System.out.printf("load average %s; times in ms: median / p95 / max%n", LoadAverage.now());
        System.out.printf("%-34s %6s %-20s %-20s %-20s %-20s %-20s %-20s%n", "article", "keys",
                "encode", "render", "encode+render", "render whole", "highlight", "floor: commonmark");
        for (EditingArticles.Article article : articles) {
            int n = Files.size(article.file()) > 100_000 ? bigKeys : keys;
            run(article, n);
        }
        System.out.printf("load average %s%n", LoadAverage.now());
    }

    private static void run(EditingArticles.Article article, int keys) throws Exception {
        Document doc = Document.parse(article.file());
        String markdown = doc.markdown();
        int at = insertionPoint(markdown);
        Parser parser = Parser.builder().build();
        HtmlRenderer html = HtmlRenderer.builder().build();
        double[] encode = new double[keys];
        double[] render = new double[keys];
        double[] total = new double[keys];
        double[] style = new double[keys];
        double[] floor = new double[keys];
        double[] whole = new double[keys];
        org.masthead.render.PageOptions options = org.masthead.render.PageOptions.preview().withBlockMarks(true)
                .withPageScripts(false);
        int sink = 0;
        for (int k = -keys; k < keys; k++) {
            int typed = k + keys + 1;
            String text = markdown.substring(0, at) + typed(typed) + markdown.substring(at);
            long t0 = System.nanoTime();
            doc = doc.withMarkdown(text);
            long t1 = System.nanoTime();
            Pages.Preview page = PAGES.article(doc, article.file(), false, false);
            long t2 = System.nanoTime();
            sink += page.blocks().blocks().size();
            sink += time(() -> MarkdownStyler.style(text).length(), style, k);
            sink += time(() -> html.render(parser.parse(text)).length(), floor, k);
            // a page that has rendered nothing yet renders the whole text, as before incremental renders
            Document rendered = doc;
            sink += time(() -> new org.masthead.render.ArticlePage(options)
                    .renderContent(org.masthead.render.ArticleViews.of(rendered)).length(), whole, k);
            if (k >= 0) {
                encode[k] = (t1 - t0) / 1e6;
                render[k] = (t2 - t1) / 1e6;
                total[k] = (t2 - t0) / 1e6;
            }
        }
        System.out.printf("%-34s %6d %-20s %-20s %-20s %-20s %-20s %-20s%s%n", article.name(), keys, stats(encode),
                stats(render), stats(total), stats(whole), stats(style), stats(floor), sink == 42 ? " " : "");
    }

    private static int time(Supplier<Integer> work, double[] into, int k) {
        long t0 = System.nanoTime();
        int result = work.get();
        if (k >= 0) {
            into[k] = (System.nanoTime() - t0) / 1e6;
        }
        return result;
    }

    /** The end of the paragraph nearest the middle: where a writer would be adding a sentence. */
    static int insertionPoint(String markdown) {
        int middle = markdown.length() / 2;
        int end = markdown.indexOf('\n', middle);
        return end < 0 ? markdown.length() : end;
    }

    static String typed(int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append(TYPED.charAt(i % TYPED.length()));
        }
        return out.toString();
    }

    static String stats(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return String.format("%.2f / %.2f / %.2f", percentile(sorted, 50), percentile(sorted, 95),
                sorted[sorted.length - 1]);
    }

    static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** The 1-minute load average, for the record. */
    static final class LoadAverage {
        private LoadAverage() {
        }

        static String now() {
            try {
                String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
                return parts[0] + " " + parts[1] + " " + parts[2];
            } catch (java.io.IOException e) {
                return String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
            }
        }
    }
}
