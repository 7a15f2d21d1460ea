package org.masthead.spell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Finds and loads the Hunspell dictionary for a language. A pair {@code xx_YY.aff} +
 * {@code xx_YY.dic} in one of the folders (the content folder's {@code .masthead/dictionaries},
 * then the user's) wins; {@code en_US} is bundled. A language given without a region
 * ({@code de}) takes the first region found ({@code de_AT} before {@code de_DE}, by name), and
 * {@code en} the bundled {@code en_US}. Each language is loaded once and kept.
 */
public final class Dictionaries {
    public static final String DEFAULT_LANGUAGE = "en_US";
    private static final String BUNDLED = "/org/masthead/spell/";

    private final List<Path> folders;
    private final Map<String, Optional<Speller>> loaded = new ConcurrentHashMap<>();

    /** Looks in {@code folders}, in order, before the bundled dictionary. */
    public Dictionaries(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    /** The dictionary folders of a content folder, and the user's: where {@link #Dictionaries} looks. */
    public static List<Path> foldersFor(Path contentFolder) {
        return List.of(contentFolder.resolve(".masthead").resolve("dictionaries"),
                UserFolder.path().resolve("dictionaries"));
    }

    /**
     * {@code en-US}, {@code en_us} and {@code EN_US} all as {@code en_US}; {@code de} stays {@code de}.
     * Null for a value that is no language tag at all.
     */
    public static String normalize(String tag) {
        if (tag == null) {
            return null;
        }
        String[] parts = tag.strip().replace('-', '_').split("_");
        if (parts.length == 0 || !letters(parts[0], 2, 3)) {
            return null;
        }
        String lang = parts[0].toLowerCase(Locale.ROOT);
        return parts.length > 1 && letters(parts[1], 2, 2) ? lang + "_" + parts[1].toUpperCase(Locale.ROOT) : lang;
    }

    /** ASCII letters only, {@code min} to {@code max} of them (asked once per file, so no regular expression). */
    private static boolean letters(String text, int min, int max) {
        if (text.length() < min || text.length() > max) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = (char) (text.charAt(i) | 0x20);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /** The dictionary for {@code language} (normalized or not), or empty when there is none. */
    public Optional<Speller> forLanguage(String language) throws SpellException {
        String tag = normalize(language);
        if (tag == null) {
            return Optional.empty();
        }
        Optional<Speller> known = loaded.get(tag);
        if (known != null) {
            return known;
        }
        synchronized (this) {
            known = loaded.get(tag);
            if (known == null) {
                known = load(tag);
                loaded.put(tag, known);
            }
            return known;
        }
    }

    private static Dictionary bundledEnUs;

    private Optional<Speller> load(String tag) throws SpellException {
        for (Path folder : folders) {
            Optional<Path> aff = find(folder, tag);
            if (aff.isPresent()) {
                Path affFile = aff.get();
                String name = affFile.getFileName().toString();
                Path dic = affFile.resolveSibling(name.substring(0, name.length() - 4) + ".dic");
                try (InputStream affix = Files.newInputStream(affFile); InputStream words = Files.newInputStream(dic)) {
                    return Optional.of(new Speller(name.substring(0, name.length() - 4), read(affix, words, affFile)));
                } catch (IOException e) {
                    throw new SpellException(dic + ": cannot read this dictionary (" + e.getMessage()
                            + "). Give each .aff file its .dic beside it.");
                }
            }
        }
        if (tag.equals(DEFAULT_LANGUAGE) || tag.equals("en")) {
            return Optional.of(new Speller(DEFAULT_LANGUAGE, bundledDictionary()));
        }
        return Optional.empty();
    }

    /**
     * The bundled en_US dictionary, read once per process: it never changes, and every folder and
     * window would otherwise hold a copy of its tens of megabytes.
     */
    private static synchronized Dictionary bundledDictionary() throws SpellException {
        if (bundledEnUs == null) {
            try (InputStream affix = bundled("en_US.aff"); InputStream words = bundled("en_US.dic")) {
                bundledEnUs = read(affix, words, Path.of("en_US.aff"));
            } catch (IOException e) {
                throw new SpellException("the bundled en_US dictionary cannot be read: " + e.getMessage());
            }
        }
        return bundledEnUs;
    }

    private static InputStream bundled(String name) throws IOException {
        InputStream in = Dictionaries.class.getResourceAsStream(BUNDLED + name);
        if (in == null) {
            throw new IOException("resource " + BUNDLED + name + " is missing from the build");
        }
        return in;
    }

    private static Dictionary read(InputStream affix, InputStream words, Path aff) throws IOException, SpellException {
        try {
            return new Dictionary(new ByteBuffersDirectory(), "hunspell", affix, words);
        } catch (ParseException e) {
            throw new SpellException(aff + ":" + Math.max(1, e.getErrorOffset()) + ": this is not a Hunspell affix file ("
                    + e.getMessage() + "). Use the .aff/.dic pair of a Hunspell or LibreOffice dictionary.");
        } catch (RuntimeException e) {
            throw new SpellException(aff + ": this dictionary cannot be read (" + e.getMessage()
                    + "). Use the .aff/.dic pair of a Hunspell or LibreOffice dictionary.");
        }
    }

    /** {@code folder/tag.aff} with its {@code .dic}; for a bare language, the first {@code lang_XX.aff} by name. */
    private static Optional<Path> find(Path folder, String tag) throws SpellException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        Path exact = folder.resolve(tag + ".aff");
        if (Files.isRegularFile(exact) && Files.isRegularFile(folder.resolve(tag + ".dic"))) {
            return Optional.of(exact);
        }
        if (tag.contains("_")) {
            return Optional.empty();
        }
        List<Path> regions = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, tag + "_*.aff")) {
            files.forEach(regions::add);
        } catch (IOException e) {
            throw new SpellException(folder + ": cannot list this dictionaries folder: " + e.getMessage());
        }
        return regions.stream().sorted().filter(p -> {
            String name = p.getFileName().toString();
            return Files.isRegularFile(p.resolveSibling(name.substring(0, name.length() - 4) + ".dic"));
        }).findFirst();
    }
}
