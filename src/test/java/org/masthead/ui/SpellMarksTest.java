package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Underlining misspelled words: new marks are underlined and old ones cleared, the other styles
 * of their characters kept, and only where the text has its styles on (the rest of a long text
 * gets its marks when the highlighter styles it).
 */
@ExtendWith(ApplicationExtension.class)
class SpellMarksTest {
    private static final String TEXT = """
            Teh quick brwn fox jumpd ovr teh lazy dgo and ran of into teh woods wher noone saw it agian.
            Anothr line wiht mor mistaks in evry singel word to make it a long list of marks for the check.
            """;

    private CodeArea area;
    private final int[] styled = {0, TEXT.length()};
    private SpellMarks marks;

    @Start
    void start(Stage stage) {
        area = new CodeArea(TEXT);
        area.setStyle(0, TEXT.length(), List.of("md-text"));
        marks = new SpellMarks(area, () -> styled.clone());
        stage.setScene(new Scene(new StackPane(area), 600, 200));
        stage.show();
    }

    private static SpellMarks.Mark mark(String word, int nth) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = TEXT.indexOf(word, at + 1);
        }
        return new SpellMarks.Mark(at, word);
    }

    /** Every word of the text, as marks. */
    private static List<SpellMarks.Mark> allWords() {
        List<SpellMarks.Mark> out = new ArrayList<>();
        java.util.regex.Matcher words = java.util.regex.Pattern.compile("[A-Za-z]+").matcher(TEXT);
        while (words.find()) {
            out.add(new SpellMarks.Mark(words.start(), words.group()));
        }
        return out;
    }

    private Collection<String> styleAt(int offset) {
        return area.getStyleOfChar(offset);
    }

    private boolean underlined(SpellMarks.Mark m) {
        for (int i = m.offset(); i < m.end(); i++) {
            if (!styleAt(i).contains(SpellMarks.STYLE)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void onlyMarksInTheStyledPartOfTheTextAreUnderlined(FxRobot robot) {
        SpellMarks.Mark inside = mark("brwn", 0);
        SpellMarks.Mark outside = mark("mistaks", 0);
        robot.interact(() -> {
            styled[1] = TEXT.indexOf('\n');
            marks.set(List.of(inside, outside));
        });
        assertThat(underlined(inside)).isTrue();
        assertThat(styleAt(inside.offset())).contains("md-text");
        assertThat(styleAt(outside.offset())).doesNotContain(SpellMarks.STYLE);
        assertThat(marks.marks()).containsExactly(inside, outside);
    }

    @Test
    void manyMarksChangedAtOnceAreUnderlinedAndClearedKeepingTheOtherStyles(FxRobot robot) {
        List<SpellMarks.Mark> words = allWords();
        List<SpellMarks.Mark> even = new ArrayList<>();
        List<SpellMarks.Mark> odd = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            (i % 2 == 0 ? even : odd).add(words.get(i));
        }
        assertThat(even).hasSizeGreaterThan(16);
        // the spelling check hands the words on screen first, then the rest: not in text order
        List<SpellMarks.Mark> shuffled = new ArrayList<>(even);
        Collections.reverse(shuffled);
        robot.interact(() -> marks.set(shuffled));
        assertThat(even).allMatch(this::underlined);
        assertThat(odd).noneMatch(m -> styleAt(m.offset()).contains(SpellMarks.STYLE));

        robot.interact(() -> marks.set(odd));
        assertThat(odd).allMatch(this::underlined);
        assertThat(even).noneMatch(m -> styleAt(m.offset()).contains(SpellMarks.STYLE));
        for (int i = 0; i < TEXT.length() - 1; i++) {
            assertThat(styleAt(i)).as("style at %d", i).contains("md-text");
        }
    }

    @Test
    void aWordNoLongerMisspelledLosesItsUnderline(FxRobot robot) {
        SpellMarks.Mark teh = mark("Teh", 0);
        robot.interact(() -> marks.set(List.of(teh)));
        assertThat(underlined(teh)).isTrue();
        robot.interact(() -> marks.set(List.of()));
        assertThat(styleAt(teh.offset())).containsExactly("md-text");
    }
}
