package crmgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.RelationType;
import crmgraph.extract.ConceptFact;
import crmgraph.extract.Extraction;
import crmgraph.extract.MentionSource;
import crmgraph.extract.RelationFact;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResolverTest {

    private static ConceptFact fact(String name, String... aliases) {
        return new ConceptFact(name, List.of(aliases), "def of " + name, 1);
    }

    private static ResolvedDeck one(ConceptFact... facts) {
        return new Resolver()
                .resolve(List.of(new Extraction(List.of(facts), List.of())), List.of())
                .get(0);
    }

    @Test
    void case_plurals_hyphens_spaces_and_articles_fold_into_one_node() {
        ResolvedDeck d = one(
                fact("Self-Service Relationships"),
                fact("the self service relationship"),
                fact("selfservice relationship"));
        assertThat(d.concepts()).hasSize(1);
        assertThat(d.definitions()).hasSize(3);
    }

    @Test
    void acronyms_join_their_expansion_also_inside_longer_names() {
        ResolvedDeck d = one(
                fact("Net Promoter Score", "NPS"), fact("NPS"), fact("NPS survey"), fact("net promoter score survey"));
        assertThat(d.concepts()).hasSize(2);
        assertThat(d.concepts()).extracting(ResolvedConcept::name).contains("Net Promoter Score");
    }

    @Test
    void an_acronym_claimed_by_two_different_concepts_joins_neither() {
        ResolvedDeck d =
                one(fact("Customer equity", "CE"), fact("Customer experience", "CE"), fact("Contact escalation", "CE"));
        assertThat(d.concepts())
                .extracting(ResolvedConcept::name)
                .containsExactlyInAnyOrder("Customer equity", "Customer experience", "Contact escalation");
        assertThat(d.concepts()).allSatisfy(c -> assertThat(c.aliases()).doesNotContain("CE"));
    }

    @Test
    void an_acronym_claimed_by_one_concept_in_other_words_still_joins_them() {
        ResolvedDeck d =
                one(fact("Customer lifetime value", "CLV"), fact("lifetime value of a customer", "CLV"), fact("CLV"));
        assertThat(d.concepts())
                .singleElement()
                .satisfies(c -> assertThat(c.aliases()).contains("CLV"));
    }

    @Test
    void an_acronym_claimed_by_names_differing_in_a_word_of_their_own_joins_neither() {
        ResolvedDeck d = one(
                fact("Customer portfolio analysis", "CPA"),
                fact("Customer profitability analysis", "CPA"),
                fact("CPA"));
        assertThat(d.concepts())
                .extracting(ResolvedConcept::name)
                .contains("Customer portfolio analysis", "Customer profitability analysis");
        assertThat(d.concepts()).allSatisfy(c -> assertThat(c.aliases()).doesNotContain("CPA"));
    }

    @Test
    void an_acronym_claimed_by_a_known_concept_and_a_new_one_joins_neither() {
        KnownConcept known = new KnownConcept("customer equity", "Customer equity", List.of("CE"));
        ResolvedDeck d = new Resolver()
                .resolve(List.of(new Extraction(List.of(fact("Customer experience", "CE")), List.of())), List.of(known))
                .get(0);
        assertThat(d.concepts()).extracting(ResolvedConcept::name).containsExactly("Customer experience");
        assertThat(d.concepts().get(0).aliases()).doesNotContain("CE");
    }

    @Test
    void obvious_typos_merge_but_different_words_stay_apart() {
        assertThat(one(fact("Relational marketing"), fact("Relatoinal marketing"))
                        .concepts())
                .hasSize(1);
        assertThat(one(fact("available buyers"), fact("unavailable buyers")).concepts())
                .extracting(ResolvedConcept::name)
                .contains("available buyers", "unavailable buyers");
        assertThat(one(fact("customer relation"), fact("customer retention")).concepts())
                .hasSize(2);
    }

    @Test
    void the_most_frequent_well_formed_surface_form_is_the_display_name() {
        ResolvedDeck d = one(fact("brand equity"), fact("Brand Equity"), fact("Brand Equity"), fact("BRAND EQUITY"));
        assertThat(d.concepts())
                .singleElement()
                .extracting(ResolvedConcept::name)
                .isEqualTo("Brand Equity");
    }

    @Test
    void a_name_ending_in_another_concepts_name_is_a_kind_of_it_unless_negated() {
        ResolvedDeck d =
                one(fact("Loyalty scheme"), fact("Paid loyalty scheme"), fact("observation"), fact("non observation"));
        assertThat(d.relations())
                .filteredOn(r -> r.type() == RelationType.IS_A)
                .extracting(ResolvedDeck.Relation::from, ResolvedDeck.Relation::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("paid loyalty scheme", "loyalty scheme"));
    }

    @Test
    void zero_before_a_plural_is_none_of_it_but_before_a_singular_names_a_kind() {
        ResolvedDeck d = one(fact("refund"), fact("zero refunds"), fact("moment of sale"), fact("zero moment of sale"));
        assertThat(d.relations())
                .filteredOn(r -> r.type() == RelationType.IS_A)
                .extracting(ResolvedDeck.Relation::from, ResolvedDeck.Relation::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("zero moment of sale", "moment of sale"));
    }

    @Test
    void a_modifier_joining_a_word_to_itself_is_no_clause_before_the_head() {
        // "guest-to-guest contact" used to be left without its kind, "to" taken for a clause word
        ResolvedDeck d = one(fact("contact"), fact("guest-to-guest contact"), fact("guide to the hotel"));
        assertThat(d.relations())
                .filteredOn(r -> r.type() == RelationType.IS_A)
                .extracting(ResolvedDeck.Relation::from, ResolvedDeck.Relation::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("guest to guest contact", "contact"));
    }

    @Test
    void definitions_mention_known_concepts_matched_on_lemmas_and_whole_words() {
        Extraction x = new Extraction(
                List.of(fact("Churn"), fact("loyalty schemes"), fact("brand equity")),
                List.of(),
                List.of(new MentionSource(
                        "Churn",
                        1,
                        List.of("Good", "loyalty", "schemes", "cut", "it", ";", "brandequity"),
                        List.of("good", "loyalty", "scheme", "cut", "it", ";", "brandequity"))));
        ResolvedDeck d = new Resolver().resolve(List.of(x), List.of()).get(0);
        assertThat(d.relations())
                .extracting(ResolvedDeck.Relation::type, ResolvedDeck.Relation::to, ResolvedDeck.Relation::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RelationType.RELATED_TO, "loyalty scheme", "mention"));
    }

    @Test
    void names_resolve_to_concepts_already_in_the_graph() {
        ResolvedDeck d = new Resolver()
                .resolve(
                        List.of(new Extraction(List.of(fact("KPIs")), List.of())),
                        List.of(new KnownConcept(
                                "key performance indicator", "Key performance indicator", List.of("KPI"))))
                .get(0);
        assertThat(d.concepts())
                .singleElement()
                .extracting(ResolvedConcept::key)
                .isEqualTo("key performance indicator");
    }

    @Test
    void a_deck_naming_only_the_supertype_links_a_known_subtype_once_per_import_and_not_again_later() {
        KnownConcept subtype = new KnownConcept("self service", "Self service", List.of());
        Extraction namesService = new Extraction(List.of(fact("Service")), List.of());
        List<ResolvedDeck> decks = new Resolver().resolve(List.of(namesService, namesService), List.of(subtype));
        assertThat(isA(decks.get(0))).containsExactly("self service|service");
        assertThat(isA(decks.get(1))).isEmpty();

        KnownConcept linked = new KnownConcept("self service", "Self service", List.of(), java.util.Set.of("service"));
        KnownConcept service = new KnownConcept("service", "Service", List.of());
        assertThat(isA(new Resolver()
                        .resolve(List.of(namesService), List.of(linked, service))
                        .get(0)))
                .isEmpty();
    }

    @Test
    void every_deck_naming_the_subtype_keeps_its_own_kind_link() {
        Extraction namesBoth = new Extraction(List.of(fact("Service"), fact("Self service")), List.of());
        List<ResolvedDeck> decks = new Resolver().resolve(List.of(namesBoth, namesBoth), List.of());
        assertThat(decks).allSatisfy(d -> assertThat(isA(d)).containsExactly("self service|service"));
    }

    private static List<String> isA(ResolvedDeck deck) {
        return deck.relations().stream()
                .filter(r -> r.type() == RelationType.IS_A)
                .map(r -> r.from() + "|" + r.to())
                .toList();
    }

    @Test
    void an_unordered_list_of_names_ending_in_its_wholes_name_gives_kinds_not_parts() {
        Extraction x = new Extraction(
                List.of(fact("benefit"), fact("social benefit"), fact("financial benefit"), fact("onboarding")),
                List.of(
                        new RelationFact(RelationType.HAS_PART, "benefit", "social benefit", null, null, 1),
                        new RelationFact(RelationType.HAS_PART, "benefit", "financial benefit", null, null, 1),
                        new RelationFact(RelationType.HAS_PART, "onboarding", "welcome call", 1, null, 2),
                        new RelationFact(RelationType.HAS_PART, "onboarding", "first bill", 2, null, 2)));
        ResolvedDeck d = new Resolver().resolve(List.of(x), List.of()).get(0);
        assertThat(d.relations())
                .extracting(ResolvedDeck.Relation::type, ResolvedDeck.Relation::from, ResolvedDeck.Relation::to)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(RelationType.IS_A, "social benefit", "benefit"),
                        org.assertj.core.groups.Tuple.tuple(RelationType.IS_A, "financial benefit", "benefit"),
                        org.assertj.core.groups.Tuple.tuple(RelationType.HAS_PART, "onboarding", "welcome call"),
                        org.assertj.core.groups.Tuple.tuple(RelationType.HAS_PART, "onboarding", "first bill"));
    }

    @Test
    void a_title_with_a_subtitle_or_a_marked_note_line_gets_no_links() {
        Extraction x = new Extraction(
                List.of(
                        fact("Lead scoring"),
                        fact("Week 3 recap - lead scoring"),
                        fact("Sales pipeline: lead scoring"),
                        fact("> lead scoring"),
                        fact("predictive lead scoring"),
                        fact("CAC:LTV ratio"),
                        fact("ratio")),
                List.of(new RelationFact(
                        RelationType.HAS_PART, "Week 3 recap - lead scoring", "Lead scoring", null, null, 1)));
        ResolvedDeck d = new Resolver().resolve(List.of(x), List.of()).get(0);
        assertThat(d.relations())
                .extracting(ResolvedDeck.Relation::type, ResolvedDeck.Relation::from, ResolvedDeck.Relation::to)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                RelationType.IS_A, "predictive lead scoring", "lead scoring"),
                        org.assertj.core.groups.Tuple.tuple(RelationType.IS_A, "cac ltv ratio", "ratio"));
    }

    @Test
    void a_note_line_is_told_apart_from_a_term_by_its_shape() {
        assertThat(NoteLines.isNoteLine("Practice quiz - answers")).isTrue();
        assertThat(NoteLines.isNoteLine("Loyalty: what keeps buyers")).isTrue();
        assertThat(NoteLines.isNoteLine("\u2192 Churn rate explained")).isTrue();
        assertThat(NoteLines.isNoteLine("~ revise gaps ~")).isTrue();
        assertThat(NoteLines.isNoteLine("CAC:LTV ratio")).isFalse();
        assertThat(NoteLines.isNoteLine("self-service technology")).isFalse();
        assertThat(NoteLines.isNoteLine("\"Moments of truth\"")).isFalse();
        assertThat(NoteLines.isNoteLine("4Ps")).isFalse();
    }
}
