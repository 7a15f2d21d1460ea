package org.masthead.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.masthead.content.ContentIndex;
import org.masthead.content.batch.BatchFiles;
import org.masthead.content.batch.BulkEdits;
import org.masthead.document.AtomicFiles;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.KeyPath;
import org.masthead.document.MapField;
import org.masthead.session.ArticleSession;
import org.masthead.session.FieldValues;
import org.masthead.session.FolderTableModel;
import org.masthead.session.Settings;

/**
 * The window's work on many articles at once, composed here so the main window only makes it: the
 * folder as a table (columns remembered per folder), a cell edited in place as a spliced save of
 * that one field (or, for the open article, as an unsaved edit of it, so nothing is written behind
 * the editor's back), bulk edits of the table's selection, the folder-wide changes of
 * {@link FolderChanges}, and Undo Batch. Every change of more than one cell goes through
 * {@link BatchRunner}.
 */
final class BulkController {
    static final List<KeyPath> DEFAULT_COLUMNS = List.of(KeyPath.of("title"), KeyPath.of("subject"),
            KeyPath.of("date"), KeyPath.of("seo", "title"));

    private final Stage owner;
    private final Settings settings;
    private final Background background;
    private final FolderController folders;
    private final OpenArticle open;
    private final ArticleEdits edits;
    private final MessageBar messages;
    private final BatchRunner batches;
    private final FolderChanges changes;
    private FolderTable table;
    private FolderSession attached;
    private Consumer<ContentIndex.Changes> onChanges;

    BulkController(Stage owner, Settings settings, Background background, FolderController folders, OpenArticle open,
                   ArticleEdits edits, ArticleController articles, MessageBar messages, DashboardPane dashboard) {
        this.owner = owner;
        this.settings = settings;
        this.background = background;
        this.folders = folders;
        this.open = open;
        this.edits = edits;
        this.messages = messages;
        batches = new BatchRunner(background, folders, open, articles, this::say);
        changes = new FolderChanges(batches, folders, this::asker, this::say);
        DashboardFixes.install(dashboard, changes, folders::session);
        batches.setOnTouched(paths -> {
            FolderTable shown = table;
            if (shown != null) {
                shown.model().reread(paths);
            }
        });
    }

    /** Says {@code text} in the window's message bar and under the table. */
    private void say(String text) {
        messages.show(text);
        if (table != null) {
            table.say(text);
        }
    }

    /** True while a folder-wide change can be undone. */
    BooleanBinding canUndoBatch() {
        return batches.canUndo();
    }

    /** Takes back the last folder-wide change, asking first about files changed since. */
    void undoBatch() {
        batches.undo(table != null && table.stage().isFocused() ? table.stage() : owner);
    }

    /** The window that asks: the table when it is in front, else the main window. */
    private Window asker() {
        return table != null && table.stage().isShowing() ? table.stage() : owner;
    }

    /** Folder-wide find and replace, taxonomy, rename with references, fixes and CSV. */
    FolderChanges changes() {
        return changes;
    }

    /** File → Rename/Move: the open article, with its references, through the batch preview. */
    void renameOpenArticle() {
        ArticleSession session = open.get();
        if (session == null || folders.session() == null) {
            say("Open an article first.");
            return;
        }
        changes.renameArticle(session.path());
    }

    /** Asks for a bulk edit of the selected rows, then previews and applies it. */
    void bulkEdit(BulkEditDialog.Kind kind) {
        List<Path> files = table == null ? List.of() : table.selectedPaths();
        if (files.isEmpty()) {
            say("Select the articles to change in the table first (Shift or Ctrl and click, or Ctrl+A).");
            return;
        }
        List<String> columns = table.model().columns().stream().map(KeyPath::toString).toList();
        var focused = table.table().getFocusModel().getFocusedCell();
        String column = focused == null || focused.getTableColumn() == null
                || !(focused.getTableColumn().getUserData() instanceof Integer at) || at < 0 ? null : columns.get(at);
        BulkEditDialog.ask(table.stage(), kind, files.size(), columns, column).ifPresent(edit ->
                batches.planThenPreview(table.stage(), root -> {
                    BulkEdits.Plan plan = BulkEdits.plan(root, files, edit, doc -> true);
                    List<String> notes = new ArrayList<>(plan.refused());
                    notes.addAll(plan.unreadable());
                    return new BatchRunner.Planned(plan.batch(), notes);
                }));
    }

