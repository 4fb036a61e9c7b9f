package crmgraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutlineMarkdownTest {

    private static List<String> rewrite(String text) {
        List<SourceLine> lines = SourceLines.of(text.split("\n", -1));
        List<SourceLine> markdown = OutlineMarkdown.of(Outline.of(lines));
        assertThat(markdown)
                .extracting(SourceLine::number)
                .containsExactlyElementsOf(
                        lines.stream().map(SourceLine::number).toList());
        return markdown.stream().map(SourceLine::text).toList();
    }

    @Test
    void headings_take_a_level_per_number_of_their_label_under_the_title() {
        assertThat(
                        rewrite(
                                "Pricing lecture\n1. Basics\n1.1 Costs\n\u2022 fixed costs\n1.1.1 Detail\n\u2022 rent\n2. Tactics\n\u2022 bundling"))
                .containsExactly(
                        "# Pricing lecture",
                        "## 1. Basics",
                        "### 1.1 Costs",
                        "- fixed costs",
                        "#### 1.1.1 Detail",
                        "- rent",
                        "## 2. Tactics",
                        "- bundling");
    }

    @Test
    void
            a_heading_continues_the_numbering_of_the_headings_even_straight_after_a_numbered_list_and_other_numbers_are_items() {
        assertThat(rewrite("1. Steps\n1. Plan\n2. Build\n3. Results\n\u2022 sales rose\n\u2022 costs fell"))
                .containsExactly(
                        "## 1. Steps", "1. Plan", "2. Build", "3. Results", "   - sales rose", "   - costs fell");
        assertThat(rewrite("1. Steps\n\u2022 a note\n2. Also\n1. Plan\n2. Build\n3. Results\n\u2022 sales rose"))
                .containsExactly(
                        "## 1. Steps",
                        "- a note",
                        "## 2. Also",
                        "1. Plan",
                        "2. Build",
                        "## 3. Results",
                        "- sales rose");
    }

    @Test
    void wrapped_lines_carry_on_their_item_and_text_after_a_list_is_set_off_as_a_quote() {
        assertThat(rewrite("1. Basics\n\u2022 Churn is the share of customers who leave in\n    a given year\n"
                        + "Firms track it monthly.\n2. More\n\u2022 x\n\u2022 y"))
                .containsExactly(
                        "## 1. Basics",
                        "- Churn is the share of customers who leave in",
                        "  a given year",
                        "> Firms track it monthly.",
                        "## 2. More",
                        "- x",
                        "- y");
    }

    @Test
    void indentation_never_makes_code_and_text_never_opens_markdown_of_its_own() {
        assertThat(
                        rewrite(
                                "1. Basics\n        Some indented text\n# not a heading\n2. More\n------\n\u2022 x\n2024. was a year\n\u2022 y"))
                .containsExactly(
                        "## 1. Basics",
                        "Some indented text",
                        "\\# not a heading",
                        "## 2. More",
                        "***",
                        "- x",
                        "> 2024\\. was a year",
                        "- y");
    }

    @Test
    void a_numbered_list_straight_after_a_paragraph_line_starts_at_one() {
        assertThat(rewrite("1. Steps\nThe steps are:\n3. Plan\n4. Build\n2. More\n\u2022 x"))
                .containsExactly("## 1. Steps", "The steps are:", "1. Plan", "4. Build", "## 2. More", "- x");
    }
}
