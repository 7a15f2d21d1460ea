package org.masthead.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.masthead.content.IndexEntry;
import org.masthead.content.batch.ArticleRename;
import org.masthead.content.batch.CsvException;
import org.masthead.content.batch.FolderCsv;
import org.masthead.content.batch.FolderReplace;
import org.masthead.content.batch.Taxonomy;
import org.masthead.document.DocumentException;
import org.masthead.document.KeyPath;
import org.masthead.seo.FolderFixes;

/**
 * The folder-wide changes that start from a question rather than from the table's selection:
 * find and replace, taxonomy, renaming an article with its references, a check's fix everywhere,
 * and the table as CSV out and back in. Each plans off the FX thread and goes through the
 * {@link BatchRunner}'s preview.
 */
final class FolderChanges {
    private final BatchRunner batches;
    private final FolderController folders;
    private final Supplier<Window> asker;
    private final Consumer<String> say;
    // asks for a CSV file to write (true) or read (false); tests answer without a file chooser
    private Function<Boolean, Optional<Path>> csvFiles = this::chooseCsv;

    FolderChanges(BatchRunner batches, FolderController folders, Supplier<Window> asker, Consumer<String> say) {
        this.batches = batches;
        this.folders = folders;
        this.asker = asker;
        this.say = say;
    }

    void setCsvFiles(Function<Boolean, Optional<Path>> chooser) {
        csvFiles = chooser;
    }

    /** Every readable article of the folder; read it off the FX thread. */
    private List<Path> articles(Path root) {
        FolderSession folder = folders.session();
        return folder == null ? List.of() : folder.index().entries().stream().filter(IndexEntry::ok)
                .map(e -> root.resolve(e.path())).sorted().toList();
    }

    void replaceInFolder() {
        FolderSession folder = folders.session();
        if (folder == null) {
            say.accept("Open a content folder first.");
            return;
        }
        Path root = folder.root();
        ReplaceDialog.ask(asker.get(), root, (query, then) -> batches.lane().run(() -> {
            try {
                return FolderReplace.find(root, articles(root), query);
            } catch (IOException | IllegalArgumentException e) {
                return "Cannot find: " + e.getMessage();
            }
        }, then::accept)).ifPresent(answer -> batches.planThenPreview(asker.get(), base -> {
            List<String> notes = new ArrayList<>();
            return new BatchRunner.Planned(FolderReplace.plan(base, articles(base), answer.query(), answer.excluded(),
                    notes::add), notes);
        }));
    }

    void taxonomy() {
        if (folders.session() == null) {
            say.accept("Open a content folder first.");
            return;
        }
        TaxonomyDialog.show(asker.get(), new TaxonomyDialog.Actions() {
            @Override
            public void terms(KeyPath field, java.util.function.BiConsumer<List<Taxonomy.Term>, List<Taxonomy.NearDuplicate>> then,
                              Consumer<String> problem) {
                FolderSession folder = folders.session();
                if (folder == null) {
                    return;
                }
                batches.lane().run(() -> {
                    try {
                        List<Taxonomy.Term> terms = Taxonomy.terms(folder.root(), articles(folder.root()), field);
                        return new Object[] {terms, Taxonomy.nearDuplicates(terms)};
                    } catch (IOException e) {
                        return e.getMessage();
                    }
                }, result -> {
                    if (result instanceof Object[] both) {
                        @SuppressWarnings("unchecked")
                        List<Taxonomy.Term> terms = (List<Taxonomy.Term>) both[0];
                        @SuppressWarnings("unchecked")
                        List<Taxonomy.NearDuplicate> pairs = (List<Taxonomy.NearDuplicate>) both[1];
                        then.accept(terms, pairs);
                    } else {
                        problem.accept("Cannot read the values: " + result);
                    }
                });
            }

            @Override
            public void rename(KeyPath field, String from, String to, Runnable after) {
                plan(after, root -> Taxonomy.rename(root, articles(root), field, from, to, skipped(null)));
            }

            @Override
            public void merge(KeyPath field, List<String> from, String into, Runnable after) {
                plan(after, root -> Taxonomy.merge(root, articles(root), field, from, into, skipped(null)));
            }

            @Override
            public void delete(KeyPath field, String value, Runnable after) {
                plan(after, root -> Taxonomy.delete(root, articles(root), field, value, skipped(null)));
            }
        });
    }

