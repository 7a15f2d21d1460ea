package org.masthead.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.masthead.content.site.Site;
import org.masthead.content.site.SiteDetector;
import org.masthead.document.DocumentException;
import org.masthead.seo.SeoConfig;
import org.masthead.seo.SeoRules;
import org.masthead.seo.SiteFields;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code site DIR [--format text|json]}: the site a folder belongs to and the fields the checks read. */
@Command(name = "site", mixinStandardHelpOptions = true, description = {
    "Print the static site a content folder belongs to (Hugo, Jekyll, Eleventy, Astro, Docusaurus, MkDocs,",
    "CloudCannon), what was read from its config, and which front-matter field each check reads.",
    "Exit 0: printed; 2: usage or IO error, or a .masthead.yml that does not read."})
public final class SiteCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "DIR", description = "A content folder.")
    Path folder;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(folder)) {
            err.println("masthead: " + folder + ": no such folder. Give a content folder.");
            return 2;
        }
        Site site = SiteDetector.detect(folder);
        SeoRules rules;
        try {
            rules = SeoConfig.load(folder, site);
        } catch (DocumentException e) {
            err.println("masthead: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("masthead: cannot read " + folder + ": " + e.getMessage());
            return 2;
        }
        Map<String, Object> facts = facts(site, rules);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? json(facts) : text(facts));
        out.flush();
        return 0;
    }

    static Map<String, Object> facts(Site site, SeoRules rules) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("generator", site.generator().label());
        out.put("root", site.root().toString());
        out.put("config", site.config() == null ? "" : site.config().toString());
        out.put("content", site.contentDir().toString());
        out.put("base_url", site.baseUrl());
        out.put("default_language", site.defaultLanguage());
        out.put("permalinks", site.permalinks());
        out.put("taxonomies", site.taxonomies());
        out.put("excluded", site.excludes());
        out.put("not_rendered", site.unrendered().stream().filter(p -> !p.startsWith(Site.RENDERED)).toList());
        out.put("archetypes", site.archetypes());
        out.put("profile", rules.profile());
        out.put("fields", SiteFields.byRole(rules.fields()));
        out.put("required", rules.requiredBySection().isEmpty() ? Map.of("", rules.required())
                : rules.requiredBySection());
        out.put("notes", site.notes());
        return out;
    }

    private static String text(Map<String, Object> facts) {
        StringBuilder out = new StringBuilder();
        facts.forEach((key, value) -> {
            if (value instanceof Map<?, ?> map) {
                out.append(key).append(':').append(map.isEmpty() ? " (none)" : "").append('\n');
                map.forEach((k, v) -> out.append("  ").append(String.valueOf(k).isEmpty() ? "(all)" : k).append(": ")
                        .append(v instanceof List<?> l ? String.join(", ", l.stream().map(String::valueOf).toList())
                                : String.valueOf(v).isEmpty() ? "(none)" : v).append('\n'));
            } else if (value instanceof List<?> list) {
                out.append(key).append(": ").append(list.isEmpty() ? "(none)"
                        : String.join(", ", list.stream().map(String::valueOf).toList())).append('\n');
            } else {
                out.append(key).append(": ").append(String.valueOf(value).isEmpty() ? "(none)" : value).append('\n');
            }
        });
        return out.toString();
    }

    private static String json(Map<String, Object> facts) {
        StringWriter buffer = new StringWriter();
        try (JsonGenerator gen = new JsonFactory().createGenerator(buffer)) {
            gen.useDefaultPrettyPrinter();
            write(gen, facts);
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return buffer + "\n";
    }

    private static void write(JsonGenerator gen, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            gen.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                gen.writeFieldName(String.valueOf(e.getKey()));
                write(gen, e.getValue());
            }
            gen.writeEndObject();
        } else if (value instanceof List<?> list) {
            gen.writeStartArray();
            for (Object item : list) {
                write(gen, item);
            }
            gen.writeEndArray();
        } else {
            gen.writeString(String.valueOf(value));
        }
    }
}
