package org.masthead.ui;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.masthead.content.ArticleMoves;
import org.masthead.content.MediaFiles;
import org.masthead.document.DocumentException;
import org.masthead.session.ArticleSession;
import org.masthead.session.Settings;

/**
 * The File menu's commands on the open article's file (Duplicate, Delete; Rename/Move is a
 * folder-wide change, {@link FolderChanges#renameArticle}), its recent folders, and the writing
 * commands of the Insert and View menus. The file work runs off the FX thread.
 */
final class WriterCommands {
    private static final String RECENT = "recent.folders";
    private static final int RECENT_MAX = 8;

    private final Window owner;
    private final Settings settings;
    private final OpenArticle open;
    private final ArticleController articles;
    private final FolderController folder;
    private final ArticleListPane list;
    private final MessageBar messages;
    private final Background background;
    private final WindowLayout layout;
    private final WriterTools tools;
    private final Consumer<Path> openFolder;
    private Function<String, Boolean> confirm = this::confirm;

    WriterCommands(Window owner, Settings settings, OpenArticle open, ArticleController articles,
                   FolderController folder, ArticleListPane list, MessageBar messages, Background background,
                   WindowLayout layout, WriterTools tools, Consumer<Path> openFolder) {
        this.owner = owner;
        this.settings = settings;
        this.open = open;
        this.articles = articles;
        this.folder = folder;
        this.list = list;
        this.messages = messages;
        this.background = background;
        this.layout = layout;
        this.tools = tools;
        this.openFolder = openFolder;
        tools.attach(new ImageInsert.Host(() -> open.get() == null ? null : open.get().path(),
                () -> folder.session() == null ? null : folder.session().root(), messages::show, () -> owner));
    }

    /** Thumbnails and the picker of the form's image fields, for the open article. */
    ImageFieldInput.Images formImages() {
        return new ImageFieldInput.Images() {
            @Override
            public void resolve(String value, Consumer<Optional<Path>> then) {
                Path article = open.get() == null ? null : open.get().path();
                FolderSession current = folder.session();
                if (article == null || current == null || value.isBlank()) {
                    then.accept(Optional.empty());
                    return;
                }
                background.io(() -> {
                    try {
                        return MediaFiles.forFolder(current.root()).resolve(value, article);
                    } catch (IOException | DocumentException e) {
                        return Optional.<Path>empty();
                    }
                }, then);
            }

            @Override
            public void choose(Consumer<String> link) {
                tools.images().chooseFile().ifPresent(file -> {
                    Path article = open.get() == null ? null : open.get().path();
                    FolderSession current = folder.session();
                    if (article == null || current == null) {
                        return;
                    }
                    background.io(() -> {
                        try {
                            return MediaFiles.forFolder(current.root()).copy(file, article);
                        } catch (IOException | DocumentException e) {
                            return e;
                        }
                    }, result -> {
                        if (result instanceof MediaFiles.Placed placed) {
                            link.accept(placed.link());
                        } else {
                            messages.show(file.getFileName() + " was not added: " + ((Exception) result).getMessage());
                        }
                    });
                });
            }
        };
    }

    /** Tests answer whether to delete for good without a dialog. */
    void setConfirm(Function<String, Boolean> confirm) {
        this.confirm = confirm;
    }

    void insertImage() {
        tools.images().chooseAndInsert();
    }

    void setFormShown(boolean shown) {
        layout.setFormShown(shown);
    }

    boolean formShown() {
        return layout.formShown();
    }

    /** Recent folders, newest first; the folder opened last is always among them. */
    List<Path> recentFolders() {
        List<Path> recent = new ArrayList<>();
        settings.lastFolder().ifPresent(recent::add);
        for (String line : settings.text(RECENT, "").split("\n")) {
            if (!line.isBlank() && !recent.contains(Path.of(line)) && recent.size() < RECENT_MAX) {
                recent.add(Path.of(line));
            }
        }
        return recent;
    }

    /** Puts {@code root} first among the recent folders. */
    void remember(Path root) {
        List<String> lines = new ArrayList<>();
        lines.add(root.toAbsolutePath().toString());
        for (Path path : recentFolders()) {
            if (!lines.contains(path.toString()) && lines.size() < RECENT_MAX) {
                lines.add(path.toString());
            }
        }
        settings.putText(RECENT, String.join("\n", lines));
    }

    void openRecent(Path root) {
        articles.whenEditsAreSafe(() -> openFolder.accept(root), () -> { });
    }

    private Optional<Open> current() {
        ArticleSession session = open.get();
        FolderSession current = folder.session();
        if (session == null || current == null) {
            messages.show("Open an article first.");
            return Optional.empty();
        }
        return Optional.of(new Open(session.path(), current));
    }

    private record Open(Path file, FolderSession folder) {
    }

    /** A copy of the article beside it, opened once edits to the current one are safe. */
    void duplicate() {
        current().ifPresent(now -> articles.whenEditsAreSafe(() -> background.io(() -> {
            try {
                Path copy = ArticleMoves.duplicate(now.file());
                now.folder().index().refresh(List.of(copy));
                return copy;
            } catch (IOException e) {
                return e;
            }
        }, result -> {
            if (result instanceof Path copy) {
                articles.openArticle(copy);
                list.reveal(copy);
            } else {
                messages.show(now.file().getFileName() + " was not duplicated: " + describe((Exception) result));
            }
        }), () -> { }));
    }

    /**
     * Moves the article to the system trash where there is one; elsewhere, and whenever unsaved
     * edits would go with it, asks first.
     */
    void delete() {
        current().ifPresent(now -> {
            boolean trash = Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.MOVE_TO_TRASH);
            boolean dirty = open.get().isDirty();
            String name = now.file().getFileName().toString();
            if ((!trash || dirty) && !confirm.apply(trash ? "Move " + name + " and its unsaved edits to the trash?"
                    : "Delete " + name + " for good? This system has no trash to take it back from.")) {
                return;
            }
            open.close();
            background.io(() -> {
                try {
                    if (!trash || !Desktop.getDesktop().moveToTrash(now.file().toFile())) {
                        Files.delete(now.file());
                    }
                    now.folder().index().refresh(List.of(now.file()));
                    return null;
                } catch (IOException | RuntimeException e) {
                    return e;
                }
            }, problem -> {
                if (problem != null) {
                    messages.show(name + " was not deleted: " + describe(problem));
                    articles.openArticle(now.file());
                } else {
                    messages.show(name + (trash ? " is in the trash." : " is deleted."));
                }
            });
        });
    }

    private static String describe(Exception e) {
        return e instanceof java.nio.file.FileAlreadyExistsException ? "a file of that name is already there."
                : e.getMessage();
    }

    private boolean confirm(String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        alert.setHeaderText("Delete the article?");
        alert.initOwner(owner);
        return alert.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }
}
