package org.masthead.spell;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.nio.charset.StandardCharsets;
import org.masthead.document.Document;
import org.masthead.document.FastFrontMatter;
import org.masthead.document.FileBytes;
import org.masthead.document.DocumentException;

/**
 * Spelling of many files of a folder at once, in parallel: what the command line prints. Files
 * that do not parse and languages without a dictionary are collected as one-line problems
 * instead of stopping the run.
 */
public final class SpellRun {
    /** What the run found: misspellings by path (in path order), unreadable files, languages with no dictionary. */
    public record Report(Map<String, List<Misspelling>> misspellings, List<String> unreadable,
                         Map<String, Set<String>> noDictionary, int files) {
        public int count() {
            return misspellings.values().stream().mapToInt(List::size).sum();
        }
    }

    private SpellRun() {
    }

    /**
     * Checks {@code files}, which lie under {@code folder}; each is named by its path relative to the
     * folder, or by {@code shown} when one file is checked alone.
     */
    public static Report check(FolderSpelling spelling, Path folder, List<Path> files, String shown) {
        Map<String, List<Misspelling>> found = new ConcurrentHashMap<>();
        Map<String, String> unreadable = new ConcurrentHashMap<>();
        Map<String, Set<String>> noDictionary = new ConcurrentHashMap<>();
        files.parallelStream().forEach(file -> {
            String path = shown != null ? shown : relative(folder, file);
            try {
                List<Misspelling> misspellings = checkFile(spelling, path, file, noDictionary);
                if (misspellings != null && !misspellings.isEmpty()) {
                    found.put(path, misspellings);
                }
            } catch (DocumentException e) {
                unreadable.put(path, e.getMessage());
            } catch (IOException e) {
                unreadable.put(path, file + ": cannot read: " + e.getMessage());
            } catch (SpellException e) {
                unreadable.put(path, e.getMessage());
            }
        });
        Map<String, Set<String>> missing = new TreeMap<>();
        noDictionary.forEach((language, paths) -> missing.put(language, new TreeSet<>(paths)));
        List<String> problems = new ArrayList<>(unreadable.entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList());
        return new Report(new TreeMap<>(found), problems, missing, files.size());
    }

    /**
     * One file's misspellings; null when its language has no dictionary (noted in {@code noDictionary}).
     * Plain reference-format files are read by the fast reader the SEO check uses, others by the
     * document model.
     */
    private static List<Misspelling> checkFile(FolderSpelling spelling, String path, Path file,
                                               Map<String, Set<String>> noDictionary)
            throws IOException, DocumentException, SpellException {
        byte[] bytes = FileBytes.read(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        FastFrontMatter.Result quick = text.indexOf('\uFFFD') >= 0 ? null : FastFrontMatter.read(text);
        Document doc = quick != null && quick.bodyPath() != null ? null : Document.parse(file.toString(), bytes);
        String language = doc != null ? spelling.languageOf(doc) : spelling.languageOf(quick.root());
        Optional<Speller> speller = spelling.speller(language);
        if (speller.isEmpty()) {
            noDictionary.computeIfAbsent(Dictionaries.normalize(language), k -> ConcurrentHashMap.newKeySet()).add(path);
            return null;
        }
        return doc != null ? spelling.check(path, doc, speller.get(), true)
                : spelling.check(path, text, quick.root(), quick.bodyPath(), -1, speller.get(), true);
    }

    static String relative(Path root, Path file) {
        return root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString()
                .replace(File.separatorChar, '/');
    }

}