    private static Consumer<DocumentException> skipped(List<String> notes) {
        return e -> {
            if (notes != null) {
                notes.add(e.getMessage());
            }
        };
    }

    /** A planner of a batch that the taxonomy dialog shows again once applied. */
    private interface BatchPlan {
        org.masthead.content.batch.Batch plan(Path root) throws IOException;
    }

    private void plan(Runnable after, BatchPlan plan) {
        batches.planThenPreview(asker.get(), root -> new BatchRunner.Planned(plan.plan(root), List.of()), after);
    }

    /**
     * Moves {@code file} to a path the user gives (another folder of the content folder too, made
     * if needed), with its derived fields and every reference to it, and optionally an alias for
     * the old address, after a preview; applied all-or-nothing and undone in one step. The open
     * article's unsaved edits are saved or dropped first, as the user says; an open article that
     * moves is opened at its new place.
     */
    void renameArticle(Path file) {
        FolderSession folder = folders.session();
        if (folder == null || file == null) {
            say.accept("Select the article to rename first.");
            return;
        }
        batches.whenSafeToMove(file, () -> askRename(folder.root(), file));
    }

    private void askRename(Path root, Path file) {
        TextField name = new TextField(BatchPreview.relative(root, file));
        name.setId("rename-article-name");
        name.setAccessibleText("New path in the folder");
        CheckBox alias = new CheckBox("Add an _alias for the old address where the site supports one");
        alias.setId("rename-article-alias");
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Rename Article");
        dialog.setHeaderText("Rename or move " + file.getFileName() + "; its links and references follow");
        dialog.getDialogPane().setContent(new VBox(8, new Label("New path in the folder (a new folder is made if needed):"), name, alias));
        dialog.getDialogPane().setId("rename-article-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.initOwner(asker.get());
        dialog.setOnShown(e -> name.requestFocus());
        String was = name.getText();
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK || name.getText().isBlank()
                || name.getText().strip().equals(was)) {
            return;
        }
        String to = name.getText().strip();
        boolean addAlias = alias.isSelected();
        batches.planThenPreview(asker.get(), base -> {
            try {
                return new BatchRunner.Planned(ArticleRename.plan(base, file, Path.of(to), addAlias), List.of());
            } catch (DocumentException e) {
                return new BatchRunner.Planned(null, List.of("Not renamed: " + e.getMessage()));
            }
        });
    }

    /** Applies {@code checkId}'s fix to every finding of it in {@code files}, after a preview. */
    void fixEverywhere(String checkId, List<Path> files) {
        batches.planThenPreview(asker.get(), root -> {
            try {
                return new BatchRunner.Planned(FolderFixes.plan(root, files.isEmpty() ? articles(root) : files, checkId),
                        List.of());
            } catch (DocumentException e) {
                return new BatchRunner.Planned(null, List.of("Nothing was fixed: " + e.getMessage()));
            }
        });
    }

    /** Writes the rows {@code files} and the {@code columns} as CSV, to a file the user names. */
    void exportCsv(List<Path> files, List<KeyPath> columns) {
        FolderSession folder = folders.session();
        if (folder == null) {
            return;
        }
        csvFiles.apply(true).ifPresent(target -> batches.lane().run(() -> {
            try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                FolderCsv.write(out, folder.root(), files, columns);
                return files.size() + " rows written to " + target + ".";
            } catch (IOException e) {
                return "The CSV was not written: " + target + ": " + e.getMessage();
            }
        }, say));
    }

    /** Reads a CSV back as a change of only the cells that differ, previewed. */
    void importCsv() {
        csvFiles.apply(false).ifPresent(source -> batches.planThenPreview(asker.get(), root -> {
            try (Reader in = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
                return new BatchRunner.Planned(FolderCsv.importPlan(root, in), List.of());
            } catch (CsvException e) {
                return new BatchRunner.Planned(null, List.of("Nothing was imported: " + source.getFileName() + ": "
                        + e.getMessage()));
            }
        }));
    }

    private Optional<Path> chooseCsv(boolean save) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(save ? "Export the table as CSV" : "Import a CSV");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        java.io.File chosen = save ? chooser.showSaveDialog(asker.get()) : chooser.showOpenDialog(asker.get());
        return Optional.ofNullable(chosen).map(java.io.File::toPath);
    }
}
