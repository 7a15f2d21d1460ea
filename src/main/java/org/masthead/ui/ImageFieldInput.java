package org.masthead.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.masthead.document.KeyPath;

/**
 * A front-matter image field ({@code image}, {@code images}, {@code cover}, {@code og_image}):
 * its text box, a thumbnail of the file it names, and a button that picks a file, copies it
 * into the site's media folder and puts its link in the box.
 */
final class ImageFieldInput {
    private static final Set<String> KEYS = Set.of("image", "images", "cover", "og_image");
    private static final double THUMBNAIL = 48;

    /** What the input needs of the open article: where a value's file is, and a picked file's link. */
    interface Images {
        /** Finds the file {@code value} names, off the FX thread, and hands it back on it (empty if none). */
        void resolve(String value, Consumer<Optional<Path>> then);

        /** Lets the user pick an image, copies it for the article, and hands back its link. */
        void choose(Consumer<String> link);
    }

    private ImageFieldInput() {
    }

    /** Whether {@code path} is an image field: one of the keys, or an item of an {@code images} list. */
    static boolean isImageField(KeyPath path) {
        String last = path.last().toString();
        if (KEYS.contains(last)) {
            return true;
        }
        String text = path.toString();
        return text.matches("(.*\\.)?images\\.\\d+") || text.matches("(.*\\.)?images\\[\\d+\\]");
    }

    static Node wrap(TextInputControl text, KeyPath path, Images images, boolean editable) {
        ImageView thumbnail = new ImageView();
        thumbnail.setFitWidth(THUMBNAIL);
        thumbnail.setFitHeight(THUMBNAIL);
        thumbnail.setPreserveRatio(true);
        thumbnail.getStyleClass().add("image-thumbnail");
        thumbnail.setId("thumbnail-" + path);
        Runnable refresh = () -> images.resolve(text.getText(), file -> {
            if (file.isPresent()) {
                // loaded in the background by JavaFX, scaled down as it loads
                thumbnail.setImage(new Image(file.get().toUri().toString(), THUMBNAIL * 2, THUMBNAIL * 2, true, true,
                        true));
                Tooltip.install(thumbnail, new Tooltip(file.get().toString()));
            } else {
                thumbnail.setImage(null);
            }
        });
        javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(javafx.util.Duration.millis(300));
        pause.setOnFinished(e -> refresh.run());
        text.textProperty().addListener((obs, was, now) -> pause.playFromStart());
        refresh.run();
        Button choose = new Button("Choose…");
        choose.setId("choose-" + path);
        choose.setTooltip(new Tooltip("Pick an image; it is copied into the site's media folder"));
        choose.setDisable(!editable);
        choose.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        choose.setOnAction(e -> images.choose(text::setText));
        HBox box = new HBox(6, text, thumbnail, choose);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        return box;
    }
}
