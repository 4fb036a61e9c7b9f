package crmgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FullTextQueryTest {

    @Test
    void each_word_matches_exactly_as_a_prefix_and_with_a_typo_in_names_and_aliases() {
        String q = FullTextQuery.of("Servqal").orElseThrow().strict();
        assertThat(q)
                .contains(
                        "name:servqal^4",
                        "name:servqal*^2",
                        "name:servqal~1",
                        "aliasText:servqal~1",
                        "definitionText:servqal^0.5");
    }

    @Test
    void short_words_get_no_typo_tolerance_and_long_ones_get_two_edits() {
        assertThat(FullTextQuery.of("crm").orElseThrow().strict())
                .contains("aliasText:crm*")
                .doesNotContain("~");
        assertThat(FullTextQuery.of("relationship").orElseThrow().strict()).contains("name:relationship~2");
    }

    @Test
    void words_known_to_names_are_not_matched_fuzzily_and_the_others_are() {
        FullTextQuery q = FullTextQuery.of("customer segmantation").orElseThrow();
        String query = q.strict(vocabulary(Set.of("customer"), Map.of()));
        assertThat(query)
                .contains("name:customer^4", "name:customer*^2", "name:segmantation~2", "aliasText:segmantation~2")
                .doesNotContain("customer~");
        assertThat(q.loose(vocabulary(Set.of("customer"), Map.of())))
                .doesNotContain("customer~")
                .contains("segmantation~2");
    }

    @Test
    void a_word_cut_short_past_an_indexed_stem_matches_the_stem_and_not_fuzzily() {
        String query = FullTextQuery.of("customer manageme")
                .orElseThrow()
                .strict(vocabulary(Set.of("customer"), Map.of("manageme", "manag")));
        assertThat(query)
                .contains("name:manag^2", "aliasText:manag^2", "definitionText:manag^0.3", "name:manageme*^2")
                .doesNotContain("~");
    }

    @Test
    void query_syntax_typed_by_a_user_cannot_reach_the_index() {
        FullTextQuery q = FullTextQuery.of("name:* OR \"x\" AND (y~) -z^9 \\ MATCH (n) DETACH DELETE n")
                .orElseThrow();
        assertThat(q.words()).containsExactly("name", "x", "y", "z", "9", "match", "n", "detach", "delete");
        assertThat(q.strict()).doesNotContain("\"", "\\", "(y", "-z");
    }

    @Test
    void stop_words_and_punctuation_alone_give_no_query() {
        assertThat(FullTextQuery.of("the of and ?!")).isEmpty();
        assertThat(FullTextQuery.of("")).isEmpty();
        assertThat(FullTextQuery.of(null)).isEmpty();
    }

    @Test
    void words_are_joined_with_and_strictly_and_or_loosely() {
        FullTextQuery q = FullTextQuery.of("lifetime value").orElseThrow();
        assertThat(q.strict()).contains(") AND (");
        assertThat(q.loose()).contains(") OR (");
    }

    /** A vocabulary of some known words and of the stems that words cut short begin with. */
    private static FullTextQuery.Vocabulary vocabulary(Set<String> known, Map<String, String> begun) {
        return new FullTextQuery.Vocabulary() {
            @Override
            public boolean knows(String word) {
                return known.contains(word);
            }

            @Override
            public Optional<String> termBegun(String word) {
                return Optional.ofNullable(begun.get(word));
            }
        };
    }
}
