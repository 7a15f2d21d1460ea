package org.masthead.seo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;

/**
 * The web links of a folder's articles and what their servers answer: {@code masthead check
 * --online}. Links are read as the other link checks read them (inline links, reference
 * definitions and {@code <https://…>} autolinks of the Markdown, not in code); each URL is asked
 * once, whatever the number of articles that use it.
 *
 * <pre>Map&lt;String, List&lt;Finding&gt;&gt; found = ExternalLinks.check(folder, report, rules,
 *         ExternalLinkChecker.forUser(ExternalLinkChecker.Settings.DEFAULT));</pre>
 */
public final class ExternalLinks {
    private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^>\\s]+)>");

    /** One web link of an article, on a line of its file. */
    record Use(String url, int line) {
    }

    private ExternalLinks() {
    }

    /**
     * The findings of the web links of every article of {@code report} (the pages the checks
     * judged), by path; articles whose links all answer 2xx directly are absent.
     */
    public static Map<String, List<Finding>> check(Path folder, FolderReport report, SeoRules rules,
            ExternalLinkChecker checker) throws InterruptedException {
        Map<String, List<Use>> uses = new TreeMap<>();
        Set<String> urls = new LinkedHashSet<>();
        for (ArticleFacts article : report.articles()) {
            List<Use> found = uses(folder.resolve(article.path()));
            if (!found.isEmpty()) {
                uses.put(article.path(), found);
                found.forEach(u -> urls.add(u.url()));
            }
        }
        Map<String, ExternalLinkChecker.Result> answers = checker.check(urls);
        Map<String, List<Finding>> out = new TreeMap<>();
        uses.forEach((path, list) -> {
            List<Finding> findings = new ArrayList<>();
            for (Use use : list) {
                ExternalLinkChecker.Result r = answers.get(use.url());
                if (r != null) {
                    finding(use, r, rules, findings);
                }
            }
            if (!findings.isEmpty()) {
                out.put(path, findings);
            }
        });
        return out;
    }

    /** {@code report} with {@code extra} findings added to each article's own, in line order. */
    public static FolderReport merged(FolderReport report, Map<String, List<Finding>> extra) {
        Map<String, List<Finding>> all = new TreeMap<>();
        report.findings().forEach((path, list) -> all.put(path, new ArrayList<>(list)));
        extra.forEach((path, list) -> all.computeIfAbsent(path, p -> new ArrayList<>()).addAll(list));
        all.values().forEach(list -> list.sort(Finding.BY_LINE));
        return new FolderReport(report.files(), report.articles(), new TreeMap<>(all));
    }

    private static void finding(Use use, ExternalLinkChecker.Result r, SeoRules rules, List<Finding> out) {
        String check;
        Severity severity;
        String message;
        if (r.status() == 0) {
            check = Checks.LINK_EXTERNAL_UNREACHABLE;
            severity = Severity.WARNING;
            message = "the link to " + use.url() + " got no answer (" + r.error()
                    + "); check that the site still exists, or remove the link.";
        } else if (r.status() >= 400) {
            check = Checks.LINK_EXTERNAL_BROKEN;
            severity = Severity.ERROR;
            message = "the link to " + use.url() + " answers " + r.status() + chain(r)
                    + "; readers get an error page. Fix the address or remove the link.";
        } else if (!r.redirects().isEmpty()) {
            check = Checks.LINK_EXTERNAL_REDIRECT;
            severity = r.redirects().size() > 1 ? Severity.WARNING : Severity.INFO;
            String last = r.redirects().get(r.redirects().size() - 1).location();
            message = "the link to " + use.url() + " redirects" + chain(r) + "; link to " + last + " directly.";
        } else {
            return;
        }
        if (rules.enabled(check)) {
            out.add(Finding.of(check, rules.severity(check, severity), "", Math.max(1, use.line()), message));
        }
    }

    private static String chain(ExternalLinkChecker.Result r) {
        if (r.redirects().isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder(" (");
        for (ExternalLinkChecker.Hop hop : r.redirects()) {
            s.append(hop.status()).append(" → ").append(hop.location()).append(", ");
        }
        return s.append(r.status()).append(")").toString();
    }

    /** The web links of one article file, with their lines; none when it does not read. */
    static List<Use> uses(Path file) {
        Document doc;
        try {
            doc = Document.parse(file);
        } catch (IOException | DocumentException e) {
            return List.of(); // reported by the other checks
        }
        ImageChecks.Markdown markdown = ImageChecks.Markdown.of(doc);
        List<Use> out = new ArrayList<>();
        for (BodyLinks.Raw raw : BodyLinks.of(markdown.text(), markdown.line())) {
            String target = raw.target().strip();
            if (raw.kind() == BodyLinks.Kind.MARKDOWN && web(target)) {
                out.add(new Use(target, raw.line()));
            }
        }
        String[] lines = markdown.text().split("\n", -1);
        boolean code = false;
        for (int i = 0; i < lines.length; i++) {
            String stripped = lines[i].stripLeading();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                code = !code;
            }
            Matcher m = AUTOLINK.matcher(lines[i]);
            while (!code && m.find()) {
                out.add(new Use(m.group(1), markdown.line() + i));
            }
        }
        return out;
    }

    private static boolean web(String target) {
        String lower = target.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
