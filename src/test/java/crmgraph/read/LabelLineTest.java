package crmgraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A "Label: Title" line at the top of a file is furniture, never a term with its definition. */
class LabelLineTest {

    @Test
    void a_label_word_with_a_title_or_tags_is_a_label_line() {
        assertThat(Furniture.labelLine("Module: Customer Relationship Management"))
                .isTrue();
        assertThat(Furniture.labelLine("Lecture 4: Loyalty Programmes")).isTrue();
        assertThat(Furniture.labelLine("Tags: CRM · week two")).isTrue();
    }

    @Test
    void a_term_with_a_definition_is_no_label_line() {
        assertThat(Furniture.labelLine("Churn: the share of customers who leave in a year."))
                .isFalse();
        assertThat(Furniture.labelLine("Retention: keeping the customers a firm already has"))
                .isFalse();
        assertThat(Furniture.labelLine("CLV: Customer Lifetime Value")).isFalse();
    }

    @Test
    void a_lone_label_line_under_the_title_is_furniture_and_the_glossary_below_is_not() {
        assertThat(Furniture.properties(SourceLines.of(
                                "Loyalty cards - revision",
                                "Module: Relationship Marketing",
                                "",
                                "Churn",
                                "the share of customers who leave in a year"))
                        .stream()
                        .toArray())
                .containsExactly(1);
    }

    @Test
    void properties_after_a_saved_pages_menu_are_furniture() {
        List<SourceLine> page = SourceLines.of(
                "Home",
                "Library",
                "Courses",
                "Search",
                "Sign in",
                "Loyalty and retention exam questions with full answers",
                "Module: Services Marketing (MKT2100)",
                "School: Northfield Business School",
                "Year: 2024/2025",
                "",
                "Churn",
                "the share of customers who leave in a year");
        assertThat(Furniture.properties(page).isEmpty()).isTrue();
        assertThat(Furniture.properties(page, Furniture.pageHeaderEnd(page)).stream()
                        .toArray())
                .containsExactly(6, 7, 8);
    }
}
