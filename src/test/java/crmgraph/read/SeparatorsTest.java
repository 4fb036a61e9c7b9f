package crmgraph.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding an export's separators over the whole file, as Quizlet and Anki let students choose them. */
class SeparatorsTest {

    private static Separators found(String... lines) {
        return Separators.detect(List.of(lines)).orElseThrow().separators();
    }

    @Test
    void a_tab_between_term_and_definition_one_card_per_line() {
        assertThat(found(
                        "churn\tcustomers lost in a period",
                        "retention\tcustomers kept",
                        "advocacy\trecommending a firm"))
                .isEqualTo(Separators.perLine("\t"));
    }

    @Test
    void a_custom_string_wins_even_where_definitions_hold_hyphens_commas_and_colons() {
        assertThat(found(
                        "price bundling - selling two products for one price, often cheaper",
                        "loss leader - a product sold at a loss: it draws shoppers in",
                        "reference price - the price a buyer expects - a yardstick"))
                .isEqualTo(Separators.perLine(" - "));
        assertThat(found(
                        "CLV = the value of a customer over time",
                        "CAC = the cost of winning a customer, all in",
                        "ROI = return on investment"))
                .isEqualTo(Separators.perLine(" = "));
    }

    @Test
    void many_cards_on_one_line_are_cut_at_the_card_separator() {
        Separators s = found(
                "churn: customers lost;retention: customers kept;advocacy: recommending, praising;winback: regaining lost buyers");
        assertThat(s).isEqualTo(new Separators(": ", ";"));
    }

    @Test
    void a_comma_separated_file_with_a_quoted_cell_over_two_lines_is_still_one_card_per_record() {
        assertThat(found(
                        "Term,Definition",
                        "churn,\"customers lost, per year\"",
                        "retention,\"customers kept,",
                        "as a share\"",
                        "advocacy,customers who recommend"))
                .isEqualTo(Separators.perLine(","));
    }

    @Test
    void sentences_cut_at_semicolons_are_no_cards() {
        assertThat(Separators.detect(List.of(
                                "What is churn?",
                                "Customers who leave; it is measured per year, usually.",
                                "What is retention?",
                                "Customers who stay; the opposite of churn."))
                        .map(Separators.Found::share)
                        .orElse(0.0))
                .isLessThan(0.8);
    }

    @Test
    void separators_can_be_named_as_the_apps_name_them() {
        assertThat(Separators.parse("Tab")).isEqualTo("\t");
        assertThat(Separators.parse("semicolon")).isEqualTo(";");
        assertThat(Separators.parse("new line")).isEqualTo(Separators.NEW_LINE);
        assertThat(Separators.parse(" - ")).isEqualTo(" - ");
        assertThat(new Separators(" - ", ";").describe()).isEqualTo("term/definition dash, cards semicolon");
        assertThatThrownBy(() -> new Separators(";", ";")).isInstanceOf(IllegalArgumentException.class);
    }
}
