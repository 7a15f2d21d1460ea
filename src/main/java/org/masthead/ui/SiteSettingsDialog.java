package org.masthead.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.masthead.content.ConfigFile;
import org.masthead.content.site.Site;
import org.masthead.content.site.SiteDetector;
import org.masthead.document.AtomicFiles;
import org.masthead.document.DocumentException;
import org.masthead.seo.FolderContext;
import org.masthead.seo.SeoConfig;
import org.masthead.seo.SeoRules;
import org.masthead.seo.SiteFields;

/**
 * The site the folder belongs to, and the field each check reads. A changed field is spliced into
 * the folder's {@code .masthead.yml} (every other byte kept), and the window's checks follow at
 * once. Also makes the status line that names the detected site.
 */
final class SiteSettingsDialog {
    /** What the dialog read off the FX thread. */
    private record Loaded(Site site, SeoRules rules, String yaml) {
    }

    private final Stage stage = new Stage();
    private final Path folder;
    private final Background background;
    private final Runnable onSaved;
    private final Label header = new Label("Reading the site…");
    private final Label problem = new Label();
    private final GridPane grid = new GridPane();
    private final Map<String, TextField> inputs = new LinkedHashMap<>();
    private Loaded loaded;

    SiteSettingsDialog(Window owner, Path folder, Background background, Runnable onSaved) {
        this.folder = folder;
        this.background = background;
        this.onSaved = onSaved;
        stage.initOwner(owner);
        stage.setTitle("Site Settings");
        header.setId("site-settings-header");
        header.setWrapText(true);
        problem.setId("site-settings-problem");
        problem.getStyleClass().add("message");
        problem.setWrapText(true);
        grid.setHgap(10);
        grid.setVgap(4);
        Button save = new Button("Save to .masthead.yml");
        save.setId("site-settings-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        VBox box = new VBox(10, header, new Label("Which front-matter field each check reads (empty: the site has none):"),
                new ScrollPane(grid), problem, new HBox(8, save, close));
        box.setPadding(new Insets(12));
        box.setId("site-settings");
        stage.setScene(new Scene(box, 720, 620));
    }

    void show() {
        stage.show();
        background.io(() -> {
            try {
                Site site = SiteDetector.detect(folder);
                Path file = folder.resolve(ConfigFile.NAME);
                String yaml = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
                return (Object) new Loaded(site, SeoConfig.load(folder, site), yaml);
            } catch (IOException | DocumentException e) {
                return e.getMessage();
            }
        }, result -> {
            if (result instanceof Loaded l) {
                fill(l);
            } else {
                header.setText("The folder's settings could not be read: " + result
                        + ". Fix .masthead.yml; nothing can be saved until then.");
            }
        });
    }

    Stage stage() {
        return stage;
    }

    private void fill(Loaded result) {
        loaded = result;
        header.setText(describe(result.site(), result.rules()));
        grid.getChildren().clear();
        inputs.clear();
        int row = 0;
        for (Map.Entry<String, String> e : SiteFields.byRole(result.rules().fields()).entrySet()) {
            TextField input = new TextField(e.getValue());
            input.setId("site-field-" + e.getKey());
            inputs.put(e.getKey(), input);
            Label checks = new Label(String.join(", ", SiteFields.checksOf(e.getKey())));
            checks.setWrapText(true);
            grid.addRow(row++, new Label(e.getKey()), input, checks);
        }
    }

    /** Splices each changed field into .masthead.yml off the FX thread; a refusal is named, nothing written. */
    private void save() {
        if (loaded == null) {
            return;
        }
        Map<String, String> changed = new LinkedHashMap<>();
        Map<String, String> before = SiteFields.byRole(loaded.rules().fields());
        inputs.forEach((role, input) -> {
            if (!input.getText().strip().equals(before.get(role))) {
                changed.put(role, input.getText().strip());
            }
        });
        if (changed.isEmpty()) {
            stage.close();
            return;
        }
        String yaml = loaded.yaml();
        background.io(() -> {
            String text = yaml;
            try {
                for (Map.Entry<String, String> e : changed.entrySet()) {
                    text = ConfigFile.withValue(ConfigFile.NAME, text, "seo.fields." + e.getKey(), e.getValue());
                }
                SeoConfig.parse(ConfigFile.NAME, text);
                AtomicFiles.write(folder.resolve(ConfigFile.NAME), text.getBytes(StandardCharsets.UTF_8));
                return null;
            } catch (DocumentException | IOException e) {
                return e.getMessage();
            }
        }, failure -> {
            if (failure == null) {
                stage.close();
                onSaved.run();
            } else {
                problem.setText("Nothing was written: " + failure);
            }
        });
    }

    /** One line naming the site, its field profile and its address. */
    static String describe(Site site, SeoRules rules) {
        if (site == null) {
            return "Fields: " + rules.profile();
        }
        String name = site.detected() ? site.generator().label() + " site" : "No site generator found";
        String where = site.baseUrl().isEmpty() ? "" : " · " + site.baseUrl();
        return name + " · fields: " + rules.profile() + where
                + (site.notes().isEmpty() ? "" : " · " + site.notes().get(0));
    }

    /** The status line under the window, empty until the folder's checks are known. */
    static Label statusLabel() {
        Label label = new Label();
        label.setId("site-status");
        label.getStyleClass().add("site-status");
        label.setPadding(new Insets(2, 8, 2, 8));
        return label;
    }

    static void showStatus(Label label, FolderContext context) {
        SeoRules rules = context.rules();
        label.setText(rules.site() == null && rules.reference() ? "No site generator found · fields: reference"
                : describe(rules.site(), rules));
    }
}
