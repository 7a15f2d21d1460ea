package org.masthead.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.masthead.content.InputSpec;
import org.masthead.content.InputSpec.Type;
import org.masthead.document.KeyPath;
import org.masthead.document.ScalarField;
import org.masthead.document.ScalarType;

/**
 * Picks the input for a scalar field from its key and value, the way CloudCannon infers inputs:
 * dates get a date picker, urls a URL box, numbers and booleans their own inputs, long text a
 * multi-line box. A schema's {@link InputSpec} overrides the inference. Each input reports a
 * committed new value as text, ready for {@code Document.set}.
 */
final class FieldInputs {
    private static final int LONG_TEXT = 70;
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern URL = Pattern.compile("(https?://|/)\\S*");
    private static final String REQUIRED = "This field is required.";

    private FieldInputs() {
    }

    static Node create(KeyPath path, ScalarField field, boolean editable, Consumer<String> commit) {
        return create(path, field, null, editable, commit);
    }

    /**
     * The input for {@code field}; {@code spec} (may be null) overrides the inferred type and adds
     * a comment and a required check shown under the input.
     */
    static Node create(KeyPath path, ScalarField field, InputSpec spec, boolean editable, Consumer<String> commit) {
        String key = path.last().toString();
        Type type = spec == null || spec.type() == Type.AUTO ? infer(key, field) : spec.type();
        Label message = spec == null ? null : new Label();
        if (message != null) {
            message.setVisible(false);
            message.setManaged(false);
        }
        Function<String, String> problem = problem(type);
        if (spec != null && spec.required()) {
            Function<String, String> base = problem;
            problem = value -> value.isBlank() ? REQUIRED : base.apply(value);
        }
        String value = field.value();
        Node node = switch (type) {
            case CHECKBOX -> checkBox(value, commit);
            case DATE -> datePicker(value, spec != null, commit, problem, message);
            case SELECT -> spec.options().isEmpty() ? validated(new TextField(value), value, commit, problem, message)
                    : select(value, spec.options(), commit, problem, message);
            case TEXTAREA, MARKDOWN -> validated(area(value, type), value, commit, problem, message);
            case TEXT -> validated(value.contains("\n") ? area(value, type) : new TextField(value), value, commit,
                    problem, message);
            default -> validated(new TextField(value), value, commit, problem, message);
        };
        node.setId("field-" + path);
        node.setDisable(!editable);
        return spec == null ? node : withNotes(node, spec, message);
    }

    private static Type infer(String key, ScalarField field) {
        if (field.type() == ScalarType.BOOLEAN) {
            return Type.CHECKBOX;
        } else if (isDate(key, field)) {
            return Type.DATE;
        } else if (field.type() == ScalarType.NUMBER) {
            return Type.NUMBER;
        } else if (key.equals("url") || key.endsWith("_url")) {
            return Type.URL;
        }
        return field.value().length() > LONG_TEXT ? Type.TEXTAREA : Type.TEXT;
    }

