package org.masthead.seo.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The prose of an article's Markdown, as its readers read it: paragraphs, list items and
 * headings in order, each with its text, its 0-based line in the Markdown, its sentences and
 * words; and the alt text of each image ({@code ![alt](…)} and HTML {@code <img alt>}). It is
 * parsed with commonmark as the preview parses it; code spans and blocks, HTML, tables, math
 * ({@code $…$}, {@code $$…$$}, {@code \(…\)}, {@code \[…\]}) and template tags (Hugo shortcodes,
 * Liquid) are left out, so no Markdown syntax is ever counted as a word. The text between a
 * paired shortcode's tags is prose and counts.
 *
 * <pre>ArticleText text = ArticleText.of(markdown);
 * int words = text.wordCount();</pre>
 */
public final class ArticleText {
    /** What a block of prose is. */
    public enum Kind { PARAGRAPH, LIST_ITEM, HEADING }

    /**
     * One block of prose: its kind, its heading level (1–6, 0 for other blocks), its text, the
     * 0-based line in the Markdown where it starts, and its sentences, each as its words.
     */
    public static final class Block {
        private final Kind kind;
        private final int level;
        private final int line;
        private final char[] chars;
        private final int from;
        private final int to;
        private final List<List<String>> sentences;
        private final int words;
        private String text;

        private Block(Kind kind, int level, int line, char[] chars, int from, int to, WordCutter cutter) {
            this.kind = kind;
            this.level = level;
            this.line = line;
            this.chars = chars;
            this.from = from;
            this.to = to;
            if (kind == Kind.HEADING) {
                WordList words = cutter.words(from, to);
                this.sentences = words.isEmpty() ? List.of() : List.of(words);
            } else {
                this.sentences = cutter.sentences(from, to);
            }
            int n = 0;
            for (List<String> s : sentences) {
                n += s.size();
            }
            this.words = n;
        }

        public Kind kind() {
            return kind;
        }

        public int level() {
            return level;
        }

        /** The text as a browser shows it, white space collapsed; made only when asked for. */
        public String text() {
            if (text == null) {
                text = new String(chars, from, to - from);
            }
            return text;
        }

        public int line() {
            return line;
        }

        public List<List<String>> sentences() {
            return sentences;
        }

        public int wordCount() {
            return words;
        }
    }

    /** An image's alt text and the 0-based line it is on. */
    public record Alt(String text, int line) {
    }

    private final List<Block> blocks;
    private final List<Alt> alts;

    private ArticleText(List<Block> blocks, List<Alt> alts) {
        this.blocks = blocks;
        this.alts = List.copyOf(alts);
    }

    public static ArticleText of(String markdown) {
        return of(markdown, false);
    }

    /** {@link #of}, parsed by commonmark alone: what the short ways of reading are held to. */
    static ArticleText ofCommonmark(String markdown) {
        return of(markdown, true);
    }

    private static ArticleText of(String markdown, boolean commonmark) {
        ProseReader read = ProseReader.read(markdown == null ? "" : markdown, commonmark);
        // the words are cut once all the prose is written: they are ranges of its final array
        char[] chars = read.chars();
        List<Block> blocks = new ArrayList<>(read.found.size());
        WordCutter cutter = new WordCutter(chars, read.found.isEmpty() ? 0 : read.found.get(read.found.size() - 1).to());
        for (ProseReader.Found f : read.found) {
            Block block = new Block(f.kind(), f.level(), f.line(), chars, f.from(), f.to(), cutter);
            if (f.kind() == Kind.HEADING || block.wordCount() > 0) {
                blocks.add(block);
            }
        }
        return new ArticleText(Collections.unmodifiableList(blocks), read.alts);
    }

    /** Paragraphs, list items and headings, in the order of the Markdown. */
    public List<Block> blocks() {
        return blocks;
    }

    public List<Alt> alts() {
        return alts;
    }

    /** The headings, in order. */
    public List<Block> headings() {
        return blocks.stream().filter(b -> b.kind() == Kind.HEADING).toList();
    }

    /** The first block of prose that is not a heading, or null when there is none. */
    public Block firstParagraph() {
        for (Block b : blocks) {
            if (b.kind() != Kind.HEADING) {
                return b;
            }
        }
        return null;
    }

    /** The words of the prose, headings left out, as Flesch counts them. */
    public int wordCount() {
        int n = 0;
        for (Block b : blocks) {
            if (b.kind() != Kind.HEADING) {
                n += b.wordCount();
            }
        }
        return n;
    }

    /** The sentences of the prose, headings left out, in order. */
    public List<List<String>> sentences() {
        if (sentences == null) {
            List<List<String>> out = new ArrayList<>();
            for (Block b : blocks) {
                if (b.kind() != Kind.HEADING) {
                    out.addAll(b.sentences());
                }
            }
            sentences = List.copyOf(out);
        }
        return sentences;
    }

    private List<List<String>> sentences;

    /** Flesch reading ease of the prose, headings left out. */
    public Readability readability() {
        int words = 0;
        int syllables = 0;
        int sentences = 0;
        for (List<String> s : sentences()) {
            sentences++;
            words += s.size();
            syllables += Syllables.count(s);
        }
        return Readability.of(words, sentences, syllables);
    }
}
