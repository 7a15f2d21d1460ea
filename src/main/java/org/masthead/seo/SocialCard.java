package org.masthead.seo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.masthead.document.Document;
import org.masthead.document.Field;
import org.masthead.document.Graphemes;
import org.masthead.document.ListField;
import org.masthead.document.MapField;

/**
 * What a page shows when its link is shared: the title, description and image its Open Graph and
 * Twitter card tags carry, read as themes fill them (an {@code og_…} or {@code twitter_…} field,
 * or an {@code og:}/{@code twitter:} map, first; then the SEO title, the description and the
 * page's image field), and how each platform cuts them. The cut lengths are the ones X documents
 * for its cards (title 70 characters, description 200), and for Facebook and LinkedIn, which
 * document none, the ones their link previews are commonly measured to show (title about 88
 * characters, description about 200, in a 1.91:1 card). An image is center-cropped to the card's
 * ratio: 1.91:1 (1200 × 630) on Facebook and LinkedIn, 2:1 on X's {@code summary_large_image}.
 */
public record SocialCard(String title, String titleField, String description, String descriptionField,
                         String image, String imageField, Optional<Path> imageFile, boolean declared) {
    /** One platform's card: its image ratio and where it cuts the title and the description. */
    public enum Platform {
        FACEBOOK("Facebook, LinkedIn", 1.91, 88, 200),
        X("X (summary_large_image)", 2.0, 70, 200);

        private final String label;
        private final double ratio;
        private final int titleChars;
        private final int descriptionChars;

        Platform(String label, double ratio, int titleChars, int descriptionChars) {
            this.label = label;
            this.ratio = ratio;
            this.titleChars = titleChars;
            this.descriptionChars = descriptionChars;
        }

        public String label() {
            return label;
        }

        /** Width over height of the card's image. */
        public double ratio() {
            return ratio;
        }

        public String title(String text) {
            return cut(text, titleChars);
        }

        public String description(String text) {
            return cut(text, descriptionChars);
        }

        /**
         * The part of a {@code width} × {@code height} image the card shows: the largest centred
         * rectangle of the card's ratio, as {x, y, width, height}.
         */
        public double[] crop(double width, double height) {
            if (width / height > ratio) {
                double w = height * ratio;
                return new double[] {(width - w) / 2, 0, w, height};
            }
            double h = width / ratio;
            return new double[] {0, (height - h) / 2, width, h};
        }
    }

    static final List<String> TITLE_FIELDS = List.of("og_title", "og.title", "opengraph.title", "twitter_title",
            "twitter.title");
    static final List<String> DESCRIPTION_FIELDS = List.of("og_description", "og.description",
            "opengraph.description", "twitter_description", "twitter.description");
    static final List<String> IMAGE_FIELDS = List.of("og_image", "og.image", "opengraph.image", "twitter_image",
            "twitter.image");

    /** The card of the article at folder-relative {@code path}, with its image resolved in {@code folder} when given. */
    public static SocialCard of(String path, Document doc, SeoRules rules, Optional<ImageChecks.Folder> folder) {
        ArticleFields view = ArticleFields.of(doc, rules);
        view.at(path, view.body, view.bodyLine);
        return of(view, folder, path);
    }

    static SocialCard of(ArticleFields view, Optional<ImageChecks.Folder> folder, String path) {
        SeoRules.FieldNames f = view.rules.fields();
        String[] title = first(view, TITLE_FIELDS, f.seoTitleOrTitle(), f.title());
        String[] description = first(view, DESCRIPTION_FIELDS, f.description());
        Set<String> imageFields = new LinkedHashSet<>(IMAGE_FIELDS);
        if (!f.image().isEmpty()) {
            imageFields.add(f.image());
        }
        imageFields.addAll(ImageChecks.IMAGE_FIELDS);
        imageFields.add("cover.image");
        String[] image = {"", ""};
        for (String name : imageFields) {
            String value = imageValue(view, name);
            if (!value.isEmpty()) {
                image = new String[] {value, name};
                break;
            }
        }
        Optional<Path> file = Optional.empty();
        if (!image[0].isEmpty() && !ImageChecks.remote(image[0]) && folder.isPresent() && !path.isEmpty()) {
            file = folder.get().media().resolve(image[0], folder.get().root().resolve(path));
        }
        boolean declared = !image[0].isEmpty() || view.root.entries().keySet().stream().anyMatch(SocialCard::socialKey);
        return new SocialCard(title[0], title[1], description[0], description[1], image[0], image[1], file, declared);
    }

    private static boolean socialKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.startsWith("og_") || k.equals("og") || k.equals("opengraph") || k.startsWith("twitter");
    }

    /** The first of the named fields with text, as {value, field}; {"", ""} when none has. */
    private static String[] first(ArticleFields view, List<String> explicit, String... fallbacks) {
        List<String> names = new ArrayList<>(explicit);
        names.addAll(List.of(fallbacks));
        for (String name : names) {
            if (!name.isEmpty()) {
                String value = Snippet.collapse(view.stripped(name));
                if (!value.isEmpty()) {
                    return new String[] {value, name};
                }
            }
        }
        return new String[] {"", ""};
    }

    /** A scalar's text, a list's first item, or a map's {@code url}/{@code src}/{@code image}. */
    private static String imageValue(ArticleFields view, String name) {
        Optional<Field> field = view.field(name);
        if (field.isEmpty()) {
            return "";
        }
        Field at = field.get();
        if (at instanceof ListField list) {
            at = list.items().isEmpty() ? null : list.items().get(0);
        }
        if (at instanceof MapField map) {
            for (String key : List.of("url", "src", "image")) {
                Field inner = map.entries().get(key);
                if (inner != null) {
                    return ArticleFields.text(inner).map(String::strip).orElse("");
                }
            }
            return "";
        }
        return at == null ? "" : ArticleFields.text(at).map(String::strip).orElse("");
    }

    /** {@code text} cut to {@code max} characters (grapheme clusters), the last one an ellipsis, when longer. */
    static String cut(String text, int max) {
        if (Graphemes.count(text) <= max) {
            return text;
        }
        int[] bounds = Graphemes.boundaries(text);
        int end = bounds[Math.min(max - 1, bounds.length - 1)];
        return text.substring(0, end).stripTrailing() + "…";
    }
}
