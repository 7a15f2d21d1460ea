package org.masthead.ui;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.masthead.content.NewArticle;

/** Asks for a new article's title and subject; the file name and url follow from the title. */
final class NewArticleDialog {
    private NewArticleDialog() {
    }

    static Optional<NewArticle.Request> ask(Window owner) {
        TextField title = new TextField();
        title.setId("new-article-title");
        title.setPromptText("The article's title, e.g. How do tides work?");
        TextField subject = new TextField();
        subject.setId("new-article-subject");
        subject.setPromptText("Subject, e.g. Physics");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Title"), title);
        grid.addRow(1, new Label("Subject"), subject);
        title.setPrefColumnCount(36);

        Dialog<NewArticle.Request> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New Article");
        dialog.setHeaderText("Create an article from the folder's template");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(title.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new NewArticle.Request(title.getText().strip(), subject.getText().strip(), null, null) : null);
        Platform.runLater(title::requestFocus);
        return dialog.showAndWait();
    }
}
