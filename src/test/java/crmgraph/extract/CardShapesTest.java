package crmgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.RelationType;
import crmgraph.read.Card;
import crmgraph.read.ReadDeck;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the card shapes of real decks mean: the concept a prompt frames, names asked for, blanks, multiple choice. */
class CardShapesTest {

    private static Extraction extract(String front, String back) {
        return new CardExtractor()
                .extract(new ReadDeck("test", "lines", List.of(new Card(1, front, back, 1, 2)), List.of()));
    }

    private static Optional<ConceptFact> defined(Extraction x, String name) {
        return x.concepts().stream()
                .filter(c -> c.name().equalsIgnoreCase(name) && c.hasDefinition())
                .findFirst();
    }

    private static List<String> names(Extraction x) {
        return x.concepts().stream().map(ConceptFact::name).distinct().toList();
    }

    @Test
    void the_concept_is_what_the_frame_wraps_not_the_frame() {
        assertThat(names(extract("Explain churn modelling in CRM.", "Predicting which customers will leave.")))
                .containsExactly("churn modelling");
        assertThat(names(
                        extract("Define 'share of wallet' in B2B accounts", "The part of an account's spend you win.")))
                .containsExactly("share of wallet");
        assertThat(names(extract("What is the purpose of a loyalty audit?", "To check what a scheme really earns.")))
                .containsExactly("loyalty audit");
        assertThat(names(extract("What does ‘recency’ mean in RFM?", "How long ago the last purchase was.")))
                .containsExactly("recency");
        assertThat(defined(
                        extract(
                                "What does the satisfaction mirror claim?",
                                "That happy staff and happy buyers feed each other."),
                        "satisfaction mirror"))
                .isPresent();
        assertThat(names(extract(
                        "Briefly describe the service-profit chain.", "The links from staff satisfaction to profit.")))
                .containsExactly("service-profit chain");
    }

    @Test
    void a_subject_area_after_in_is_dropped_but_a_name_that_holds_in_keeps_it() {
        assertThat(names(extract("What is value in use?", "Value realised when a product is used.")))
                .containsExactly("value in use");
        assertThat(names(extract("What is trust in services marketing?", "Belief that a provider will act well.")))
                .containsExactly("trust");
    }

    @Test
    void a_question_that_describes_and_asks_for_the_name_defines_the_answer() {
        Extraction x = extract(
                "Spending by one customer across every category a firm sells is known as the:", "share of customer");
        assertThat(defined(x, "share of customer"))
                .hasValueSatisfying(c -> assertThat(c.definition())
                        .isEqualTo("Spending by one customer across every category a firm sells"));
        Extraction which =
                extract("Which term refers to grouping buyers by how they use a product?", "behavioural segmentation");
        assertThat(defined(which, "behavioural segmentation"))
                .hasValueSatisfying(c -> assertThat(c.definition()).startsWith("Grouping buyers by how they use"));
    }

    @Test
    void a_subject_pointing_back_at_the_description_is_no_part_of_the_definition() {
        Extraction sentence = extract(
                "Loyal buyers need less help, so they cost less to serve. This advantage is called:", "cost savings");
        assertThat(defined(sentence, "cost savings"))
                .hasValueSatisfying(c -> assertThat(c.definition())
                        .isEqualTo("Loyal buyers need less help, so they cost less to serve."));
        Extraction word = extract("A buyer who visits a store but orders online, this is called:", "showrooming");
        assertThat(defined(word, "showrooming"))
                .hasValueSatisfying(
                        c -> assertThat(c.definition()).isEqualTo("A buyer who visits a store but orders online"));
        Extraction endsInIt =
                extract("A discount given to first-time buyers as a welcome benefit is called:", "intro offer");
        assertThat(defined(endsInIt, "intro offer"))
                .hasValueSatisfying(c -> assertThat(c.definition())
                        .isEqualTo("A discount given to first-time buyers as a welcome benefit"));
        Extraction objectIt = extract(
                "Money a buyer keeps because the price was lower than they expected to pay for it is called:",
                "consumer surplus");
        assertThat(defined(objectIt, "consumer surplus"))
                .hasValueSatisfying(c -> assertThat(c.definition()).endsWith("expected to pay for it"));
    }

    @Test
    void an_answer_finishing_the_prompts_sentence_is_read_with_it() {
        Extraction x =
                extract("Role conflict means ...", "that staff feel pulled between what buyers and managers want.");
        assertThat(defined(x, "Role conflict"))
                .hasValueSatisfying(c -> assertThat(c.definition())
                        .isEqualTo(
                                "Role conflict means that staff feel pulled between what buyers and managers want."));
        Extraction own = extract("Role conflict means ...", "Staff feel pulled between buyers and managers.");
        assertThat(defined(own, "Role conflict"))
                .hasValueSatisfying(c -> assertThat(c.definition()).startsWith("Staff feel pulled"));
    }

