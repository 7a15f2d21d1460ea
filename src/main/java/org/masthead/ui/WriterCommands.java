package org.masthead.ui;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.masthead.content.ArticleMoves;
import org.masthead.content.LinkUpdates;
import org.masthead.content.MediaFiles;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.KeyPath;
import org.masthead.session.ArticleSession;
import org.masthead.session.Settings;

/**
 * The File menu's commands on the open article's file (Rename/Move, Duplicate, Delete), its
 * recent folders, and the writing commands of the Insert and View menus. The file work runs
 * off the FX thread; the list and the editor follow the file to its new place.
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
    private Function<String, Optional<String>> askPath = this::askPath;
    private Function<String, Boolean> confirm = this::confirm;
    private static final KeyPath URL = KeyPath.of("url");

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

    /** Tests answer the questions without a dialog: the new path, and whether to delete for good. */
    void setQuestions(Function<String, Optional<String>> askPath, Function<String, Boolean> confirm) {
        this.askPath = askPath;
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

    /** Asks for the new path (relative to the folder), saves or drops edits as the user says, then moves. */
    void renameOrMove() {
        current().ifPresent(now -> articles.whenEditsAreSafe(() -> {
            Path root = now.folder().root();
            String relative = root.relativize(now.file()).toString().replace('\\', '/');
            askPath.apply(relative).map(String::strip).filter(answer -> !answer.isEmpty() && !answer.equals(relative))
                    .ifPresent(answer -> move(now, Path.of(answer)));
        }, () -> { }));
    }

    private void move(Open now, Path to) {
        background.io(() -> {
            try {
                Path target = ArticleMoves.inside(now.folder().root(), to);
                String oldUrl = Document.parse(now.file()).getString(URL).orElse("");
                Map<KeyPath, String> changed = ArticleMoves.rename(now.folder().root(), now.file(), target);
                now.folder().index().refresh(List.of(now.file(), target));
                return new Moved(now.file(), target, changed, oldUrl);
            } catch (IOException | DocumentException e) {
                return e;
            }
        }, result -> {
            if (result instanceof Moved moved) {
                articles.openArticle(moved.file());
                list.reveal(moved.file());
                messages.show("Moved to " + now.folder().root().relativize(moved.file())
                        + (moved.changed().isEmpty() ? "." : "; updated " + String.join(", ",
                        moved.changed().keySet().stream().map(KeyPath::toString).toList()) + "."));
                offerLinkUpdates(now.folder(), moved);
            } else {
                messages.show(now.file().getFileName() + " was not moved: " + describe((Exception) result));
            }
        });
    }

    private record Moved(Path from, Path file, Map<KeyPath, String> changed, String oldUrl) {
    }

    /** Finds the articles that link to the moved one and, if the user agrees, points their links at its new place. */
    private void offerLinkUpdates(FolderSession session, Moved moved) {
        Path root = session.root();
        String newUrl = moved.changed().getOrDefault(URL, "");
        background.io(() -> {
            try {
                return LinkUpdates.find(root, moved.from(), moved.file(), moved.oldUrl(), newUrl);
            } catch (IOException e) {
                return e;
            }
        }, result -> {
            if (result instanceof IOException e) {
                messages.show("Links to the article were not looked for: " + e.getMessage());
                return;
            }
            @SuppressWarnings("unchecked")
            List<LinkUpdates.Referrer> found = (List<LinkUpdates.Referrer>) result;
            if (found.isEmpty() || !confirmLinks(linkSummary(root, found))) {
                return;
            }
            background.io(() -> {
                try {
                    List<Path> skipped = LinkUpdates.apply(found);
                    session.index().refresh(found.stream().map(LinkUpdates.Referrer::file).toList());
                    return skipped;
                } catch (IOException e) {
                    return e;
                }
            }, done -> {
                if (done instanceof IOException e) {
                    messages.show("Links were not all updated: " + e.getMessage());
                    return;
                }
                List<?> skipped = (List<?>) done;
                messages.show("Updated links in " + (found.size() - skipped.size()) + " of " + found.size()
                        + " articles" + (skipped.isEmpty() ? "." : "; left alone, as they changed meanwhile: "
                        + String.join(", ", skipped.stream().map(p -> root.relativize((Path) p).toString()).toList())
                        + "."));
            });
        });
    }

    private static String linkSummary(Path root, List<LinkUpdates.Referrer> found) {
        StringBuilder text = new StringBuilder(found.size() == 1 ? "1 article links to the old place:\n"
                : found.size() + " articles link to the old place:\n");
        int shown = 0;
        for (LinkUpdates.Referrer r : found) {
            if (shown++ == 12) {
                text.append("… and ").append(found.size() - 12).append(" more\n");
                break;
            }
            text.append(root.relativize(r.file()).toString().replace('\\', '/')).append(": ")
                    .append(String.join("; ", r.changes())).append('\n');
        }
        return text.append("Update their links?").toString();
    }

    private boolean confirmLinks(String summary) {
        ButtonType update = new ButtonType("Update Links", ButtonBar.ButtonData.OK_DONE);
        ButtonType leave = new ButtonType("Leave Them", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, summary, update, leave);
        alert.setHeaderText("Update links to the moved article?");
        alert.getDialogPane().setId("update-links-dialog");
        alert.initOwner(owner);
        return alert.showAndWait().orElse(leave) == update;
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

    private Optional<String> askPath(String relative) {
        TextInputDialog dialog = new TextInputDialog(relative);
        dialog.setTitle("Rename or move");
        dialog.setHeaderText("The article's new path in the folder (a new folder is made if needed)");
        dialog.getDialogPane().setId("rename-dialog");
        dialog.initOwner(owner);
        return dialog.showAndWait();
    }

    private boolean confirm(String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        alert.setHeaderText("Delete the article?");
        alert.initOwner(owner);
        return alert.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }
}
