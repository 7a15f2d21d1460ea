package org.masthead.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.util.converter.LocalDateStringConverter;
import org.masthead.content.InputSpec.Type;
import org.masthead.content.InputSpec;
import org.masthead.document.KeyPath;
import org.masthead.document.ScalarField;
import org.masthead.document.ScalarType;

/**
 * Picks the input for a scalar field from its key and value, the way CloudCannon infers inputs:
 * dates get a date picker, urls a URL box, numbers and booleans their own inputs, long text a
 * multi-line box. A schema's {@link InputSpec} overrides the inference. Each input reports every
 * change of its value as text, keystroke by keystroke, ready for {@code Document.set}: an edit in
 * the form is an edit of the article at once, as in the editor.
 */
final class FieldInputs {
    private static final int LONG_TEXT = 70;
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern URL = Pattern.compile("(https?://|/)\\S*");
    private static final String REQUIRED = "This field is required.";
    // set on an input while the form puts a value into it (an undo), which is not the user's edit
    private static final String QUIET = "masthead.quiet";

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
            case TEXTAREA, MARKDOWN -> validated(area(value, type, multiLine(field, type)), value, commit, problem,
                    message);
            case TEXT -> validated(value.contains("\n") ? area(value, type, true) : new TextField(value), value, commit,
                    problem, message);
            default -> validated(new TextField(value), value, commit, problem, message);
        };
        node.setId("field-" + path);
        node.setDisable(!editable);
        // a screen reader names the input by its key path, as the checks and the CLI name it
        node.setAccessibleText(path.toString());
        if (spec != null && !spec.comment().isEmpty()) {
            node.setAccessibleHelp(spec.comment());
        }
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
        box.setSelected(isTrue(value));
        box.selectedProperty().addListener((obs, was, now) -> {
            if (!quiet(box)) {
                commit.accept(now.toString());
            }
        });
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
        picker.setConverter(new LocalDateStringConverter(
                DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE));
        mark(picker, problem.apply(value), message);
        picker.valueProperty().addListener((obs, was, now) -> {
            if (now != null && !now.equals(was) && !quiet(picker)) {
                mark(picker, problem.apply(now.toString()), message);
                commit.accept(now.toString());
            }
        });
        // a date typed in full is an edit at once, before the picker takes it on Enter or on leaving
        picker.getEditor().textProperty().addListener((obs, was, now) -> {
            if (!quiet(picker) && now.strip().matches("\\d{4}-\\d{2}-\\d{2}") && parseDate(now) != null
                    && !parseDate(now).equals(picker.getValue())) {
                commit.accept(now.strip());
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
            if (now != null && !now.equals(was) && !quiet(box)) {
                mark(box, problem.apply(now), message);
                commit.accept(now);
            }
        });
        return box;
    }

    /**
     * Whether a newline belongs in the value: a Markdown field, a literal {@code |} block, or a value
     * that already holds one. A long one-line value (a folded {@code >-} description) only wraps.
     */
    private static boolean multiLine(ScalarField field, Type type) {
        return type == Type.MARKDOWN || field.value().contains("\n") || switch (field.style()) {
            case LITERAL, LITERAL_STRIP, LITERAL_KEEP -> true;
            default -> false;
        };
    }

    private static TextArea area(String value, Type type, boolean multiLine) {
        TextArea area = new TextArea(value);
        keepFocusKeys(area, multiLine);
        area.setWrapText(true);
        int rows = Math.min(4, 1 + value.length() / 90);
        area.setPrefRowCount(type == Type.TEXTAREA || type == Type.MARKDOWN ? Math.max(3, rows) : rows);
        if (type == Type.MARKDOWN) {
            area.getStyleClass().add("markdown-input");
        }
        return area;
    }

    /**
     * Tab moves focus out of a text box rather than typing a tab into the value. In a one-line
     * box, Enter types nothing and a pasted newline becomes a space, so a folded value keeps its
     * style and gains no trailing newline.
     */
    private static void keepFocusKeys(TextArea area, boolean multiLine) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                // the text area's own binding for Ctrl+Tab moves the focus; Shift goes back
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true,
                        false, false));
            } else if (e.getCode() == KeyCode.ENTER && !multiLine) {
                e.consume();
            }
        });
        if (!multiLine) {
            area.setTextFormatter(new TextFormatter<String>(change -> {
                if (change.getText().indexOf('\n') >= 0 || change.getText().indexOf('\r') >= 0) {
                    change.setText(change.getText().replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '));
                }
                return change;
            }));
        }
    }

    /**
     * Reports every change of the text as an edit, valid or not, so that nothing typed is lost; an
     * invalid value is marked. With a schema ({@code message} not null) the value is checked at
     * once, so a required field that is empty shows it on opening.
     */
    private static Node validated(TextInputControl text, String original, Consumer<String> commit,
                                  Function<String, String> problem, Label message) {
        if (message != null) {
            mark(text, problem.apply(original), message);
        }
        text.textProperty().addListener((obs, was, now) -> {
            mark(text, problem.apply(now), message);
            if (!quiet(text)) {
                commit.accept(now);
            }
        });
        return text;
    }

    /** Puts {@code value} into an input as the form's own change (an undo), not reported as an edit. */
    @SuppressWarnings("unchecked")
    static void setQuietly(Node input, String value) {
        input.getProperties().put(QUIET, Boolean.TRUE);
        try {
            if (input instanceof TextInputControl text && !text.getText().equals(value)) {
                text.setText(value);
                text.positionCaret(value.length());
            } else if (input instanceof DatePicker picker) {
                picker.setValue(parseDate(value));
                picker.getEditor().setText(value);
            } else if (input instanceof CheckBox box) {
                box.setSelected(isTrue(value));
            } else if (input instanceof ComboBox<?> box) {
                ((ComboBox<String>) box).setValue(value);
            }
        } finally {
            input.getProperties().remove(QUIET);
        }
    }

    private static boolean quiet(Node input) {
        return input.getProperties().containsKey(QUIET);
    }

    private static boolean isTrue(String value) {
        return Boolean.parseBoolean(value.strip()) || value.strip().equalsIgnoreCase("yes");
    }

    private static void mark(Control input, String error, Label message) {
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
