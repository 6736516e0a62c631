package dev.connectorconsole.engine.logs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnsiTextTest {

    private static final String E = "\u001b";

    @Test
    void plainTextIsReturnedUnchangedWithoutRuns() {
        StyledText styled = AnsiText.parse("INFO connector started");
        assertThat(styled.text()).isEqualTo("INFO connector started");
        assertThat(styled.runs()).isEmpty();
    }

    @Test
    void basicForegroundColoursBecomeClasses() {
        StyledText styled = AnsiText.parse(E + "[31mred" + E + "[0m " + E + "[32mgreen" + E + "[m plain");
        assertThat(styled.text()).isEqualTo("red green plain");
        assertThat(styled.runs()).containsExactly(new StyledRun(0, 3, "ansi-red"), new StyledRun(4, 9, "ansi-green"));
    }

    @Test
    void brightColoursAndBackgroundsHaveTheirOwnClasses() {
        StyledText styled = AnsiText.parse(E + "[91;44mX" + E + "[39;49m" + E + "[103mY" + E + "[0m");
        assertThat(styled.text()).isEqualTo("XY");
        assertThat(styled.runs()).containsExactly(
                new StyledRun(0, 1, "ansi-bright-red ansi-bg-blue"), new StyledRun(1, 2, "ansi-bg-bright-yellow"));
    }

    @Test
    void boldCombinesWithColourAndIsSwitchedOffBy22() {
        StyledText styled = AnsiText.parse(E + "[1mWARN" + E + "[33m tunnel" + E + "[22m idle" + E + "[0m");
        assertThat(styled.text()).isEqualTo("WARN tunnel idle");
        assertThat(styled.runs()).containsExactly(
                new StyledRun(0, 4, "ansi-bold"),
                new StyledRun(4, 11, "ansi-bold ansi-yellow"),
                new StyledRun(11, 16, "ansi-yellow"));
    }

    @Test
    void italicUnderlineAndFaint() {
        StyledText styled = AnsiText.parse(E + "[2;3;4mx" + E + "[23;24my");
        assertThat(styled.runs()).containsExactly(
                new StyledRun(0, 1, "ansi-faint ansi-italic ansi-underline"), new StyledRun(1, 2, "ansi-faint"));
    }

    @Test
    void colours256DegradeToTheNearestBasicColour() {
        assertThat(AnsiText.parse(E + "[38;5;1mA").runs()).containsExactly(new StyledRun(0, 1, "ansi-red"));
        assertThat(AnsiText.parse(E + "[38;5;12mA").runs()).containsExactly(new StyledRun(0, 1, "ansi-bright-blue"));
        assertThat(AnsiText.parse(E + "[38;5;196mA").runs()).containsExactly(new StyledRun(0, 1, "ansi-bright-red"));
        assertThat(AnsiText.parse(E + "[38;5;28mA").runs()).containsExactly(new StyledRun(0, 1, "ansi-green"));
        assertThat(AnsiText.parse(E + "[38;5;232mA").runs()).containsExactly(new StyledRun(0, 1, "ansi-black"));
        assertThat(AnsiText.parse(E + "[38;5;231mA").runs()).containsExactly(new StyledRun(0, 1, "ansi-bright-white"));
        assertThat(AnsiText.parse(E + "[48;5;226mA").runs()).containsExactly(new StyledRun(0, 1, "ansi-bg-bright-yellow"));
    }

    @Test
    void trueColourDegradesAndParametersAfterItStillApply() {
        StyledText styled = AnsiText.parse(E + "[38;2;250;10;10;1mA");
        assertThat(styled.runs()).containsExactly(new StyledRun(0, 1, "ansi-bold ansi-bright-red"));
        assertThat(AnsiText.parse(E + "[38:5:2mA").runs()).containsExactly(new StyledRun(0, 1, "ansi-green"));
    }

    @Test
    void otherCsiSequencesAreRemoved() {
        StyledText styled = AnsiText.parse(E + "[2K" + E + "[1G" + E + "[?25lprogress 42%" + E + "[?25h" + E + "[3A");
        assertThat(styled.text()).isEqualTo("progress 42%");
        assertThat(styled.runs()).isEmpty();
    }

    @Test
    void oscSequencesEndedByBelOrStAreRemoved() {
        StyledText styled = AnsiText.parse(E + "]0;window title\u0007see " + E + "]8;;https://example.org" + E
                + "\\docs" + E + "]8;;" + E + "\\ now");
        assertThat(styled.text()).isEqualTo("see docs now");
    }

    @Test
    void charsetSelectionAndTwoCharacterEscapesAreRemoved() {
        assertThat(AnsiText.parse(E + "(Bplain" + E + "=" + E + "7text" + E + "8").text()).isEqualTo("plaintext");
    }

    @Test
    void aSequenceCutOffAtTheEndOfTheLineIsDropped() {
        assertThat(AnsiText.parse("almost" + E + "[3").text()).isEqualTo("almost");
        assertThat(AnsiText.parse("lonely" + E).text()).isEqualTo("lonely");
        assertThat(AnsiText.parse("title" + E + "]0;never ends").text()).isEqualTo("title");
    }

    @Test
    void aStyleLeftOpenRunsToTheEndOfTheLine() {
        StyledText styled = AnsiText.parse("ok " + E + "[35mmagenta to the end");
        assertThat(styled.runs()).containsExactly(new StyledRun(3, 21, "ansi-magenta"));
    }

    @Test
    void noRawEscapeEverSurvives() {
        String nasty = E + "[" + E + "[31m" + E + "]" + E + "P" + E + "[1;" + "x" + E + "[" + "\u00e9" + E;
        assertThat(AnsiText.parse(nasty).text()).doesNotContain(E);
    }

    @Test
    void stylesThatCancelOutLeaveNoEmptyRuns() {
        StyledText styled = AnsiText.parse(E + "[31m" + E + "[0mplain" + E + "[1m" + E + "[22m");
        assertThat(styled.text()).isEqualTo("plain");
        assertThat(styled.runs()).isEmpty();
    }
}
