package crmgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A run-on series is a list only when its items are parallel terms, not clauses joined by commas. */
class SeriesMembersTest {

    private static List<String> members(String series) {
        return Members.accept(new Answer("", ListParser.series(series, true), false, "series")).stream()
                .map(ListItem::name)
                .toList();
    }

    @Test
    void a_series_of_names_gerunds_and_participle_adjectives_is_a_list() {
        assertThat(members("account planning, tiered pricing, handling complaints and closing the deal"))
                .containsExactly("account planning", "tiered pricing", "handling complaints", "closing the deal");
        assertThat(members("fixed fee, blended fee, extended warranty"))
                .containsExactly("fixed fee", "blended fee", "extended warranty");
        assertThat(members("reliable, courteous, prompt")).containsExactly("reliable", "courteous", "prompt");
    }

    @Test
    void a_series_whose_items_start_as_clauses_is_prose() {
        assertThat(members("scoring prospects by how ready they are to sign, using points for size and engagement"))
                .isEmpty();
        assertThat(members("visitors take a ticket and are served in turn, so they can wait or shop"))
                .isEmpty();
        assertThat(members("the counter opens at nine, it closes at five, and staff rotate"))
                .isEmpty();
    }
}