    @Test
    void a_key_terms_label_names_no_concept_but_the_terms_under_it() {
        Extraction x =
                extract("Key terms at a glance", "Service climate: what staff believe the firm rewards in service.");
        assertThat(names(x)).containsExactly("Service climate");
        assertThat(defined(x, "Service climate")).isPresent();
        assertThat(names(extract("Key terms", "loyalty ladder, share of wallet, churn rate")))
                .containsExactlyInAnyOrder("loyalty ladder", "share of wallet", "churn rate");
    }

    @Test
    void an_answer_comparing_two_terms_line_by_line_defines_both_and_the_prompt_names_nothing() {
        Extraction x = extract(
                "Compare hard and soft standards.",
                "Hard standards: targets that can be counted or timed by the firm.\nSoft standards: targets only customers can judge, such as courtesy.");
        assertThat(defined(x, "Hard standards")).isPresent();
        assertThat(defined(x, "Soft standards")).isPresent();
        assertThat(names(x)).noneMatch(n -> n.toLowerCase(java.util.Locale.ROOT).startsWith("compare"));
    }

    @Test
    void a_difference_asked_for_defines_each_term_by_the_full_name_the_prompt_gives_it() {
        Extraction x = extract(
                "What's the difference between push selling and pull selling?",
                "Push = the seller contacts buyers who did not ask\nPull = buyers find the seller through its content");
        assertThat(defined(x, "push selling")).isPresent();
        assertThat(defined(x, "pull selling")).isPresent();
        assertThat(names(x)).containsExactlyInAnyOrder("push selling", "pull selling");
        assertThat(x.relations())
                .extracting(RelationFact::type, RelationFact::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RelationType.RELATED_TO, "contrast"));
        Extraction versus = extract(
                "Tangible vs. intangible benefits",
                "Tangible: benefits a buyer can count\nIntangible: benefits a buyer only feels");
        assertThat(names(versus)).containsExactlyInAnyOrder("Tangible benefits", "intangible benefits");
        Extraction nouns = extract(
                "Loyalty vs repeat buying",
                "Loyalty: an attitude that favours one firm\nRepeat buying: buying again, for whatever reason");
        assertThat(names(nouns)).containsExactlyInAnyOrder("Loyalty", "Repeat buying");
        Extraction lines = extract(
                "What is the difference between an RFP and an RFQ?",
                "RFP (request for proposal): the buyer asks how a supplier would solve a problem.\n"
                        + "RFQ (request for quotation): the buyer asks only for a price for a set specification.");
        assertThat(defined(lines, "RFP")).isPresent();
        assertThat(defined(lines, "RFQ")).isPresent();
        Extraction shared = extract(
                "Compare the star and chain networks.",
                "Star: every contact runs through one hub\nChain: each party talks only to the next");
        assertThat(names(shared)).containsExactlyInAnyOrder("Star", "Chain");
    }

    @Test
    void a_question_about_a_name_with_of_in_it_is_about_the_whole_name() {
        assertThat(names(extract(
                        "How is share of spend different from market share?", "Market share counts all buyers.")))
                .containsExactly("share of spend");
    }

    @Test
    void a_pointer_to_a_lecture_or_page_defines_nothing() {
        assertThat(extract("Next best offer", "see lecture 6 slides").concepts())
                .noneMatch(ConceptFact::hasDefinition);
        assertThat(extract("Loyalty ladder", "See above.").concepts()).noneMatch(ConceptFact::hasDefinition);
        assertThat(extract("Seeding", "Seeing a product used by friends before buying it.")
                        .concepts())
                .anyMatch(ConceptFact::hasDefinition);
    }

    @Test
    void an_answer_that_is_no_name_is_not_made_a_concept() {
        Extraction x = extract(
                "A customer who complains and is then delighted is called:",
                "This happens when the recovery is fast, personal and generous, and it is studied as a paradox.");
        assertThat(x.concepts()).noneMatch(ConceptFact::hasDefinition);
    }

    @Test
    void which_type_of_questions_make_the_answer_a_kind_with_its_definition() {
        Extraction x =
                extract("Which type of loyalty shows in repeat buying without any attachment?", "spurious loyalty");
        assertThat(defined(x, "spurious loyalty")).isPresent();
        assertThat(x.relations()).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo(RelationType.IS_A);
            assertThat(r.from()).isEqualTo("spurious loyalty");
            assertThat(r.to()).isEqualTo("loyalty");
        });
    }

    @Test
    void a_blank_for_the_subject_is_the_concept_and_the_completed_sentence_its_definition() {
        Extraction x = extract("_____ is the process of winning back customers who have left.", "win-back");
        assertThat(defined(x, "win-back"))
                .hasValueSatisfying(c -> assertThat(c.definition())
                        .isEqualTo("Win-back is the process of winning back customers who have left."));
    }

    @Test
    void a_blank_for_a_word_of_the_subject_names_the_whole_subject() {
        Extraction x =
                extract("_____ champions are staff who promote a new CRM system in their own team.", "super-user");
        assertThat(defined(x, "super-user champions"))
                .hasValueSatisfying(c -> assertThat(c.definition())
                        .isEqualTo("Super-user champions are staff who promote a new CRM system in their own team."));
        assertThat(names(extract("Loyal buyers spend _____ each year.", "more")))
                .doesNotContain("more");
    }

    @Test
    void two_blanks_need_two_parts_and_a_wrong_count_gives_nothing() {
        Extraction fits =
                extract("A complaint handled _____ can leave a customer _____ loyal than before.", "quickly; more");
        assertThat(fits.concepts()).noneMatch(c -> c.name().contains(";"));
        Extraction mismatch = extract("_____ and _____ are the two halves of customer equity.", "acquisition");
        assertThat(mismatch.concepts()).isEmpty();
    }

    @Test
    void multiple_choice_options_are_never_a_list_and_the_stem_frames_the_fact() {
        Extraction defining = extract(
                "Customer equity is\na. the sum of all customers' lifetime values\nb. a firm's share price\nc. the number of loyal customers",
                "a");
        assertThat(defined(defining, "Customer equity"))
                .hasValueSatisfying(c -> assertThat(c.definition())
                        .isEqualTo("Customer equity is the sum of all customers' lifetime values"));
        assertThat(defining.relations()).isEmpty();
        Extraction question =
                extract("Which of these is NOT a SERVQUAL dimension?\na) empathy\nb) price\nc) assurance", "b");
        assertThat(names(question)).doesNotContain("price", "empathy", "assurance");
    }

    @Test
    void a_stands_for_question_makes_the_chosen_option_the_acronym_s_name() {
        Extraction x =
                extract("What does CES stand for?\nA) Customer Effort Score\nB) Client Experience Survey", "Answer: A");
        assertThat(x.concepts()).anySatisfy(c -> {
            assertThat(c.name()).isEqualTo("Customer Effort Score");
            assertThat(c.aliases()).containsExactly("CES");
        });
    }

    @Test
    void a_long_what_is_description_answered_by_a_short_name_defines_the_name() {
        Extraction x =
                extract("What is a buyer who bought once, long ago, and has not come back since?", "lapsed customer");
        assertThat(defined(x, "lapsed customer")).isPresent();
    }

    @Test
    void a_short_verbless_prompt_is_a_term_whatever_its_first_word() {
        assertThat(defined(
                        extract("most profitable customers (MPCs)", "the top tier by margin"),
                        "most profitable customers"))
                .isPresent();
        assertThat(defined(extract("add-on selling", "selling more to buyers you already have"), "add-on selling"))
                .isPresent();
        assertThat(defined(
                        extract("collaborative filtering", "recommending what similar shoppers bought"),
                        "collaborative filtering"))
                .isPresent();
    }

    @Test
    void the_parts_of_stages_belong_to_the_whole_itself() {
        Extraction x = extract(
                "What are the stages of the loyalty ladder?", "1. prospect\n2. customer\n3. client\n4. advocate");
        assertThat(x.relations())
                .filteredOn(r -> r.type() == RelationType.HAS_PART)
                .extracting(RelationFact::from)
                .containsOnly("loyalty ladder");
    }

    @Test
    void a_name_with_its_other_name_in_brackets_keeps_both() {
        assertThat(extract("ASA (average speed of answer)", "mean wait before an agent picks up")
                        .concepts())
                .anySatisfy(c -> {
                    assertThat(c.name()).isEqualTo("average speed of answer");
                    assertThat(c.aliases()).containsExactly("ASA");
                });
        assertThat(extract("Step 2 (qualification step)", "checking that a lead can and will buy")
                        .concepts())
                .anySatisfy(c -> {
                    assertThat(c.name()).isEqualTo("qualification step");
                    assertThat(c.aliases()).containsExactly("Step 2");
                });
        assertThat(extract("word of mouth (aka buzz)", "customers telling others about a firm")
                        .concepts())
                .anySatisfy(c -> {
                    assertThat(c.name()).isEqualTo("word of mouth");
                    assertThat(c.aliases()).containsExactly("buzz");
                });
    }

    @Test
    void authors_and_examples_in_brackets_are_no_names() {
        assertThat(extract("relationship quality (Crosby, Evans & Cowles)", "trust and satisfaction in a relationship")
                        .concepts())
                .allSatisfy(c -> assertThat(c.aliases()).isEmpty());
        assertThat(extract("switching barrier (e.g. contracts)", "anything that makes leaving costly")
                        .concepts())
                .allSatisfy(c -> assertThat(c.aliases()).isEmpty());
    }

    @Test
    void a_question_is_about_the_noun_phrase_after_its_question_word() {
        assertThat(names(extract("Who developed the service-profit chain?", "Heskett and colleagues")))
                .containsExactly("service-profit chain");
        assertThat(names(extract("Why is cost-to-serve important in B2B?", ""))).containsExactly("cost-to-serve");
        assertThat(names(extract("Which gap does the firm most want to close?", "the customer gap")))
                .isEmpty();
    }

    @Test
    void a_label_and_its_name_joined_by_a_dash_are_one_concept() {
        assertThat(extract(
                                "Define 'Gap 3 - the delivery gap' in the gaps model",
                                "staff do not deliver to the standard")
                        .concepts())
                .anySatisfy(c -> {
                    assertThat(c.name()).isEqualTo("delivery gap");
                    assertThat(c.aliases()).containsExactly("Gap 3");
                    assertThat(c.definition()).startsWith("staff do not deliver");
                });
    }

    @Test
    void a_multiple_choice_question_asking_what_a_concept_is_is_answered_by_the_chosen_option() {
        Extraction x = extract(
                "What does customer effort score measure?\na) loyalty\nb) how easy it was to get something done\nc) profit",
                "b");
        assertThat(defined(x, "customer effort score"))
                .hasValueSatisfying(c -> assertThat(c.definition()).isEqualTo("How easy it was to get something done"));
        Extraction who = extract(
                "A buyer who has purchased once but feels no attachment to the firm is a:\na. prospect\nb. customer\nc. advocate",
                "b");
        assertThat(defined(who, "customer"))
                .hasValueSatisfying(c -> assertThat(c.definition()).startsWith("A buyer who has purchased once"));
    }

    @Test
    void a_name_in_another_language_with_its_english_in_brackets_is_asked_by_the_english() {
        Extraction x = OneCard.extract(
                "fidelidad del cliente (customer loyalty)", "how strongly a buyer keeps coming back to one brand");
        assertThat(x.concepts())
                .filteredOn(c -> c.hasDefinition())
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.name()).isEqualTo("customer loyalty");
                    assertThat(c.aliases()).contains("fidelidad del cliente");
                });
        assertThat(Names.translated("marketing relacional", "relationship marketing"))
                .isTrue();
        assertThat(Names.translated("Gap 1", "knowledge gap")).isFalse();
        assertThat(Names.translated("servicescape", "physical setting")).isFalse();
        assertThat(Names.translated("precio dinámico", "dynamic pricing")).isTrue();
    }

    @Test
    void a_front_naming_authors_and_a_year_makes_no_concept_of_the_authors() {
        Extraction x = OneCard.extract("Holbrook, Kumar & Ortiz (2004)", "four reasons people pick what they pick:");
        assertThat(OneCard.names(x)).isEmpty();
        assertThat(Compounds.citation("Brandt et al. (1999)")).isTrue();
        assertThat(Compounds.citation("Service-profit chain (1994)")).isFalse();
    }

    @Test
    void a_term_named_by_a_series_and_defined_together_is_one_concept() {
        Extraction x = extract(
                "sights, sounds and smells",
                "The cues of a shop's setting that the senses pick up before anything is said.");
        assertThat(names(x)).containsExactly("sights, sounds and smells");
        assertThat(defined(x, "sights, sounds and smells")).isPresent();
    }

    @Test
    void a_note_label_before_a_line_names_no_concept() {
        assertThat(OneCard.names(OneCard.extract("idea", "keep the buyers you have before chasing new ones")))
                .isEmpty();
        assertThat(OneCard.names(OneCard.extract("Key stat:", "a tenth of accounts bring half the margin")))
                .isEmpty();
        assertThat(OneCard.names(OneCard.extract("main takeaways", "loyalty is earned, not bought")))
                .isEmpty();
        assertThat(OneCard.names(OneCard.extract("Criticism", "later work found the links weaker in self-service")))
                .isEmpty();
        assertThat(OneCard.names(
                        OneCard.extract("Exam q from last year", "Explain how a shop could use its till data")))
                .isEmpty();
        assertThat(NoteLabels.is("key account")).isFalse();
        assertThat(NoteLabels.is("data point")).isFalse();
        assertThat(OneCard.names(OneCard.extract("Key account", "a buyer singled out for its weight to the firm")))
                .containsExactly("Key account");
    }

    @Test
    void a_list_asked_for_by_name_is_named_by_the_prompt() {
        Extraction x = extract("List the four Ps of the marketing mix", "- product\n- price\n- place\n- promotion");
        assertThat(x.relations())
                .filteredOn(r -> r.type() == RelationType.HAS_PART)
                .extracting(RelationFact::from)
                .containsOnly("Ps of marketing mix");
    }
}
