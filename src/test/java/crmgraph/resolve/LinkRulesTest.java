package crmgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.RelationType;
import crmgraph.extract.ConceptFact;
import crmgraph.extract.Extraction;
import crmgraph.extract.MentionSource;
import crmgraph.nlp.English;
import crmgraph.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The rules that link concepts no card links: names built on names, shared heads, rare terms. */
class LinkRulesTest {

    private static ConceptFact fact(String name, int card) {
        return new ConceptFact(name, List.of(), "A definition of " + name + ".", card);
    }

    private static MentionSource tagged(String concept, int card, String definition) {
        List<Token> tokens = English.shared().tagged(definition);
        return new MentionSource(
                concept,
                card,
                tokens.stream().map(Token::text).toList(),
                tokens.stream().map(Token::lemma).toList(),
                tokens.stream().map(Token::tag).toList());
    }

    private static List<String> links(ResolvedDeck deck, RelationType type, String reason) {
        return deck.relations().stream()
                .filter(r -> r.type() == type && reason.equals(r.reason()))
                .map(r -> r.from() + " -> " + r.to())
                .toList();
    }

    private static ResolvedDeck resolve(List<ConceptFact> facts, List<MentionSource> sources) {
        return new Resolver()
                .resolve(List.of(new Extraction(facts, List.of(), sources)), List.of())
                .get(0);
    }

    @Test
    void a_name_negating_a_known_name_is_its_opposite_and_no_kind_of_it() {
        ResolvedDeck d = resolve(
                List.of(
                        fact("scripted service", 1),
                        fact("unscripted service", 2),
                        fact("loyal buyers", 3),
                        fact("non-loyal buyers", 4),
                        fact("discount", 5),
                        fact("count", 6),
                        fact("union", 7),
                        fact("ion", 8)),
                List.of());
        assertThat(d.relations())
                .filteredOn(r -> "opposite".equals(r.reason()))
                .extracting(r -> r.from() + " " + r.phrase() + " " + r.to())
                .containsExactlyInAnyOrder(
                        "unscripted service is the opposite of scripted service",
                        "non loyal buyer is the opposite of loyal buyer");
        assertThat(links(d, RelationType.IS_A, "head noun"))
                .doesNotContain("unscripted service -> scripted service", "non loyal buyer -> loyal buyer");
    }

    @Test
    void a_name_built_on_a_known_name_mentions_it() {
        ResolvedDeck d = resolve(
                List.of(
                        fact("loyalty programme", 1),
                        fact("criticism of loyalty programmes", 2),
                        fact("coalition loyalty programme", 3),
                        fact("programme cost", 4)),
                List.of());
        assertThat(links(d, RelationType.RELATED_TO, "name"))
                .containsExactly("criticism of loyalty programme -> loyalty programme");
        // the known name at the end of a name is its kind, not a mention
        assertThat(links(d, RelationType.IS_A, "head noun"))
                .containsExactly("coalition loyalty programme -> loyalty programme");
    }

    @Test
    void a_one_word_term_or_an_acronym_in_capitals_inside_a_name_is_found() {
        ResolvedDeck d = resolve(
                List.of(
                        fact("Attrition", 1),
                        fact("attrition forecast", 2),
                        fact("CRM", 3),
                        fact("CRM roadmap", 4),
                        fact("Crm draft plan", 5)),
                List.of());
        assertThat(links(d, RelationType.RELATED_TO, "name"))
                .containsExactlyInAnyOrder("attrition forecast -> attrition", "crm roadmap -> crm");
    }

    @Test
    void a_negated_word_in_a_name_is_no_mention_of_the_concept() {
        ResolvedDeck d = resolve(
                List.of(fact("Financial", 1), fact("non-financial rewards", 2), fact("financial rewards table", 3)),
                List.of());
        assertThat(links(d, RelationType.RELATED_TO, "name")).containsExactly("financial reward table -> financial");
    }

    @Test
    void a_known_name_with_of_inside_may_be_modified_into_a_kind() {
        ResolvedDeck d = resolve(
                List.of(
                        fact("moment of truth", 1),
                        fact("second moment of truth", 2),
                        fact("Stage 2 of the moment", 3)),
                List.of());
        assertThat(links(d, RelationType.IS_A, "head noun"))
                .containsExactly("second moment of truth -> moment of truth");
    }

