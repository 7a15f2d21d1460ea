package org.masthead.spell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.masthead.content.ConfigFile;
import org.masthead.document.DocumentException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The {@code spell:} section of a folder's {@code .masthead.yml}: {@code language}, the
 * language of articles that name none ({@code en_US} when the section does not say).
 */
public record SpellSettings(String language) {
    static final List<String> KEYS = List.of("language");

    public static SpellSettings load(Path folder) throws SpellException {
        try {
            Optional<ConfigFile> file = ConfigFile.inFolder(folder);
            if (file.isEmpty()) {
                return new SpellSettings(Dictionaries.DEFAULT_LANGUAGE);
            }
            return read(file.get());
        } catch (DocumentException e) {
            throw new SpellException(e.getMessage());
        } catch (IOException e) {
            throw new SpellException(folder.resolve(ConfigFile.NAME) + ": cannot read: " + e.getMessage());
        }
    }

    static SpellSettings read(ConfigFile file) throws DocumentException {
        Optional<Node> section = file.section("spell");
        if (section.isEmpty()) {
            return new SpellSettings(Dictionaries.DEFAULT_LANGUAGE);
        }
        Map<String, Node> spell = file.mapping(section.get(), "spell");
        file.checkKeys(spell, KEYS, "spell");
        Node language = spell.get("language");
        if (language == null) {
            return new SpellSettings(Dictionaries.DEFAULT_LANGUAGE);
        }
        String value = file.scalar(language, "spell.language");
        if (Dictionaries.normalize(value) == null) {
            throw file.error(language, "spell.language '" + value + "' is not a language tag.",
                    "Write a tag such as en_US, en-GB or de.");
        }
        return new SpellSettings(value);
    }
}