    /** Shows the folder as a table, filled from the index and kept in step with it. */
    void showTable() {
        FolderSession folder = folders.session();
        if (folder == null) {
            return;
        }
        if (table == null) {
            table = new FolderTable(owner, background, tableMenus(), this::editCell);
        }
        if (attached != folder) {
            attach(folder);
        }
        table.stage().show();
        table.stage().toFront();
        table.table().requestFocus();
    }

    FolderTable table() {
        return table;
    }

    /** A new folder was opened: the table lets go of the old one, and follows the new one when shown. */
    void folderOpened() {
        detach();
        FolderSession folder = folders.session();
        if (folder != null) {
            // a batch a crash or kill interrupted is completed before anything else writes the folder
            batches.lane().run(() -> {
                try {
                    return BatchFiles.recover(folder.root()).orElse(null);
                } catch (IOException e) {
                    return "An interrupted folder-wide change could not be completed: " + e.getMessage();
                }
            }, said -> {
                if (said != null) {
                    say(said);
                }
            });
        }
        if (table != null && table.stage().isShowing()) {
            showTable();
        }
    }

    private void attach(FolderSession folder) {
        detach();
        attached = folder;
        ContentIndex index = folder.index();
        FolderTableModel model = table.model();
        model.clear();
        model.setColumns(folder.root(), columnsOf(folder.root()));
        onChanges = changes -> {
            List<org.masthead.content.IndexEntry> changed = new ArrayList<>(changes.added());
            changed.addAll(changes.updated());
            model.update(folder.root(), changed, changes.removed());
        };
        index.addListener(onChanges);
        background.io(() -> {
            model.update(folder.root(), index.entries(), List.of());
            return null;
        }, nothing -> { });
        table.stage().setTitle("Table of " + folder.root().getFileName() + " — Masthead");
    }

    private void detach() {
        if (attached != null && onChanges != null) {
            attached.index().removeListener(onChanges);
        }
        attached = null;
        onChanges = null;
    }

