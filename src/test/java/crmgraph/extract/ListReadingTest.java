package crmgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import crmgraph.RelationType;
import crmgraph.read.Card;
import crmgraph.read.ReadDeck;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lists read as what the source says they are: in order only where it says they are a sequence,
 * examples never as parts, a list that lost its first item never as a complete sequence.
 */
class ListReadingTest {

    private static Extraction extract(String front, String back) {
        return new CardExtractor()
                .extract(new ReadDeck("test", "lines", List.of(new Card(1, front, back, 1, 6)), List.of()));
    }

    private static List<RelationFact> parts(Extraction x) {
        return x.relations().stream()
                .filter(r -> r.type() == RelationType.HAS_PART)
                .toList();
    }

    // --- order ---------------------------------------------------------------------------

    @Test
    void numbered_components_are_parts_without_an_order() {
        Extraction x = extract("What are the three pillars of brand trust?", "1. Honesty\n2. Competence\n3. Goodwill");

        assertThat(parts(x))
                .extracting(RelationFact::to, RelationFact::order)
                .containsExactly(tuple("Honesty", null), tuple("Competence", null), tuple("Goodwill", null));
    }

    @Test
    void a_mnemonic_spelled_by_noun_members_names_the_list_but_does_not_order_it() {
        Extraction x = extract(
                "Name the dimensions of web service quality (mnemonic: SPEC)",
                "- Speed\n- Privacy\n- Efficiency\n- Clarity");

        assertThat(x.concepts()).filteredOn(c -> c.aliases().contains("SPEC")).isNotEmpty();
        assertThat(parts(x)).extracting(RelationFact::order).containsOnlyNulls().hasSize(4);
    }

    @Test
    void levels_of_a_series_measure_its_members_and_do_not_order_them() {
        Extraction x = extract(
                "Brand health",
                "The overall condition of a brand, judged by the levels of awareness, esteem and loyalty.");

        assertThat(parts(x))
                .extracting(RelationFact::to, RelationFact::order)
                .containsExactly(tuple("awareness", null), tuple("esteem", null), tuple("loyalty", null));
    }

    @Test
    void tiers_or_levels_are_ranks_without_an_order_unless_the_text_says_which_way() {
        Extraction unsaid =
                extract("Value tiers", "A bank ranks its clients into tiers by profit: diamond, silver, copper, tin.");
        Extraction said = extract(
                "Value tiers",
                "A bank ranks its clients into tiers by profit, from top to bottom: diamond, silver, copper, tin.");

        assertThat(parts(unsaid)).extracting(RelationFact::order).containsExactly(null, null, null, null);
        assertThat(parts(said)).extracting(RelationFact::order).containsExactly(1, 2, 3, 4);
    }

    @Test
    void a_member_named_with_a_noun_of_succession_does_not_order_its_list() {
        Extraction x = extract(
                "Self-service tools", "It includes Order Tracking, Returns Labels, Live Chat, and Store Finder.");

        assertThat(parts(x)).extracting(RelationFact::order).containsOnlyNulls().hasSize(4);
    }

    @Test
    void a_heading_naming_levels_gives_its_sections_no_order() {
        Extraction x = new CardExtractor()
                .extract(new crmgraph.read.DeckReader()
                        .read(
                                "levels.md",
                                "# Web shop\n\n## Levels of online service\n\n"
                                        + "A web shop can be split into three levels, namely:\n\n"
                                        + "- Core services\n- Basic services\n- Premium services\n"));

        assertThat(parts(x)).extracting(RelationFact::order).containsOnlyNulls().hasSize(3);
    }

    @Test
    void numbered_steps_of_a_process_are_in_order() {
        Extraction x = extract(
                "What are the steps of complaint handling?",
                "1. Greet the customer\n2. Hear the complaint\n3. Offer a remedy\n4. Check back later");

        assertThat(parts(x)).extracting(RelationFact::order).containsExactly(1, 2, 3, 4);
    }

    @Test
    void numbered_instructions_are_a_sequence_without_a_noun_saying_so() {
        Extraction x = extract(
                "Handling a complaint", "1. Listen to the customer\n2. Apologise\n3. Fix the problem\n4. Follow up");

        assertThat(parts(x)).extracting(RelationFact::order).containsExactly(1, 2, 3, 4);
    }

    @Test
    void a_lead_in_naming_four_stages_orders_the_series_after_its_colon() {
        Extraction x = extract(
                "Buying journey",
                "The path a shopper takes to a purchase. It has four stages: awareness, interest, desire and action.");

        assertThat(parts(x))
                .extracting(RelationFact::to, RelationFact::order)
                .containsExactly(tuple("awareness", 1), tuple("interest", 2), tuple("desire", 3), tuple("action", 4));
    }

