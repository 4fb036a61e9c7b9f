package crmgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ListParserTest {

    @Test
    void bullets_with_nested_bullets_give_items_with_explanations() {
        Answer a = ListParser.parse("  • Paid media\n    • adverts, sponsorship\n  • Owned media\n    • website, app");
        assertThat(a.items()).containsExactly(new ListItem("Paid media", "adverts, sponsorship"), new ListItem("Owned media", "website, app"));
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
        assertThat(a.items()).containsExactly(new ListItem("speed", "how fast staff reply"), new ListItem("warmth", "how friendly they are"));
    }

    @Test
    void term_dash_runs_split_where_capitalised_terms_begin() {
        Answer a = ListParser.parse("Notice- the buyer sees the brand Compare- the buyer weighs options Choose- the buyer decides");
        assertThat(a.items()).extracting(ListItem::name).containsExactly("Notice", "Compare", "Choose");
        assertThat(a.items().get(1).explanation()).isEqualTo("the buyer weighs options");
    }

    @Test
    void term_dash_runs_split_on_a_shared_head_word() {
        Answer a = ListParser.parse("Loyal buyers- stay for years casual buyers- come and go lost buyers- have left");
        assertThat(a.items()).extracting(ListItem::name).containsExactly("Loyal buyers", "casual buyers", "lost buyers");
    }

    @Test
    void comma_series_after_a_cue_or_as_the_whole_answer_are_lists() {
        assertThat(ListParser.series("a survey scored across aspects of speed, accuracy, warmth and clarity", false))
                .extracting(ListItem::name).containsExactly("speed", "accuracy", "warmth", "clarity");
        assertThat(ListParser.parse("speed, accuracy, warmth (page 9)").items()).extracting(ListItem::name)
                .containsExactly("speed", "accuracy", "warmth");
        assertThat(ListParser.series("she bought bread, milk and eggs, for example", false)).isEmpty();
    }
}
