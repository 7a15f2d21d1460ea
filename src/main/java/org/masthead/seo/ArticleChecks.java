package org.masthead.seo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.masthead.content.Dates;
import org.masthead.document.Field;
import org.masthead.document.Graphemes;
import org.masthead.document.ListField;
import org.masthead.document.MapField;
import org.masthead.document.ScalarField;
import org.masthead.document.ScalarType;

/** The checks that need only the article itself. */
final class ArticleChecks {
    private final ArticleFields view;
    private final SeoRules rules;
    private final SeoRules.FieldNames f;
    private final Clock clock;
    private final String bodyPath;
    private final List<Finding> out = new ArrayList<>();

    private ArticleChecks(ArticleFields view, Clock clock) {
        this.view = view;
        this.rules = view.rules;
        this.f = rules.fields();
        this.clock = clock;
        this.bodyPath = view.bodyPath == null ? null : view.bodyPath.toString();
    }

    static List<Finding> run(ArticleFields view, Clock clock) {
        ArticleChecks checks = new ArticleChecks(view, clock);
        SitePage page = view.page();
        if (!page.judged()) {
            return checks.out; // not a page of the site: an include, a headless bundle, outside the content
        }
        if (page.placement() == org.masthead.content.site.Placement.DRAFT) {
            String why = view.rules.fields().draft().isEmpty() || view.field(view.rules.fields().draft()).isEmpty()
                    ? (view.rules.fields().published().isEmpty() || view.field(view.rules.fields().published()).isEmpty()
                    ? "it is in the drafts folder" : view.rules.fields().published() + " is false")
                    : view.rules.fields().draft() + " is true";
            checks.add(Checks.DRAFT, Severity.INFO, "", 1, "a draft: " + why
                    + ", so the site does not publish it yet; the checks below apply once it is.", null);
        } else {
            checks.required(page.placement() == org.masthead.content.site.Placement.LIST);
        }
        checks.titles();
        checks.description();
        checks.keywords();
        checks.out.addAll(SlugChecks.run(view));
        checks.date();
        checks.whitespace(view.root, "");
        return checks.out;
    }

    private void add(String check, Severity severity, String field, int line, String message, Fix fix) {
        if (rules.enabled(check)) {
            Finding finding = Finding.of(check, rules.severity(check, severity), field, line, message);
            out.add(fix == null ? finding : finding.withFix(fix));
        }
    }

    private void required(boolean listPage) {
        String section = rules.site() == null ? "" : rules.site().section(view.path);
        boolean inferred = !rules.requiredBySection().isEmpty();
        // A list page lists its section: only its title is asked of it.
        List<String> fields = listPage ? List.of(f.title()) : rules.requiredIn(section);
        for (String path : fields) {
            if (!path.isEmpty() && view.field(path).isEmpty()) {
                add(Checks.REQUIRED_FIELD, inferred ? Severity.WARNING : Severity.ERROR, path, view.missingLine(path),
                        path + " is missing; " + (inferred ? "the site's archetype or most pages of "
                        + (section.isEmpty() ? "the site" : section + "/") + " have it." : "every article needs it.")
                        + " Add it.", null);
            }
        }
    }

    private void titles() {
        if (f.title().isEmpty()) {
            return;
        }
        view.string(f.title()).filter(String::isBlank).ifPresent(t -> add(Checks.TITLE_EMPTY, Severity.ERROR,
                f.title(), view.line(f.title()), f.title() + " is empty; write the article's title.", null));
        String name = f.seoTitleOrTitle();
        Optional<String> seoTitle = view.string(name);
        if (seoTitle.isEmpty()) {
            return;
        }
        String text = Snippet.collapse(seoTitle.get());
        int line = view.line(name);
        if (text.isEmpty()) {
            if (!f.seoTitle().isEmpty()) {
                add(Checks.SEO_TITLE_EMPTY, Severity.ERROR, name, line,
                        name + " is empty; write the title search results should show.", null);
            }
            return;
        }
        int chars = Graphemes.count(text);
        if (chars < rules.titleMinChars() || chars > rules.titleMaxChars()) {
            add(Checks.SEO_TITLE_LENGTH, Severity.WARNING, name, line, name + " is " + chars
                    + " characters; " + (chars < rules.titleMinChars() ? "lengthen" : "shorten") + " it to "
                    + (rules.titleMinChars() == 0 ? rules.titleMaxChars() + " or fewer"
                    : rules.titleMinChars() + "–" + rules.titleMaxChars()) + ".", null);
        }
        double px = TextWidth.px(text, rules.titleFontPx());
        if (px > rules.titleMaxPx()) {
            add(Checks.SEO_TITLE_WIDTH, Severity.WARNING, name, line, name + " is " + Math.round(px)
                    + " px wide in Arial " + fmt(rules.titleFontPx()) + " px; search results cut it at "
                    + fmt(rules.titleMaxPx()) + " px. Shorten it.", null);
        }
    }

