package org.masthead.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import org.masthead.seo.Finding;

/**
 * Folder SEO's "fix a check everywhere": on the checks table, a check's one-click fix for all of its
 * findings in the folder; on the findings table, for the selected findings' articles. Either way a
 * preview of the whole change comes first.
 */
final class DashboardFixes {
    private DashboardFixes() {
    }

    static void install(DashboardPane dashboard, FolderChanges changes, Supplier<FolderSession> folder) {
        MenuItem all = new MenuItem("_Fix All Findings of the Check…");
        all.setId("dashboard-fix-all");
        all.setOnAction(e -> {
            DashboardPane.CheckCount check = dashboard.checksTable().getSelectionModel().getSelectedItem();
            if (check != null) {
                changes.fixEverywhere(check.check(), List.of());
            }
        });
        dashboard.checksTable().setContextMenu(new ContextMenu(all));
        dashboard.findingsTable().getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        MenuItem selected = new MenuItem("Fix the _Selected Findings…");
        selected.setId("dashboard-fix-selected");
        selected.setOnAction(e -> {
            List<DashboardModel.Row> rows = dashboard.findingsTable().getSelectionModel().getSelectedItems();
            FolderSession session = folder.get();
            if (rows.isEmpty() || session == null) {
                return;
            }
            // one check at a time: that of the first selected finding, in the selected articles that have it
            Finding first = rows.get(0).finding();
            List<Path> files = rows.stream().filter(r -> r.finding().check().equals(first.check()))
                    .map(r -> session.root().resolve(r.path())).distinct().toList();
            changes.fixEverywhere(first.check(), files);
        });
        dashboard.findingsTable().setContextMenu(new ContextMenu(selected));
    }
}
