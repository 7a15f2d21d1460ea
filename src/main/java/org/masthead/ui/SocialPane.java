package org.masthead.ui;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.masthead.document.Document;
import org.masthead.seo.FolderContext;
import org.masthead.seo.ImageChecks;
import org.masthead.seo.SeoChecker;
import org.masthead.seo.SocialCard;

/**
 * The Social tab: the open article as a shared link looks on Facebook and LinkedIn (a 1.91:1
 * card) and on X (a {@code summary_large_image} card, 2:1), with the card's real image cropped to
 * the centre as those sites crop it, and the title and description cut where they cut them
 * ({@link SocialCard}). The card and its image are worked out off the FX thread; only the newest
 * is shown.
 */
final class SocialPane {
    /** What one version of the article shows, read and loaded in the background. */
    record Shown(SocialCard card, String domain, Image image) {
    }

    private final Background.Lane lane;
    private final CardView facebook = new CardView(SocialCard.Platform.FACEBOOK, "social-facebook");
    private final CardView x = new CardView(SocialCard.Platform.X, "social-x");
    private final Label note = new Label();
    private final Tab tab;
    private volatile Shown shown;
    /** The newest article handed in, worked out when the tab is (or becomes) visible. */
    private Runnable pending;
    /** The last image read, by file and modification time: a typing pause need not decode it again. */
    private volatile Object[] lastImage = {null, null, null};

    SocialPane(Background background) {
        lane = background.lane("masthead-social");
        note.setId("social-note");
        note.getStyleClass().add("seo-counters");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(10, heading("Facebook, LinkedIn"), facebook.node(), heading("X"), x.node(), note);
        content.getStyleClass().add("seo-pane");
        ScrollPane root = new ScrollPane(content);
        root.setId("social-pane");
        root.setFitToWidth(true);
        root.setAccessibleText("How the article looks when shared");
        tab = new Tab("Social", root);
        tab.setId("social-tab");
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && pending != null) {
                pending.run();
            }
        });
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("seo-heading");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    Tab tab() {
        return tab;
    }

    /** What the tab shows now, for tests: null until the first card is in. */
    Shown shown() {
        return shown;
    }

    /** Works out the card of {@code doc} in the background, and shows it unless a newer one came meanwhile. */
    void show(String path, Document doc, FolderContext context) {
        pending = () -> {
            pending = null;
            lane.latest(this, Background.Keep.LATEST_ONLY, () -> compute(path, doc, context), this::display);
        };
        if (tab.isSelected()) {
            pending.run();
        }
    }

    private Shown compute(String path, Document doc, FolderContext context) {
        Optional<ImageChecks.Folder> folder = context.images();
        SocialCard card = SocialCard.of(path, doc, context.rules(), folder);
        String domain = domain(SeoChecker.pageUrl(path, doc, context.rules()));
        Image image = null;
        if (card.imageFile().isPresent()) {
            Path file = card.imageFile().get();
            long modified = file.toFile().lastModified();
            Object[] last = lastImage;
            if (file.equals(last[0]) && Long.valueOf(modified).equals(last[1])) {
                image = (Image) last[2];
            } else {
                image = load(file.toUri().toString());
                lastImage = new Object[] {file, modified, image};
            }
        }
        return new Shown(card, domain, image);
    }

    /** Loads the whole image now, on this background thread; null when it does not decode. */
    private static Image load(String url) {
        Image image = new Image(url, false);
        return image.isError() || image.getWidth() <= 0 ? null : image;
    }

    private static String domain(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "" : host.toUpperCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private void display(Shown s) {
        shown = s;
        facebook.show(s);
        x.show(s);
        SocialCard card = s.card();
        note.setText(card.image().isEmpty() ? "No image: set og_image, image or images to give the card a picture."
                : s.image() == null ? "The image " + card.image() + " is not shown: "
                + (card.imageFile().isEmpty() ? "it is not a file of the site." : "it does not load.")
                : "Image: " + card.image() + " (" + (int) s.image().getWidth() + " × " + (int) s.image().getHeight()
                + "), cropped to the centre.");
    }

    /** One platform's card: the image cut to its ratio, the domain, the title and the description. */
    private static final class CardView {
        private static final double WIDTH = 500;

        private final SocialCard.Platform platform;
        private final ImageView image = new ImageView();
        private final Label domain = new Label();
        private final Label title = new Label();
        private final Label description = new Label();
        private final VBox box;

        CardView(SocialCard.Platform platform, String id) {
            this.platform = platform;
            image.setId(id + "-image");
            image.setFitWidth(WIDTH);
            image.setFitHeight(WIDTH / platform.ratio());
            image.setPreserveRatio(false);
            image.setSmooth(true);
            StackPane frame = new StackPane(image);
            frame.setMinSize(WIDTH, WIDTH / platform.ratio());
            frame.setMaxSize(WIDTH, WIDTH / platform.ratio());
            frame.getStyleClass().add("social-image-frame");
            domain.setId(id + "-domain");
            domain.getStyleClass().add("snippet-url");
            title.setId(id + "-title");
            title.getStyleClass().add("snippet-title");
            description.setId(id + "-description");
            description.getStyleClass().add("snippet-description");
            for (Label label : new Label[] {domain, title, description}) {
                label.setWrapText(true);
                label.setMaxWidth(WIDTH);
                label.setMinHeight(Region.USE_PREF_SIZE);
            }
            box = new VBox(4, frame, domain, title, description);
            box.getStyleClass().add("snippet");
            box.setMaxWidth(WIDTH + 24);
        }

        Node node() {
            return box;
        }

        void show(Shown s) {
            Image picture = s.image();
            image.setImage(picture);
            if (picture != null) {
                double[] c = platform.crop(picture.getWidth(), picture.getHeight());
                image.setViewport(new Rectangle2D(c[0], c[1], c[2], c[3]));
            } else {
                image.setViewport(null);
            }
            domain.setText(s.domain());
            title.setText(platform.title(s.card().title()));
            description.setText(platform.description(s.card().description()));
        }
    }

    /** The file a shown image was read from, for tests. */
    static Optional<Path> file(Shown s) {
        return s == null ? Optional.empty() : s.card().imageFile();
    }
}
