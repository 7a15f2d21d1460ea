package org.masthead.seo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.masthead.content.ImageSize;
import org.masthead.document.Graphemes;

/**
 * The checks of how a page is shared and indexed, on the article alone: its social card
 * ({@link SocialCard}: a title, a description, an image of at least
 * {@link LinkRules#imageMinWidth()} × {@link LinkRules#imageMinHeight()}), judged where the page
 * sets a card field or an image ({@code seo.social.cards: auto}), on every page ({@code always})
 * or never; and a canonical URL that names another page. Reads the card image's header when it is
 * a local file: run it off the FX thread.
 */
final class SocialChecks {
    /** Where sites keep a page's canonical address, besides the field the profile maps. */
    static final List<String> CANONICAL_FIELDS = List.of("canonical", "canonicalURL", "canonical_url", "canonicalUrl",
            "seo.canonical");

    private final ArticleFields view;
    private final SeoRules rules;
    private final List<Finding> out = new ArrayList<>();

    private SocialChecks(ArticleFields view) {
        this.view = view;
        this.rules = view.rules;
    }

    static List<Finding> run(ArticleFields view, Optional<ImageChecks.Folder> folder, String path) {
        SocialChecks checks = new SocialChecks(view);
        String cards = view.rules.links().cards();
        if (!cards.equals("never")) {
            SocialCard card = SocialCard.of(view, folder, path);
            if (cards.equals("always") || card.declared()) {
                checks.card(card);
            }
        }
        checks.canonical();
        return checks.out;
    }

    private void card(SocialCard card) {
        LinkRules l = rules.links();
        if (card.title().isEmpty()) {
            add(Checks.SOCIAL_TITLE, Severity.WARNING, "", 1, "the page's social card has no title (no og_title, "
                    + "twitter_title or title); shared links would show its address instead. Give it a title.");
        } else if (Graphemes.count(card.title()) > l.titleMaxChars()) {
            add(Checks.SOCIAL_TITLE, Severity.WARNING, card.titleField(), view.line(card.titleField()),
                    "the social card's title (" + card.titleField() + ") is " + Graphemes.count(card.title())
                    + " characters; X cuts card titles after " + l.titleMaxChars() + ". Shorten it, or set a shorter "
                    + "og_title.");
        }
        if (card.description().isEmpty()) {
            add(Checks.SOCIAL_DESCRIPTION, Severity.WARNING, "", 1, "the page's social card has no description "
                    + "(no og_description, twitter_description or description); platforms then take a random piece "
                    + "of the page. Write a description.");
        } else if (Graphemes.count(card.description()) > l.descriptionMaxChars()) {
            add(Checks.SOCIAL_DESCRIPTION, Severity.WARNING, card.descriptionField(),
                    view.line(card.descriptionField()), "the social card's description (" + card.descriptionField()
                    + ") is " + Graphemes.count(card.description()) + " characters; cards show at most "
                    + l.descriptionMaxChars() + ". Shorten it, or set a shorter og_description.");
        }
        if (card.image().isEmpty()) {
            add(Checks.SOCIAL_IMAGE, Severity.WARNING, "", 1, "the page's social card has no image (og_image, "
                    + "image, images or cover); shared links would show no picture. Add an image of at least "
                    + l.imageMinWidth() + " × " + l.imageMinHeight() + " pixels.");
            return;
        }
        card.imageFile().flatMap(ImageSize::of).ifPresent(size -> {
            if (size.width() < l.imageMinWidth() || size.height() < l.imageMinHeight()) {
                add(Checks.SOCIAL_IMAGE_SIZE, Severity.WARNING, card.imageField(), view.line(card.imageField()),
                        "the social card's image " + card.image() + " is " + size.width() + " × " + size.height()
                        + " pixels; Facebook, LinkedIn and X show large cards from " + l.imageMinWidth() + " × "
                        + l.imageMinHeight() + " and shrink or blur smaller ones. Use a larger image.");
            }
        });
    }

    private void canonical() {
        List<String> names = new ArrayList<>();
        if (!rules.fields().canonical().isEmpty()) {
            names.add(rules.fields().canonical());
        }
        names.addAll(CANONICAL_FIELDS);
        for (String name : names) {
            String value = view.stripped(name);
            if (value.isEmpty()) {
                continue;
            }
            String own = view.page().url();
            if (own.isEmpty()) {
                return; // the page's own address is not known: nothing to compare with
            }
            String ownAbsolute = rules.site() == null ? own : rules.site().absoluteUrl(own);
            if (!same(value, own, ownAbsolute)) {
                add(Checks.INDEX_CANONICAL, Severity.WARNING, name, view.line(name), name + " is " + value
                        + ", not this page's own address (" + ownAbsolute + "): search engines will index that page "
                        + "instead of this one. Remove " + name + " unless this page copies that one.");
            }
            return;
        }
    }

    /** Whether a canonical value names the page: by its absolute address, or by its path when written as one. */
    private static boolean same(String canonical, String own, String ownAbsolute) {
        String c = norm(canonical);
        if (c.contains("://") && norm(ownAbsolute).contains("://")) {
            return c.equals(norm(ownAbsolute));
        }
        // a path, or a site whose base URL is not known: the paths must agree
        return c.replaceFirst("^[a-z][a-z0-9+.-]*://[^/]+", "").equals(norm(own));
    }

    private static String norm(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        while (u.length() > 1 && u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    private void add(String check, Severity severity, String field, int line, String message) {
        if (rules.enabled(check)) {
            out.add(Finding.of(check, rules.severity(check, severity), field, Math.max(1, line), message));
        }
    }
}