    @Test
    void a_lead_in_drawing_the_items_as_a_sequence_orders_a_numbered_list() {
        Extraction x = extract(
                "The links of the loyalty chain",
                "The model is drawn as a sequence of four links:\n1. Staff morale\n2. Service value\n3. Buyer"
                        + " satisfaction\n4. Repeat sales");

        assertThat(parts(x)).extracting(RelationFact::order).containsExactly(1, 2, 3, 4);
    }

    @Test
    void a_numbered_list_starting_at_two_lost_its_first_item_and_is_not_a_sequence() {
        Extraction x = extract(
                "Name the four stages of the buying journey. 1. Awareness", "2. Interest\n3. Desire\n4. Action");

        assertThat(parts(x)).extracting(RelationFact::order).containsOnlyNulls();
    }

    @Test
    void a_list_of_parts_after_a_colon_is_read_as_parts() {
        Extraction x = extract(
                "Gap model",
                "A model of service shortfalls. It has three parts: the listening gap, the design gap and the"
                        + " delivery gap.");

        assertThat(parts(x))
                .extracting(RelationFact::from, RelationFact::to, RelationFact::order)
                .containsExactly(
                        tuple("Gap model", "listening gap", null),
                        tuple("Gap model", "design gap", null),
                        tuple("Gap model", "delivery gap", null));
    }

    // --- examples ------------------------------------------------------------------------

    @Test
    void examples_after_such_as_are_not_parts() {
        Extraction x = extract(
                "Touchpoint",
                "Any moment a customer meets the brand through channels such as staff, websites, adverts and invoices.");

        assertThat(parts(x)).isEmpty();
    }

    @Test
    void examples_after_including_are_not_parts() {
        Extraction x = extract(
                "Loyalty scheme",
                "A programme that rewards repeat buyers with benefits including vouchers, discounts and early access.");

        assertThat(parts(x)).isEmpty();
    }

    @Test
    void examples_of_stages_are_still_stages_of_the_whole() {
        Extraction x = extract(
                "Sales pipeline",
                "The sales pipeline is divided into stages such as prospecting, qualifying, proposing and closing.");

        assertThat(parts(x))
                .extracting(RelationFact::to, RelationFact::order)
                .containsExactly(
                        tuple("prospecting", 1), tuple("qualifying", 2), tuple("proposing", 3), tuple("closing", 4));
    }

    @Test
    void a_series_between_two_dashes_is_an_aside_of_examples_not_the_parts_of_the_definition() {
        Extraction x = extract(
                "Display work",
                "The effort of showing the moods a firm expects - cheerfulness, patience, warmth - as part of a"
                        + " service role.");

        assertThat(parts(x)).isEmpty();
        assertThat(x.concepts()).extracting(ConceptFact::name).doesNotContain("cheerfulness", "patience", "warmth");
    }

    @Test
    void a_series_after_forms_names_kinds_by_the_wholes_head_noun() {
        Extraction x = extract(
                "Switching cost",
                "What a buyer gives up to change supplier. Switching cost takes several forms - financial,"
                        + " procedural and relational.");

        assertThat(parts(x)).isEmpty();
        assertThat(x.relations())
                .filteredOn(r -> r.type() == RelationType.IS_A)
                .extracting(RelationFact::from, RelationFact::to)
                .containsExactly(
                        tuple("financial cost", "Switching cost"),
                        tuple("procedural cost", "Switching cost"),
                        tuple("relational cost", "Switching cost"));
    }

    @Test
    void members_joined_by_a_plus_are_two_members() {
        Extraction x = extract("Service mix", "product, price, place + people, process");

        assertThat(parts(x))
                .extracting(RelationFact::to)
                .containsExactly("product", "price", "place", "people", "process");
    }

    @Test
    void a_series_whose_commas_open_an_example_clause_gives_no_parts() {
        Extraction x = extract(
                "Privacy law",
                "Sets the rules for handling the data of shoppers in the region, including for loyalty schemes and"
                        + " mailings.");

        assertThat(parts(x)).isEmpty();
    }

    // --- shapes --------------------------------------------------------------------------

    @Test
    void terms_on_lines_of_their_own_with_bracketed_explanations_are_a_list() {
        Extraction x = extract(
                "What are the drivers of churn?",
                "price rises\n(the bill went up)\n\nslow service\n(replies take days)");

        assertThat(parts(x))
                .extracting(RelationFact::from, RelationFact::to)
                .containsExactly(tuple("drivers of churn", "price rises"), tuple("drivers of churn", "slow service"));
        assertThat(x.concepts())
                .filteredOn(c -> c.name().equals("price rises"))
                .extracting(ConceptFact::definition)
                .containsExactly("the bill went up");
    }

    @Test
    void short_lines_without_any_explanation_stay_a_wrapped_answer() {
        Extraction x = extract("What is churn?", "customers lost\nin one year");

        assertThat(parts(x)).isEmpty();
    }
}
