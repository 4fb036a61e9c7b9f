package crmgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.read.Layout;
import crmgraph.read.ReadOptions;
import crmgraph.read.Separators;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ReadChoiceTest {

    private static final ReadOptions REMEMBERED = new ReadOptions(Layout.ANSWER_FIRST, 2);

    @Test
    void nothing_said_reads_a_deck_as_it_remembers() {
        assertThat(ReadChoice.NONE.over(REMEMBERED)).isEqualTo(REMEMBERED);
        assertThat(ReadChoice.NONE.over(ReadOptions.AUTO)).isEqualTo(ReadOptions.AUTO);
    }

    @Test
    void each_option_said_replaces_the_remembered_one_and_the_other_stays() {
        assertThat(new ReadChoice(Optional.empty(), OptionalInt.of(0)).over(REMEMBERED))
                .isEqualTo(new ReadOptions(Layout.ANSWER_FIRST, 0));
        assertThat(new ReadChoice(Optional.of(Layout.TERM_FIRST), OptionalInt.empty()).over(REMEMBERED))
                .isEqualTo(new ReadOptions(Layout.TERM_FIRST, 2));
    }

    @Test
    void auto_said_out_loud_resets_the_remembered_layout() {
        assertThat(ReadChoice.of(ReadOptions.AUTO).over(REMEMBERED)).isEqualTo(ReadOptions.AUTO);
        assertThat(new ReadChoice(Optional.of(Layout.AUTO), OptionalInt.empty()).over(REMEMBERED))
                .isEqualTo(new ReadOptions(Layout.AUTO, 2));
    }

    @Test
    void separators_not_said_are_the_remembered_ones_whatever_else_is_said() {
        ReadOptions remembered = REMEMBERED.withSeparators(new Separators(" - ", ";"));
        assertThat(ReadChoice.NONE.over(remembered)).isEqualTo(remembered);
        assertThat(new ReadChoice(Optional.of(Layout.TERM_FIRST), OptionalInt.empty())
                        .over(remembered)
                        .separators())
                .isEqualTo(new Separators(" - ", ";"));
    }

    @Test
    void separators_said_replace_the_remembered_ones_and_find_lets_the_reader_find_them_again() {
        ReadOptions remembered = REMEMBERED.withSeparators(new Separators(" - ", ";"));
        ReadChoice colon = new ReadChoice(
                Optional.empty(),
                OptionalInt.empty(),
                Optional.of(new ReadChoice.SeparatorChoice(Separators.perLine(": "))));
        assertThat(colon.over(remembered)).isEqualTo(REMEMBERED.withSeparators(Separators.perLine(": ")));
        ReadChoice find =
                new ReadChoice(Optional.empty(), OptionalInt.empty(), Optional.of(ReadChoice.SeparatorChoice.FIND));
        assertThat(find.over(remembered)).isEqualTo(REMEMBERED);
        assertThat(ReadChoice.of(ReadOptions.AUTO).over(remembered)).isEqualTo(ReadOptions.AUTO);
    }
}