    private void description() {
        Optional<String> value = view.string(f.description());
        if (value.isEmpty()) {
            return;
        }
        String text = Snippet.collapse(value.get());
        String name = f.description();
        int line = view.line(name);
        int chars = Graphemes.count(text);
        String range = rules.descriptionMinChars() == 0 ? rules.descriptionMaxChars() + " characters or fewer"
                : rules.descriptionMinChars() + "–" + rules.descriptionMaxChars();
        if (chars > rules.descriptionErrorChars()) {
            add(Checks.DESCRIPTION_LENGTH, Severity.ERROR, name, line, name + " is " + chars
                    + " characters; search results cut it after about " + rules.descriptionErrorChars()
                    + ". Shorten it to " + range + ".", null);
        } else if (chars > rules.descriptionMaxChars() || chars < rules.descriptionMinChars()) {
            add(Checks.DESCRIPTION_LENGTH, Severity.WARNING, name, line, name + " is " + chars + " characters; "
                    + (chars > rules.descriptionMaxChars() ? "shorten" : "lengthen") + " it to " + range + ".", null);
        }
        double px = TextWidth.px(text, rules.descriptionFontPx());
        if (px > rules.descriptionMaxPx()) {
            // Advice, not a warning: at 14 px a description of a good 150 characters is already about
            // 940 px, so the pixel limit would contradict the character range above.
            add(Checks.DESCRIPTION_WIDTH, Severity.INFO, name, line, name + " is " + Math.round(px)
                    + " px wide in Arial " + fmt(rules.descriptionFontPx()) + " px; desktop results may cut it at "
                    + fmt(rules.descriptionMaxPx()) + " px (the snippet preview shows where).", null);
        }
    }

    private void keywords() {
        String name = f.keywords();
        Optional<Field> field = view.field(name);
        if (field.isEmpty()) {
            // On a generator's site keywords are the writer's option; they are asked for only as a required field.
            if (rules.reference() && !name.isEmpty() && !rules.required().contains(name)) {
                add(Checks.KEYWORDS_MISSING, Severity.WARNING, name, view.missingLine(name),
                        name + " is missing; add " + rules.keywordsMin() + "–" + rules.keywordsMax()
                        + " comma-separated keywords.", null);
            }
            return;
        }
        List<Keyword> entries = keywordEntries(name, field.get());
        if (entries.size() < rules.keywordsMin() || entries.size() > rules.keywordsMax()) {
            add(Checks.KEYWORDS_COUNT, Severity.WARNING, name, field.get().line(), name + " has " + entries.size()
                    + (entries.size() == 1 ? " keyword" : " keywords") + "; use " + rules.keywordsMin() + "–"
                    + rules.keywordsMax() + ".", null);
        }
        Set<String> seen = new HashSet<>();
        for (Keyword entry : entries) {
            if (!seen.add(entry.text.toLowerCase(Locale.ROOT))) {
                add(Checks.KEYWORDS_DUPLICATE, Severity.WARNING, entry.field, entry.line, name + " lists '"
                        + entry.text + "' more than once; remove the repeat.", removal(name, field.get(), entry));
            }
        }
    }

    /** Removes the list item, or that one piece of the string, leaving every other piece's spacing as written. */
    private static Fix removal(String name, Field field, Keyword entry) {
        if (field instanceof ListField) {
            return Fix.remove(entry.field);
        }
        List<String> rest = new ArrayList<>(List.of(ArticleFields.text(field).orElse("").split(",", -1)));
        rest.remove(entry.index);
        return Fix.set(name, String.join(",", rest).strip());
    }