    @Test
    void a_comparison_and_a_thing_before_or_after_another_are_no_kinds_of_it() {
        ResolvedDeck d = resolve(
                List.of(
                        fact("functional quality", 1),
                        fact("technical vs. functional quality", 2),
                        fact("account management", 3),
                        fact("pre-account management", 4),
                        fact("strategic account management", 5)),
                List.of());
        assertThat(links(d, RelationType.IS_A, "head noun"))
                .contains("strategic account management -> account management")
                .doesNotContain(
                        "pre account management -> account management",
                        "technical vs functional quality -> functional quality",
                        "technical vs. functional quality -> functional quality");
    }

    @Test
    void none_of_a_thing_and_an_activity_done_to_it_are_no_kinds_of_it() {
        ResolvedDeck d = resolve(
                List.of(
                        fact("complaints", 1),
                        fact("zero complaints", 2),
                        fact("handling angry complaints", 3),
                        fact("written complaints", 4)),
                List.of());
        assertThat(links(d, RelationType.IS_A, "head noun")).containsExactly("written complaint -> complaint");
    }

    @Test
    void names_sharing_a_head_noun_make_it_a_category_of_its_own() {
        ResolvedDeck d = resolve(
                List.of(
                        fact("penetration pricing", 1),
                        fact("skimming pricing", 2),
                        fact("bundle pricing", 3),
                        fact("partner-owned", 4),
                        fact("firm-owned", 5),
                        fact("customer-owned", 6)),
                List.of());
        assertThat(links(d, RelationType.IS_A, "head noun"))
                .containsExactlyInAnyOrder(
                        "penetration pricing -> pricing", "skimming pricing -> pricing", "bundle pricing -> pricing");
        assertThat(d.concepts())
                .extracting(ResolvedConcept::name)
                .contains("pricing")
                .doesNotContain("owned");
    }

    @Test
    void a_head_the_tagger_reads_as_an_adjective_in_a_bare_name_is_still_a_category_when_it_is_a_noun_as_subject() {
        // alone, "loyalty" in "brand loyalty" is tagged an adjective; as a sentence's subject it is a noun
        ResolvedDeck d = resolve(
                List.of(fact("brand loyalty", 1), fact("habitual loyalty", 2), fact("store loyalty", 3)), List.of());
        assertThat(links(d, RelationType.IS_A, "head noun"))
                .containsExactlyInAnyOrder(
                        "brand loyalty -> loyalty", "habitual loyalty -> loyalty", "store loyalty -> loyalty");
    }

    @Test
    void one_name_or_names_with_a_clause_make_no_category() {
        ResolvedDeck d = resolve(
                List.of(
                        fact("penetration pricing", 1),
                        fact("importance of pricing", 3),
                        fact("a guide to pricing", 4)),
                List.of());
        assertThat(d.relations()).isEmpty();
    }

    @Test
    void names_sharing_their_last_words_make_those_words_a_category_keeping_hyphenated_words_whole() {
        ResolvedDeck d = resolve(
                List.of(
                        fact("explicit service promise", 1),
                        fact("implicit service promise", 2),
                        fact("cost-based tariff", 3),
                        fact("value-based tariff", 4)),
                List.of());
        assertThat(links(d, RelationType.IS_A, "head noun"))
                .containsExactlyInAnyOrder(
                        "explicit service promise -> service promise",
                        "implicit service promise -> service promise",
                        "cost based tariff -> tariff",
                        "value based tariff -> tariff");
    }

    @Test
    void a_category_of_shared_heads_is_never_the_genus_of_a_definition() {
        List<ConceptFact> facts = List.of(
                fact("penetration pricing", 1),
                fact("skimming pricing", 2),
                fact("bundle pricing", 3),
                new ConceptFact("list price", List.of(), "The pricing a firm publishes before any discount.", 4));
        ResolvedDeck d =
                resolve(facts, List.of(tagged("list price", 4, "The pricing a firm publishes before any discount.")));
        assertThat(d.relations()).noneMatch(r -> r.from().equals("list price"));
    }