    private MenuBar tableMenus() {
        MenuItem columns = item("_Columns…", null, this::chooseColumns);
        columns.setId("table-columns");
        MenuItem close = item("Clos_e", "Shortcut+W", () -> table.stage().hide());
        MenuItem export = item("E_xport CSV…", null,
                () -> changes.exportCsv(table.shownPaths(), table.model().columns()));
        export.setId("table-export-csv");
        MenuItem importCsv = item("_Import CSV…", null, changes::importCsv);
        importCsv.setId("table-import-csv");
        Menu tableMenu = new Menu("_Table", null, columns, export, importCsv, new SeparatorMenuItem(), close);
        MenuItem replace = item("_Replace in Folder…", "Shortcut+Shift+H", changes::replaceInFolder);
        replace.setId("table-replace");
        MenuItem taxonomy = item("_Taxonomy…", null, changes::taxonomy);
        taxonomy.setId("table-taxonomy");
        MenuItem rename = item("Rename _Article…", null, () -> changes.renameArticle(
                table.selectedPaths().size() == 1 ? table.selectedPaths().get(0) : null));
        rename.setId("table-rename-article");
        Menu folderMenu = new Menu("_Folder", null, replace, taxonomy, rename);
        MenuItem undo = item("_Undo Batch", "Shortcut+Z", this::undoBatch);
        undo.setId("table-undo-batch");
        undo.disableProperty().bind(canUndoBatch().not());
        Menu edit = new Menu("_Edit", null, undo, new SeparatorMenuItem());
        String[] names = {"_Set Value…", "C_lear Value…", "_Add List Item…", "_Remove List Item…", "Re_name Key…",
            "Remove _Key…"};
        for (BulkEditDialog.Kind kind : BulkEditDialog.Kind.values()) {
            MenuItem bulk = item(names[kind.ordinal()], null, () -> bulkEdit(kind));
            bulk.setId("bulk-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            edit.getItems().add(bulk);
        }
        MenuBar bar = new MenuBar(tableMenu, edit, folderMenu);
        bar.setId("table-menu-bar");
        return bar;
    }

    private static MenuItem item(String text, String key, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (key != null) {
            item.setAccelerator(KeyCombination.keyCombination(key));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /** The column chooser, offered the open article's field paths (read off the FX thread). */
    void chooseColumns() {
        FolderSession folder = attached;
        if (folder == null) {
            return;
        }
        List<java.nio.file.Path> sample = table.selectedPaths().isEmpty() ? table.shownPaths() : table.selectedPaths();
        List<java.nio.file.Path> few = sample.subList(0, Math.min(20, sample.size()));
        background.io(() -> {
            Set<String> known = new LinkedHashSet<>();
            for (java.nio.file.Path file : few) {
                MapField root = FieldValues.frontMatter(file);
                if (root != null) {
                    known.addAll(FieldValues.paths(root));
                }
            }
            return known;
        }, known -> ColumnChooser.ask(table.stage(), table.model().columns(), known).ifPresent(chosen -> {
            settings.putText(columnsKey(folder.root()), String.join("\n", chosen.stream().map(KeyPath::toString).toList()));
            table.model().setColumns(folder.root(), chosen);
        }));
    }

    /** The columns remembered for {@code folder}, or the default ones. */
    List<KeyPath> columnsOf(Path folder) {
        String saved = settings.text(columnsKey(folder), null);
        if (saved == null || saved.isBlank()) {
            return DEFAULT_COLUMNS;
        }
        List<KeyPath> out = new ArrayList<>();
        for (String line : saved.split("\n")) {
            try {
                out.add(KeyPath.parse(line.strip()));
            } catch (IllegalArgumentException e) {
                // a path that no longer parses is dropped, the others stay
            }
        }
        return out;
    }

    /** A preferences key per folder: a key may be at most 80 characters, a path may be longer. */
    static String columnsKey(Path folder) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(folder.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return "table.columns." + HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    /**
     * One cell edited: the open article takes it as an unsaved edit; any other file gets the one
     * field spliced in and saved, unless it changed since it was read or the field is not a value.
     */
    private void editCell(FolderTableModel.Row row, KeyPath column, int columnIndex, String value) {
        ArticleSession session = open.get();
        FolderSession folder = attached;
        if (session != null && session.path().toAbsolutePath().normalize().equals(row.path())) {
            edits.change("edit of " + column, doc -> doc.set(column, value));
            table.model().show(row.path(), columnIndex, value);
            table.say(row.relative() + " is open: " + column + " is an unsaved change there.");
            return;
        }
        background.io(() -> {
            try {
                byte[] before = Files.readAllBytes(row.path());
                Document doc = Document.parse(row.path().toString(), before);
                if (!FieldValues.editable(doc.get(column).orElse(null))) {
                    return row.relative() + ": " + column + " holds a list or a map; edit it with Edit → Set Value"
                            + " or the list item commands.";
                }
                Document edited = doc.set(column, value);
                AtomicFiles.write(row.path(), edited.toBytes());
                if (folder != null) {
                    folder.index().refresh(List.of(row.path()));
                }
                table.model().reread(List.of(row.path()));
                return row.relative() + ": " + column + " saved.";
            } catch (DocumentException e) {
                return "Not saved: " + e.getMessage();
            } catch (IOException e) {
                return "Not saved: " + row.relative() + ": " + e.getMessage();
            }
        }, table::say);
    }
}