    /** One keyword and where it is: item {@code index} of a list, or piece {@code index} of a comma-separated string. */
    private record Keyword(String text, String field, int line, int index) {
    }

    private static List<Keyword> keywordEntries(String name, Field field) {
        List<Keyword> entries = new ArrayList<>();
        if (field instanceof ListField list) {
            for (int i = 0; i < list.items().size(); i++) {
                Field item = list.items().get(i);
                String text = ArticleFields.text(item).orElse("").strip();
                if (!text.isEmpty()) {
                    entries.add(new Keyword(text, name + "[" + i + "]", item.line(), i));
                }
            }
        } else if (field instanceof ScalarField scalar) {
            String raw = ArticleFields.text(scalar).orElse("");
            String[] pieces = raw.split(",", -1);
            for (int i = 0; i < pieces.length; i++) {
                if (!pieces[i].isBlank()) {
                    entries.add(new Keyword(pieces[i].strip(), name, scalar.line(), i));
                }
            }
        }
        return entries;
    }

    private void date() {
        String name = f.date();
        Optional<String> value = view.string(name);
        if (value.isEmpty() || view.field(name).get() instanceof MapField) {
            return;
        }
        int line = view.line(name);
        Optional<Dates.When> when = SiteDates.parse(value.get(), rules);
        if (when.isEmpty()) {
            String shown = value.get().strip();
            add(Checks.DATE_INVALID, Severity.ERROR, name, line, (shown.isEmpty() ? name + " is empty"
                    : name + " '" + shown + "' is not a valid date") + "; write it as YYYY-MM-DD, such as "
                    + LocalDate.now(clock) + ".", null);
            return;
        }
        Dates.When w = when.get();
        boolean future = w.instant() != null ? w.instant().isAfter(Instant.now(clock))
                : w.day().isAfter(LocalDate.now(clock));
        if (future) {
            add(Checks.DATE_FUTURE, Severity.WARNING, name, line, name + " " + value.get().strip()
                    + " is in the future; the site may hide the article until then. Use today's date or earlier.", null);
        }
    }

    private void whitespace(Field field, String path) {
        if (field instanceof MapField map) {
            for (Map.Entry<String, Field> e : map.entries().entrySet()) {
                whitespace(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey());
            }
        } else if (field instanceof ListField list) {
            for (int i = 0; i < list.items().size(); i++) {
                whitespace(list.items().get(i), path + "[" + i + "]");
            }
        } else if (field instanceof ScalarField scalar && scalar.type() == ScalarType.STRING && !path.equals(bodyPath)) {
            String value = withoutBlockNewlines(scalar);
            if (!value.isEmpty() && (Character.isWhitespace(value.charAt(0))
                    || Character.isWhitespace(value.charAt(value.length() - 1)))) {
                add(Checks.WHITESPACE, Severity.WARNING, path, scalar.line(), path
                        + (value.isBlank() ? " holds only whitespace; empty it." : " has " + where(value)
                        + " whitespace; trim it."), Fix.set(path, value.strip()));
            }
        }
    }

    /** Block scalars that clip or keep end in newlines by YAML's own rule, not the writer's choice. */
    private static String withoutBlockNewlines(ScalarField scalar) {
        String value = scalar.value();
        switch (scalar.style()) {
            case FOLDED, LITERAL, FOLDED_KEEP, LITERAL_KEEP -> {
                int end = value.length();
                while (end > 0 && value.charAt(end - 1) == '\n') {
                    end--;
                }
                return value.substring(0, end);
            }
            default -> {
                return value;
            }
        }
    }

    private static String where(String value) {
        boolean leading = Character.isWhitespace(value.charAt(0));
        boolean trailing = Character.isWhitespace(value.charAt(value.length() - 1));
        return leading && trailing ? "leading and trailing" : leading ? "leading" : "trailing";
    }

    private static String fmt(double px) {
        return px == Math.rint(px) ? Long.toString((long) px) : Double.toString(px);
    }
}