    @Test
    void a_definition_naming_a_measure_of_the_head_noun_keeps_the_concept_from_being_its_kind() {
        String desired = "The level of service a customer hopes to receive.";
        String premium = "A service of higher quality sold at a higher price.";
        ResolvedDeck d = resolve(
                List.of(
                        fact("Service", 1),
                        new ConceptFact("desired service", List.of(), desired, 2),
                        new ConceptFact("premium service", List.of(), premium, 3)),
                List.of(tagged("desired service", 2, desired), tagged("premium service", 3, premium)));
        assertThat(links(d, RelationType.IS_A, "head noun")).containsExactly("premium service -> service");
        // it is a level of service, said as its definition says it
        assertThat(d.relations())
                .filteredOn(r -> r.from().equals("desired service") && r.to().equals("service"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.type()).isEqualTo(RelationType.RELATED_TO);
                    assertThat(r.phrase()).isEqualTo("is a level of");
                });
    }

    @Test
    void a_definition_opening_with_a_noun_of_kinds_or_with_the_kinds_own_name_keeps_the_kind() {
        String typed = "A type of price cut given only to members of the club.";
        String mobile = "Point of sale run on a tablet that staff carry around the shop.";
        ResolvedDeck d = resolve(
                List.of(
                        fact("Price cut", 1),
                        fact("point of sale", 2),
                        new ConceptFact("member price cut", List.of(), typed, 3),
                        new ConceptFact("mobile point of sale", List.of(), mobile, 4)),
                List.of(tagged("member price cut", 3, typed), tagged("mobile point of sale", 4, mobile)));
        assertThat(links(d, RelationType.IS_A, "head noun"))
                .contains("member price cut -> price cut", "mobile point of sale -> point of sale");
    }

    /** An import of many definitions: {@code rare} uses the term, the others do not. */
    private static List<MentionSource> manyDefinitions(String term, int using, int others) {
        List<MentionSource> sources = new ArrayList<>();
        IntStream.range(0, using)
                .forEach(i ->
                        sources.add(tagged("user " + i, 10 + i, "A line where customers wait in a " + term + ".")));
        IntStream.range(0, others)
                .forEach(i -> sources.add(tagged("other " + i, 500 + i, "A plain sentence about the firm.")));
        return sources;
    }

    /**
     * The mentions of "queue" in a deck that does not define it, where {@code using} of its
     * definitions use the word and {@code others} do not; a glossary deck defines it.
     */
    private static List<String> queueMentionsElsewhere(int using, int others) {
        Extraction glossary = new Extraction(
                List.of(new ConceptFact("Queue", List.of(), "Customers waiting for a service.", 1)), List.of());
        List<MentionSource> sources = manyDefinitions("queue", using, others);
        List<ConceptFact> facts = sources.stream()
                .map(s -> new ConceptFact(s.concept(), List.of(), "x", s.card()))
                .toList();
        List<ResolvedDeck> decks =
                new Resolver().resolve(List.of(glossary, new Extraction(facts, List.of(), sources)), List.of());
        return links(decks.get(1), RelationType.RELATED_TO, "mention");
    }

    @Test
    void a_term_rare_across_many_definitions_is_mentioned_by_other_decks_too() {
        assertThat(queueMentionsElsewhere(2, 198)).containsExactlyInAnyOrder("user 0 -> queue", "user 1 -> queue");
    }

    @Test
    void a_term_many_definitions_use_stays_a_term_of_its_own_deck() {
        assertThat(queueMentionsElsewhere(10, 90)).isEmpty();
    }

    @Test
    void a_concept_named_in_capitals_is_mentioned_wherever_it_is_written_in_capitals() {
        Extraction glossary = new Extraction(
                List.of(new ConceptFact("SERVQUAL", List.of(), "A survey of service quality.", 1)), List.of());
        MentionSource source = tagged("SERVPERF", 1, "A variant of SERVQUAL that asks about perceptions only.");
        Extraction other = new Extraction(
                List.of(new ConceptFact("SERVPERF", List.of(), "A variant …", 1)), List.of(), List.of(source));
        List<ResolvedDeck> decks = new Resolver().resolve(List.of(glossary, other), List.of());
        assertThat(links(decks.get(1), RelationType.RELATED_TO, "mention")).containsExactly("servperf -> servqual");
    }

    @Test
    void a_verb_in_ing_is_no_mention_of_the_term_it_comes_from() {
        MentionSource source = tagged("Service encounter", 1, "Customers interacting with staff at the counter.");
        ResolvedDeck d = resolve(
                List.of(
                        new ConceptFact("Service encounter", List.of(), "Customers interacting …", 1),
                        new ConceptFact("Interact", List.of(), "Talk with each customer.", 2)),
                List.of(source));
        assertThat(links(d, RelationType.RELATED_TO, "mention")).isEmpty();
    }
}