    private static Function<String, String> problem(Type type) {
        return switch (type) {
            case NUMBER -> text -> NUMBER.matcher(text.strip()).matches() ? null : "Enter a number, such as 12 or -1.5.";
            case URL -> text -> text.isEmpty() || URL.matcher(text).matches() ? null
                    : "A URL starts with / or http(s):// and has no spaces.";
            case DATETIME -> text -> text.isBlank() || isDateTime(text.strip()) ? null
                    : "Enter a date and time, such as 2025-02-10T09:30:00Z.";
            default -> text -> null;
        };
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

    /** YAML timestamps may use a space instead of T, and may be a bare date. */
    private static boolean isDateTime(String text) {
        String iso = text.replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) ", "$1T");
        for (Function<String, Object> parse : List.<Function<String, Object>>of(OffsetDateTime::parse,
                LocalDateTime::parse, LocalDate::parse)) {
            try {
                parse.apply(iso);
                return true;
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return false;
    }

    private static Node checkBox(String value, Consumer<String> commit) {
        CheckBox box = new CheckBox();
        box.setSelected(Boolean.parseBoolean(value.strip()) || value.strip().equalsIgnoreCase("yes"));
        box.selectedProperty().addListener((obs, was, now) -> commit.accept(now.toString()));
        return box;
    }

    /**
     * Only a plain {@code YYYY-MM-DD} date is offered a picker edit, so the file's format is kept.
     * An empty field gets a picker only when the schema asked for a date.
     */
    private static Node datePicker(String value, boolean asked, Consumer<String> commit,
                                   Function<String, String> problem, Label message) {
        LocalDate date = parseDate(value);
        boolean plain = date != null && value.strip().matches("\\d{4}-\\d{2}-\\d{2}");
        if (!plain && !(asked && value.isBlank())) {
            return validated(new TextField(value), value, commit, problem, message);
        }
        DatePicker picker = new DatePicker(date);
        picker.setEditable(true);
        // Show the date as the file writes it, not in the machine's locale.
        picker.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        mark(picker, problem.apply(value), message);
        picker.valueProperty().addListener((obs, was, now) -> {
            if (now != null && !now.equals(was)) {
                mark(picker, problem.apply(now.toString()), message);
                commit.accept(now.toString());
            }
        });
        return picker;
    }

    /** A value missing from the options is kept as the first choice, so opening the form loses nothing. */
    private static Node select(String value, List<String> options, Consumer<String> commit,
                               Function<String, String> problem, Label message) {
        List<String> items = new ArrayList<>(options);
        if (!value.isEmpty() && !items.contains(value)) {
            items.add(0, value);
        }
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(items);
        box.setValue(value.isEmpty() ? null : value);
        box.setMaxWidth(Double.MAX_VALUE);
        mark(box, problem.apply(value), message);
        box.valueProperty().addListener((obs, was, now) -> {
            if (now != null && !now.equals(was)) {
                mark(box, problem.apply(now), message);
                commit.accept(now);
            }
        });
        return box;
    }

    private static TextArea area(String value, Type type) {
        TextArea area = new TextArea(value);
        area.setWrapText(true);
        int rows = Math.min(4, 1 + value.length() / 90);
        area.setPrefRowCount(type == Type.TEXTAREA || type == Type.MARKDOWN ? Math.max(3, rows) : rows);
        if (type == Type.MARKDOWN) {
            area.getStyleClass().add("markdown-input");
        }
        return area;
    }

    /**
     * Commits when the user leaves the input or presses Enter, so a keystroke does not re-parse
     * the file; an invalid value is marked and not committed. With a schema ({@code message} not
     * null) the value is checked at once, so a required field that is empty shows it on opening.
     */
    private static Node validated(TextInputControl text, String original, Consumer<String> commit,
                                  Function<String, String> problem, Label message) {
        String[] committed = {original};
        if (message != null) {
            mark(text, problem.apply(original), message);
        }
        Runnable tryCommit = () -> {
            String value = text.getText();
            String error = problem.apply(value);
            mark(text, error, message);
            if (error == null && !value.equals(committed[0])) {
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

    private static void mark(javafx.scene.control.Control input, String error, Label message) {
        input.getStyleClass().remove("invalid");
        input.setTooltip(null);
        if (error != null) {
            input.getStyleClass().add("invalid");
            input.setTooltip(new Tooltip(error));
        }
        if (message != null) {
            message.setText(error == null ? "" : error);
            message.setVisible(error != null);
            message.setManaged(error != null);
        }
    }

    /** The problem message and the schema's comment (small grey text) under the input. */
    private static Node withNotes(Node input, InputSpec spec, Label message) {
        message.getStyleClass().add("field-problem");
        message.setWrapText(true);
        VBox box = new VBox(2, input, message);
        if (!spec.comment().isEmpty()) {
            Label comment = new Label(spec.comment());
            comment.getStyleClass().add("field-comment");
            comment.setWrapText(true);
            box.getChildren().add(comment);
        }
        return box;
    }
}
