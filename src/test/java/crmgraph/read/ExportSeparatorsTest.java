package crmgraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExportSeparatorsTest {

    private static final String QUIZLET =
            "Churn - The share of customers who stop buying.;Touchpoint - Any moment a customer meets the brand.;"
                    + "Advocate - A customer who recommends the brand.\n";

    @Test
    void the_separators_a_deck_was_read_with_come_from_its_format() {
        assertThat(ExportSeparators.used(new DeckReader().read("quizlet.txt", QUIZLET)))
                .contains(new Separators(" - ", ";"));
        assertThat(ExportSeparators.used(
                        new DeckReader().read("glossary.tsv", "Churn\tLeaving.\nTouchpoint\tA meeting.\n")))
                .contains(Separators.perLine("\t"));
        assertThat(ExportSeparators.ofFormat("csv")).contains(Separators.perLine(","));
    }

    @Test
    void decks_read_as_notes_lines_or_questions_have_no_separators() {
        assertThat(ExportSeparators.used(
                        new DeckReader().read("notes.md", "# CRM\n\nChurn is the loss of customers.\n")))
                .isEmpty();
        assertThat(ExportSeparators.ofFormat("lines(term-first)")).isEmpty();
        assertThat(ExportSeparators.ofFormat("qa-rated")).isEmpty();
        assertThat(ExportSeparators.ofFormat("delimited(nonsense)")).isEmpty();
        assertThat(ExportSeparators.ofFormat(null)).isEmpty();
    }

    @Test
    void every_separator_asked_for_is_found_again_in_the_format_it_gives() {
        List<Separators> asked = List.of(
                new Separators(" - ", ";"),
                new Separators(": ", "\n"),
                new Separators(" = ", "||"),
                new Separators("::", "\n"),
                new Separators(", cards ", ";"),
                new Separators("\"", "\n"),
                new Separators("|", ";"),
                new Separators("\t", ";"));
        for (Separators s : asked) {
            ReadDeck deck = new DeckReader()
                    .read(
                            "deck.txt",
                            "a" + s.field() + "b" + s.row() + "c" + s.field() + "d\n",
                            ReadOptions.AUTO.withSeparators(s));
            assertThat(ExportSeparators.used(deck)).as(deck.format()).contains(s);
        }
    }

    @Test
    void a_separator_is_typed_by_its_name_or_as_itself_and_parses_back() {
        assertThat(ExportSeparators.typed("\t")).isEqualTo("tab");
        assertThat(ExportSeparators.typed("\n")).isEqualTo("new line");
        assertThat(ExportSeparators.typed(";")).isEqualTo("semicolon");
        assertThat(ExportSeparators.typed(" - ")).isEqualTo("dash");
        assertThat(ExportSeparators.typed(" :: ")).isEqualTo(" :: ");
        assertThat(ExportSeparators.typed("\t|\n")).isEqualTo("\\t|\\n");
        for (String s : List.of("\t", "\n", ";", ",", " - ", ": ", " = ", "|", " ", " :: ", "\t|\n", "->", "||")) {
            assertThat(Separators.parse(ExportSeparators.typed(s))).as(s).isEqualTo(s);
        }
    }
}
