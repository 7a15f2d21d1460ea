package org.masthead.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import org.masthead.document.KeyPath;
import org.masthead.document.ScalarField;
import org.masthead.document.ScalarType;

/**
 * Picks the input for a scalar field from its key and value, the way CloudCannon infers inputs:
 * dates get a date picker, urls a URL box, numbers and booleans their own inputs, long text a
 * multi-line box. Each input reports a committed new value as text, ready for {@code Document.set}.
 */
final class FieldInputs {
    private static final int LONG_TEXT = 70;
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern URL = Pattern.compile("(https?://|/)\\S*");

    private FieldInputs() {
    }

    static Node create(KeyPath path, ScalarField field, boolean editable, Consumer<String> commit) {
        String key = path.last().toString();
        Node node;
        if (field.type() == ScalarType.BOOLEAN) {
            node = checkBox(field, commit);
        } else if (isDate(key, field)) {
            node = datePicker(field, commit);
        } else if (field.type() == ScalarType.NUMBER) {
            node = validated(new TextField(field.value()), field.value(), commit,
                    text -> NUMBER.matcher(text.strip()).matches() ? null : "Enter a number, such as 12 or -1.5.");
        } else if (key.equals("url") || key.endsWith("_url")) {
            node = validated(new TextField(field.value()), field.value(), commit,
                    text -> text.isEmpty() || URL.matcher(text).matches() ? null
                            : "A URL starts with / or http(s):// and has no spaces.");
        } else {
            TextInputControl text = field.value().length() > LONG_TEXT || field.value().contains("\n")
                    ? wrapped(field.value()) : new TextField(field.value());
            node = validated(text, field.value(), commit, value -> null);
        }
        node.setId("field-" + path);
        node.setDisable(!editable);
        return node;
    }

    private static boolean isDate(String key, ScalarField field) {
        return field.type() == ScalarType.DATE || (key.equals("date") && parseDate(field.value()) != null);
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Node checkBox(ScalarField field, Consumer<String> commit) {
        CheckBox box = new CheckBox();
        box.setSelected(Boolean.parseBoolean(field.value().strip()) || field.value().strip().equalsIgnoreCase("yes"));
        box.selectedProperty().addListener((obs, was, now) -> commit.accept(now.toString()));
        return box;
    }

    /** Only a plain {@code YYYY-MM-DD} date is offered a picker edit, so the file's format is kept. */
    private static Node datePicker(ScalarField field, Consumer<String> commit) {
        LocalDate date = parseDate(field.value());
        if (date == null || !field.value().strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
            return validated(new TextField(field.value()), field.value(), commit, value -> null);
        }
        DatePicker picker = new DatePicker(date);
        picker.setEditable(true);
        // Show the date as the file writes it, not in the machine's locale.
        picker.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        picker.valueProperty().addListener((obs, was, now) -> {
            if (now != null && !now.equals(was)) {
                commit.accept(now.toString());
            }
        });
        return picker;
    }

    private static TextArea wrapped(String value) {
        TextArea area = new TextArea(value);
        area.setWrapText(true);
        area.setPrefRowCount(Math.min(4, 1 + value.length() / 90));
        return area;
    }

    /**
     * Commits when the user leaves the input or presses Enter, so a keystroke does not re-parse
     * the file; an invalid value is marked and not committed.
     */
    private static Node validated(TextInputControl text, String original, Consumer<String> commit,
                                  Function<String, String> problem) {
        String[] committed = {original};
        Runnable tryCommit = () -> {
            String value = text.getText();
            String error = problem.apply(value);
            text.getStyleClass().remove("invalid");
            text.setTooltip(null);
            if (error != null) {
                text.getStyleClass().add("invalid");
                text.setTooltip(new Tooltip(error));
            } else if (!value.equals(committed[0])) {
                committed[0] = value;
                commit.accept(value);
            }
        };
        text.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                tryCommit.run();
            }
        });
        if (text instanceof TextField field) {
            field.setOnAction(e -> tryCommit.run());
        }
        return text;
    }
}
