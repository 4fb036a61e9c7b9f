package crmgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListParserTest {

    @Test
    void bullets_with_nested_bullets_give_items_with_explanations() {
        Answer a = ListParser.parse("  • Paid media\n    • adverts, sponsorship\n  • Owned media\n    • website, app");
        assertThat(a.items())
                .containsExactly(
                        new ListItem("Paid media", "adverts, sponsorship"),
                        new ListItem("Owned media", "website, app"));
        assertThat(a.ordered()).isFalse();
    }

    @Test
    void run_on_numbered_text_is_an_ordered_list() {
        Answer a = ListParser.parse("1 Trial.2 Repeat. 3 Habit. 4 Advocacy.");
        assertThat(a.items()).extracting(ListItem::name).containsExactly("Trial", "Repeat", "Habit", "Advocacy");
        assertThat(a.ordered()).isTrue();
    }

    @Test
    void numbered_items_split_at_their_dash_separator() {
        Answer a = ListParser.parse("1. speed- how fast staff reply 2. warmth- how friendly they are");
        assertThat(a.items())
                .containsExactly(
                        new ListItem("speed", "how fast staff reply"), new ListItem("warmth", "how friendly they are"));
    }

    @Test
    void term_dash_runs_split_where_capitalised_terms_begin() {
        Answer a = ListParser.parse(
                "Notice- the buyer sees the brand Compare- the buyer weighs options Choose- the buyer decides");
        assertThat(a.items()).extracting(ListItem::name).containsExactly("Notice", "Compare", "Choose");
        assertThat(a.items().get(1).explanation()).isEqualTo("the buyer weighs options");
    }

    @Test
    void term_dash_runs_split_on_a_shared_head_word() {
        Answer a = ListParser.parse("Loyal buyers- stay for years casual buyers- come and go lost buyers- have left");
        assertThat(a.items())
                .extracting(ListItem::name)
                .containsExactly("Loyal buyers", "casual buyers", "lost buyers");
    }

    @Test
    void comma_series_after_a_cue_or_as_the_whole_answer_are_lists() {
        assertThat(ListParser.series("a survey scored across aspects of speed, accuracy, warmth and clarity", false))
                .extracting(ListItem::name)
                .containsExactly("speed", "accuracy", "warmth", "clarity");
        assertThat(ListParser.parse("speed, accuracy, warmth (page 9)").items())
                .extracting(ListItem::name)
                .containsExactly("speed", "accuracy", "warmth");
        assertThat(ListParser.series("she bought bread, milk and eggs, for example", false))
                .isEmpty();
    }

    @Test
    void three_short_steps_or_more_joined_by_arrows_are_an_ordered_list() {
        for (String line : new String[] {
            "Attract \u2192 Convert \u2192 Keep \u2192 Grow",
            "Attract -> Convert -> Keep -> Grow.",
            "Attract => Convert => Keep => Grow",
            "- Attract \u2192 Convert \u2192 Keep \u2192 Grow"
        }) {
            Answer a = ListParser.parse(line);
            assertThat(a.items())
                    .as(line)
                    .extracting(ListItem::name)
                    .containsExactly("Attract", "Convert", "Keep", "Grow");
            assertThat(a.ordered()).as(line).isTrue();
        }
    }

    @Test
    void a_line_of_steps_in_a_longer_answer_is_its_list_and_the_other_lines_its_prose() {
        Answer a = ListParser.parse("The loyalty loop has three stages.\nTrial \u2192 Repeat purchase \u2192 Advocacy");
        assertThat(a.items()).extracting(ListItem::name).containsExactly("Trial", "Repeat purchase", "Advocacy");
        assertThat(a.prose()).isEqualTo("The loyalty loop has three stages.");
    }

    @Test
    void rows_with_one_arrow_are_pairs_and_arrows_inside_a_sentence_make_no_list() {
        Answer pairs = ListParser.parse("- trust -> commitment\n- satisfaction -> repeat purchase");
        assertThat(pairs.items())
                .extracting(ListItem::name)
                .containsExactly("trust -> commitment", "satisfaction -> repeat purchase");
        assertThat(pairs.ordered()).isFalse();
        assertThat(ListParser.parse(
                                "Buyers move between channels (web \u2192 shop \u2192 phone) and expect one record.")
                        .items())
                .isEmpty();
        assertThat(ListParser.parse("if late \u2192 a refund, if early \u2192 a thank-you \u2192 nothing else")
                        .items())
                .isEmpty();
    }

    @Test
    void a_term_before_the_steps_names_them() {
        assertThat(ListParser.steps("SCAN: Sense \u2192 Compare \u2192 Act \u2192 Nurture"))
                .hasValueSatisfying(s -> {
                    assertThat(s.label()).isEqualTo("SCAN");
                    assertThat(s.items())
                            .extracting(ListItem::name)
                            .containsExactly("Sense", "Compare", "Act", "Nurture");
                });
        assertThat(ListParser.steps("Sense \u2192 Compare")).isEmpty();
    }

    @Test
    void lines_of_explained_terms_without_bullets_are_a_list_of_them() {
        Answer a = ListParser.parse(
                "Initiator: the person who first sees the need\nGatekeeper - controls what reaches the others");
        assertThat(a.items())
                .extracting(ListItem::name, ListItem::explanation)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("Initiator", "the person who first sees the need"),
                        org.assertj.core.api.Assertions.tuple("Gatekeeper", "controls what reaches the others"));
        assertThat(ListParser.parse("Note: this matters a lot\nand it goes on here without a term")
                        .items())
                .noneMatch(i -> i.name().equals("Note"));
    }
}
