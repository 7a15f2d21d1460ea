package org.masthead.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.TextInputDialog;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.input.Clipboard;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.fxmisc.richtext.CodeArea;
import org.masthead.content.MediaFiles;
import org.masthead.content.PngImage;
import org.masthead.document.DocumentException;

/**
 * Adds an image to the open article: pasted, dropped on the editor, or picked with Insert > Image.
 * It asks for the alt text, copies the file into the site's media folder off the FX thread
 * ({@link MediaFiles}), then inserts {@code ![alt](link)} where the caret was, as one change.
 */
final class ImageInsert {
    /** What the insertion needs to know of the window. */
    record Host(Supplier<Path> article, Supplier<Path> folder, Consumer<String> problem, Supplier<Window> owner) {
    }

    private final EditorPane editor;
    private final CodeArea area;
    private final Background background;
    private Host host;

    ImageInsert(EditorPane editor, Background background) {
        this.editor = editor;
        this.area = editor.area();
        this.background = background;
        editor.setPasteHandler(this::pasteImage);
        area.setOnDragOver(e -> {
            if (area.isEditable() && imageFiles(e.getDragboard()).size() > 0) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        area.setOnDragDropped(e -> {
            List<Path> files = imageFiles(e.getDragboard());
            if (area.isEditable() && !files.isEmpty()) {
                area.hit(e.getX(), e.getY()).getCharacterIndex().ifPresent(area::moveTo);
                insertFiles(files);
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }

    void setHost(Host host) {
        this.host = host;
    }

    /** Paste: true when the clipboard held an image (or image files), which are then inserted. */
    boolean pasteImage() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (!area.isEditable() || host == null) {
            return false;
        }
        List<Path> files = clipboard.hasFiles() ? clipboard.getFiles().stream().map(File::toPath)
                .filter(MediaFiles::isImage).toList() : List.of();
        if (!files.isEmpty()) {
            insertFiles(files);
            return true;
        }
        if (clipboard.hasString() || !clipboard.hasImage() || clipboard.getImage() == null) {
            return false;
        }
        Image image = clipboard.getImage();
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        insert("pasted-image.png", "", media -> media.write(PngImage.encode(width, height, pixels),
                "pasted-image.png", host.article().get()));
        return true;
    }

    /** Insert > Image…: a file picker for image files. */
    void chooseAndInsert() {
        if (!area.isEditable() || host == null || host.article().get() == null) {
            problem("Open an article to insert an image into.");
            return;
        }
        List<File> chosen = chooser().showOpenMultipleDialog(host.owner().get());
        if (chosen != null) {
            insertFiles(chosen.stream().map(File::toPath).toList());
        }
    }

    /** One image file picked by the user, for a form field. */
    Optional<Path> chooseFile() {
        File chosen = chooser().showOpenDialog(host == null ? null : host.owner().get());
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    private static FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose an image");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Images",
                MediaFiles.IMAGE_EXTENSIONS.stream().map(ext -> "*." + ext).toList()));
        return chooser;
    }

    void insertFiles(List<Path> files) {
        for (Path file : files) {
            String name = file.getFileName().toString();
            String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
            insert(name, stem.replaceAll("[-_]+", " ").strip(), media -> media.copy(file, host.article().get()));
        }
    }

    private interface Placement {
        MediaFiles.Placed place(MediaFiles media) throws IOException;
    }

    private void insert(String name, String suggestedAlt, Placement placement) {
        Path article = host.article().get();
        Path folder = host.folder().get();
        if (article == null || folder == null) {
            problem("Open an article to insert an image into.");
            return;
        }
        int at = area.getCaretPosition();
        Optional<String> alt = askAlt(name, suggestedAlt);
        if (alt.isEmpty()) {
            return;
        }
        background.io(() -> {
            try {
                return placement.place(MediaFiles.forFolder(folder));
            } catch (IOException | DocumentException e) {
                return e;
            }
        }, result -> {
            if (result instanceof MediaFiles.Placed placed) {
                if (!article.equals(host.article().get()) || !area.isEditable()) {
                    problem("The image was copied to " + placed.file() + ", but its article is no longer open.");
                    return;
                }
                insertLink(Math.min(at, area.getLength()), alt.get(), placed.link());
            } else {
                problem("The image " + name + " was not added: " + ((Exception) result).getMessage());
            }
        });
    }

    /**
     * The image goes on a line of its own. The inserted text always holds a line break, so the
     * article's history keeps it as one step of its own, apart from the typing around it.
     */
    private void insertLink(int at, String alt, String link) {
        int paragraph = area.offsetToPosition(at, org.fxmisc.richtext.model.TwoDimensional.Bias.Backward).getMajor();
        boolean lineStart = at == area.getAbsolutePosition(paragraph, 0);
        String markdown = "![" + alt.replace("\\", "\\\\").replace("]", "\\]").replace("[", "\\[") + "]("
                + link.replace(" ", "%20").replace(")", "%29") + ")";
        String text = (lineStart ? "" : "\n") + markdown + "\n";
        area.replaceText(at, at, text);
        area.moveTo(at + text.length());
        area.requestFollowCaret();
        area.requestFocus();
    }

    private Optional<String> askAlt(String name, String suggested) {
        TextInputDialog dialog = new TextInputDialog(suggested);
        dialog.setTitle("Alt text");
        dialog.setHeaderText("Describe " + name + " for readers who cannot see it");
        dialog.setContentText("Alt text:");
        dialog.getDialogPane().setId("alt-text-dialog");
        dialog.getEditor().setId("alt-text");
        if (host.owner().get() != null) {
            dialog.initOwner(host.owner().get());
        }
        return dialog.showAndWait().map(String::strip);
    }

    private static List<Path> imageFiles(Dragboard board) {
        return board.hasFiles() ? board.getFiles().stream().map(File::toPath).filter(MediaFiles::isImage).toList()
                : List.of();
    }

    private void problem(String message) {
        if (host != null) {
            host.problem().accept(message);
        }
    }
}
