package org.masthead.spell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.masthead.content.InputSchema;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.KeyPath;
import org.masthead.document.MapField;

/**
 * Spelling for one content folder: its settings, its schema, the dictionaries it can reach and
 * the words it accepts (the folder dictionary, the personal one, and the words ignored per
 * article in this session). Safe to use from many threads: the command line checks files in
 * parallel, the window on its own lane.
 */
public final class FolderSpelling {
    private final SpellSettings settings;
    private final InputSchema schema;
    private final Dictionaries dictionaries;
    private final WordList folderWords;
    private final WordList personalWords;
    private final String forcedLanguage;
    // words ignored in one article, by its path: kept for this session only, never written
    private final ConcurrentHashMap<String, Set<String>> ignored = new ConcurrentHashMap<>();

    private FolderSpelling(SpellSettings settings, InputSchema schema, Dictionaries dictionaries, WordList folderWords,
                           WordList personalWords, String forcedLanguage) {
        this.settings = settings;
        this.schema = schema;
        this.dictionaries = dictionaries;
        this.folderWords = folderWords;
        this.personalWords = personalWords;
        this.forcedLanguage = forcedLanguage;
    }

    /**
     * Reads {@code folder}'s settings, schema and word lists (IO: off the FX thread). With
     * {@code language}, every article is checked in it, whatever it names.
     */
    public static FolderSpelling open(Path folder, String language) throws SpellException {
        InputSchema schema;
        try {
            schema = InputSchema.load(folder);
        } catch (DocumentException e) {
            throw new SpellException(e.getMessage());
        } catch (IOException e) {
            throw new SpellException(folder + ": cannot read the schema: " + e.getMessage());
        }
        if (language != null && Dictionaries.normalize(language) == null) {
            throw new SpellException("'" + language + "' is not a language tag. Give one such as en_US, en-GB or de.");
        }
        return new FolderSpelling(SpellSettings.load(folder), schema, new Dictionaries(Dictionaries.foldersFor(folder)),
                WordList.ofFolder(folder), WordList.personal(), language);
    }

    /** The language {@code doc} is checked in: the one forced, its own, the folder's, or en_US. */
    public String languageOf(Document doc) {
        return languageOf(doc.root());
    }

    /** The language of an article whose front matter is {@code root}: the one forced, its own, the folder's, or en_US. */
    public String languageOf(MapField root) {
        if (forcedLanguage != null) {
            return forcedLanguage;
        }
        return ArticleSpelling.language(root).orElse(settings.language());
    }

    /** The dictionary for {@code language}, loaded on first use; empty when no folder has one. */
    public Optional<Speller> speller(String language) throws SpellException {
        return dictionaries.forLanguage(language);
    }

    public InputSchema schema() {
        return schema;
    }

    public WordList folderWords() {
        return folderWords;
    }

    /** Whether a word list, or the article's ignored words, hold {@code word}. */
    public boolean accepts(String article, String word) {
        if (folderWords.accepts(word) || personalWords.accepts(word)) {
            return true;
        }
        Set<String> skip = article == null ? null : ignored.get(article);
        return skip != null && skip.contains(word);
    }

    /** Stops reporting {@code word} in the article at {@code article} until the window closes. */
    public void ignore(String article, String word) {
        ignored.compute(article, (key, words) -> {
            Set<String> more = words == null ? new HashSet<>() : new HashSet<>(words);
            more.add(word);
            return Set.copyOf(more);
        });
    }

    public void addToFolderDictionary(String word) throws SpellException {
        folderWords.add(word);
    }

    public void addToPersonalDictionary(String word) throws SpellException {
        personalWords.add(word);
    }

    /** The misspellings of a file read by a fast reader (see {@link ArticleSpelling#check(String, String, MapField, KeyPath, int, InputSchema, Speller, java.util.function.Predicate, boolean)}). */
    public List<Misspelling> check(String path, String text, MapField root, KeyPath body, int bodyStart, Speller speller,
                                   boolean suggest) {
        return ArticleSpelling.check(path, text, root, body, bodyStart, schema, speller, word -> accepts(path, word),
                suggest);
    }

    /** The misspellings of {@code doc}, named {@code path} in them; empty with {@code speller} absent. */
    public List<Misspelling> check(String path, Document doc, Speller speller, boolean suggest) {
        return ArticleSpelling.check(path, doc, schema, speller, word -> accepts(path, word), suggest);
    }
}
