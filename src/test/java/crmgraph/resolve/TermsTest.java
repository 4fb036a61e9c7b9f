package crmgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.RelationType;
import crmgraph.extract.ConceptFact;
import crmgraph.extract.Extraction;
import crmgraph.extract.MentionSource;
import crmgraph.nlp.English;
import crmgraph.nlp.Token;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TermsTest {

    @Test
    void a_defined_one_word_name_outside_any_family_of_names_is_a_term() {
        List<String> keys = List.of(
                "queueing", "brand", "brand equity", "brand loyalty", "own brand", "churn", "cohort", "team", "x2");
        assertThat(Terms.of(keys, Set.of("queueing", "brand", "cohort", "team", "x2")))
                .containsExactlyInAnyOrder("queueing", "cohort");
    }

    private static MentionSource tagged(String concept, String definition) {
        List<Token> tokens = English.shared().tagged(definition);
        return new MentionSource(
                concept,
                1,
                tokens.stream().map(Token::text).toList(),
                tokens.stream().map(Token::lemma).toList(),
                tokens.stream().map(Token::tag).toList());
    }

    private static List<String> mentioned(MentionSource source, ConceptFact... facts) {
        ResolvedDeck d = new Resolver()
                .resolve(List.of(new Extraction(List.of(facts), List.of(), List.of(source))), List.of())
                .get(0);
        return d.relations().stream()
                .filter(r -> r.type() == RelationType.RELATED_TO)
                .map(ResolvedDeck.Relation::to)
                .toList();
    }

    @Test
    void a_definition_using_a_term_as_a_noun_mentions_it() {
        MentionSource source =
                tagged("Serpentine line", "A single line in which waiting customers avoid jockeying between counters.");
        assertThat(mentioned(
                        source,
                        new ConceptFact("Serpentine line", List.of(), "A single line …", 1),
                        new ConceptFact("Jockeying", List.of(), "Moving from one queue to another.", 2)))
                .containsExactly("jockeying");
    }

    @Test
    void an_undefined_one_word_name_or_a_common_word_of_many_names_is_not_mentioned() {
        MentionSource source = tagged("Loyalty card", "A card that rewards each brand purchase and each visit.");
        assertThat(mentioned(
                        source,
                        new ConceptFact("Loyalty card", List.of(), "A card …", 1),
                        new ConceptFact("Brand", List.of(), "A name buyers know.", 2),
                        new ConceptFact("brand equity", List.of(), "Value of a name.", 3),
                        new ConceptFact("brand loyalty", List.of(), "Buying one name again.", 4),
                        new ConceptFact("own brand", List.of(), "A shop's own name.", 5),
                        new ConceptFact("visit", List.of(), "", 6)))
                .isEmpty();
    }

    @Test
    void a_term_is_mentioned_only_by_definitions_of_the_deck_that_defines_it() {
        MentionSource source =
                tagged("Serpentine line", "A single line in which waiting customers avoid jockeying between counters.");
        Extraction glossary = new Extraction(
                List.of(new ConceptFact("Jockeying", List.of(), "Moving from one queue to another.", 1)), List.of());
        Extraction other = new Extraction(
                List.of(new ConceptFact("Serpentine line", List.of(), "A single line …", 1)),
                List.of(),
                List.of(source));
        List<ResolvedDeck> decks = new Resolver().resolve(List.of(glossary, other), List.of());
        assertThat(decks.get(1).relations()).isEmpty();
    }
}
