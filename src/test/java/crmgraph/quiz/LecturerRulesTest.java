package crmgraph.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.graph.StudyMaterial;
import crmgraph.nlp.English;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The defects a lecturer found in generated items, each on our own definitions: the item that
 * used to be made is not made now, or is made right.
 */
class LecturerRulesTest {

    private static English language;

    @BeforeAll
    static void load() {
        language = English.shared();
    }

    private static List<QuizItem> generate(QuizFixture f) {
        return new ItemGenerator(language).generate(f.material());
    }

    /** The keyword clozes every definition would give, were that its form. */
    private static List<String> keywordAnswers(QuizFixture f) {
        return EveryForm.keywordClozes(f.material()).stream()
                .map(i -> i.key().answer())
                .toList();
    }

    /** Filler concepts whose definitions all use "firm", so the word is common in this graph. */
    private static QuizFixture withFirms() {
        return new QuizFixture()
                .define("Win-back offer", List.of(), "a discount the firm sends to lapsed buyers to bring them home")
                .define("Account review", List.of(), "a yearly meeting where the firm checks what a key client spends")
                .define(
                        "Service charter",
                        List.of(),
                        "a public promise in which the firm states its delivery standards")
                .define(
                        "Loyalty ladder",
                        List.of(),
                        "the steps by which a firm turns prospects into committed advocates")
                .define("Hotline", List.of(), "a phone number the firm staffs around the clock for urgent faults");
    }

    // Ambiguous and generic blanks

    @Test
    void a_word_most_definitions_use_is_never_the_blank() {
        QuizFixture f = withFirms()
                .define("Inbound lead", List.of(), "a prospect who contacts the firm first through its website forms")
                .define("Inbound lead", List.of(), "somebody who writes to the firm after reading its blog on pricing");
        assertThat(keywordAnswers(f)).doesNotContain("firm", "blog");
    }

    @Test
    void a_blank_inside_an_example_list_is_refused() {
        QuizFixture f = new QuizFixture()
                .define(
                        "Hygiene factor",
                        List.of(),
                        "a basic feature whose absence annoys buyers but whose presence pleases nobody")
                .define(
                        "Hygiene factor",
                        List.of(),
                        "something buyers simply expect to find, e.g. clean toilets in a restaurant");
        assertThat(keywordAnswers(f)).doesNotContain("clean toilets", "restaurant");
    }

    @Test
    void a_blank_in_an_open_series_is_refused() {
        QuizFixture f = new QuizFixture()
                .define("Product quality", List.of(), "how well an offering meets the needs buyers bought it for")
                .define(
                        "Product quality",
                        List.of(),
                        "buyers judge it on durability, styling, reliability and workmanship");
        assertThat(keywordAnswers(f)).doesNotContain("durability", "styling", "reliability", "workmanship");
    }

    @Test
    void a_member_of_a_series_is_blanked_only_where_the_list_says_how_many_members_it_has() {
        QuizFixture open = new QuizFixture()
                .define(
                        "Segment appeal",
                        List.of(),
                        "how worthwhile a segment is for the firm to pursue over several years")
                .define(
                        "Segment appeal",
                        List.of(),
                        "a firm judges it by market size, growth and accessibility of buyers")
                .list("Segment appeal", false, "market size", "growth", "accessibility");
        assertThat(keywordAnswers(open)).doesNotContain("market size", "growth", "accessibility");
        QuizFixture closed = new QuizFixture()
                .define(
                        "Segment appeal",
                        List.of(),
                        "the three tests a firm applies: market size, growth and accessibility")
                .list("Segment appeal", false, "market size", "growth", "accessibility");
        // A closed list's member is no keyword blank either: the list's own list cloze asks it.
        assertThat(keywordAnswers(closed)).isEmpty();
    }

    @Test
    void a_word_of_a_set_phrase_or_a_piece_of_a_compound_is_refused() {
        QuizFixture f = new QuizFixture()
                .define(
                        "Aftercare desk",
                        List.of(),
                        "the counter where staff look after buyers once the sale is closed")
                .define("Aftercare desk", List.of(), "staff there are taking care of refunds for unhappy purchasers")
                .define("Back office", List.of(), "the part of the firm that buyers never see, such as accounting")
                .define("Back office", List.of(), "it does the paperwork quietly: invoicing and claims handling");
        assertThat(keywordAnswers(f)).doesNotContain("care", "handling");
    }

    @Test
    void a_known_concept_used_as_a_verb_is_not_blanked() {
        QuizFixture f = new QuizFixture()
                .define("Retain", List.of(), "to keep a buyer who might otherwise leave for a rival supplier")
                .define("Loyalty scheme", List.of(), "a programme of points and perks offered to regular shoppers")
                .define(
                        "Loyalty scheme",
                        List.of(),
                        "perks that marketers use to retain shoppers who would drift away");
        assertThat(keywordAnswers(f)).doesNotContain("retain");
    }

    @Test
    void a_category_word_heading_several_concept_names_is_not_blanked_alone() {
        QuizFixture f = new QuizFixture()
                .define(
                        "Behavioural segmentation",
                        List.of(),
                        "dividing buyers by what they do rather than who they are")
                .define("Geographic segmentation", List.of(), "dividing buyers by the region or town where they live")
                .define("Micro-segment", List.of(), "a very small group of buyers with one sharply defined need")
                .define("Micro-segment", List.of(), "a slice so thin that segmentation reaches single households");
        assertThat(keywordAnswers(f)).doesNotContain("segmentation", "single households");
    }

    @Test
    void the_general_word_a_definition_opens_with_is_not_blanked() {
        QuizFixture f = new QuizFixture()
                .define("Responsiveness", List.of(), "how quickly and willingly staff help buyers who ask for it")
                .define(
                        "Responsiveness",
                        List.of(),
                        "The willingness to give prompt service whenever shoppers need assistance");
        assertThat(keywordAnswers(f)).doesNotContain("willingness", "prompt service");
    }

    @Test
    void a_word_of_an_idiom_after_a_preposition_or_a_noun_and_its_verb_are_not_blanked() {
        QuizFixture f = new QuizFixture()
                .define(
                        "Analytical reporting",
                        List.of(),
                        "turning stored sales records into charts that managers read weekly")
                .define(
                        "Analytical reporting",
                        List.of(),
                        "managers use reports, for example, to decide which regions deserve more salespeople")
                .define("Encounter", List.of(), "any moment at which a buyer deals with the staff of a firm")
                .define("Encounter", List.of(), "the span of time in which a shopper interacts directly with staff");
        assertThat(keywordAnswers(f)).doesNotContain("example", "shopper interacts");
    }

    @Test
    void a_blank_over_markup_is_refused() {
        QuizFixture f = new QuizFixture()
                .define(
                        "Script kiddie",
                        List.of(),
                        "someone who pastes <script>alert('x')</script> into the comment form of a shop website");
        assertThat(keywordAnswers(f)).noneMatch(a -> a.contains("<") || a.contains(">"));
    }

    // Weak sources

    @Test
    void a_definition_with_too_few_content_words_gives_no_item() {
        QuizFixture f = new QuizFixture().define("Outcome", List.of(), "is satisfied customers");
        assertThat(generate(f)).isEmpty();
    }

    @Test
    void a_fragment_gives_no_item() {
        QuizFixture f = new QuizFixture()
                .define(
                        "Value segments",
                        List.of(),
                        "in terms of their needs and value to your business and its brands")
                .define("Recall test", List.of(), "how much of the advert printed yesterday the sample of readers can")
                .define("Bundle", List.of(), "and then priced lower than the sum of the separate parts sold alone");
        assertThat(generate(f)).isEmpty();
    }

    @Test
    void a_definition_cut_before_its_examples_gives_no_item() {
        QuizFixture f = new QuizFixture()
                .define(
                        "Referral scheme",
                        List.of(),
                        "a plan that rewards current buyers for bringing in new ones, e.g.");
        assertThat(generate(f)).isEmpty();
    }

    @Test
    void a_note_holding_its_writer_s_own_doubt_gives_no_item_but_a_question_mark_in_a_name_does_not_count() {
        QuizFixture doubt = new QuizFixture()
                .define(
                        "Nordic school",
                        List.of(),
                        "the services view of relationships, studied in Finland ?? or was it Sweden, ask the tutor")
                .define(
                        "Paradigm shift",
                        List.of(),
                        "the move from selling to keeping buyers ? check which author said so");
        assertThat(generate(doubt)).isEmpty();
        QuizFixture settled = new QuizFixture()
                .define(
                        "Nordic school",
                        List.of(),
                        "the view that marketing means managing the interactions and relationships a firm has with its buyers");
        assertThat(generate(settled)).isNotEmpty();
    }

    @Test
    void a_question_or_a_line_of_page_furniture_is_no_definition() {
        QuizFixture f = new QuizFixture()
                .define("Churn model", List.of(), "Which of our buyers are likely to leave us in the next few months?")
                .define("Related reading", List.of(), "\u2192 What is the gap model? Five gaps explained for students");
        assertThat(generate(f)).isEmpty();
    }

    @Test
    void a_figure_or_a_word_of_for_example_is_not_blanked() {
        QuizFixture f = new QuizFixture()
                .define("Account plan", List.of(), "a document that sets out goals and actions for one key account")
                .define(
                        "Account plan",
                        List.of(),
                        "it sets out what the team will do for the account over the next 1-3 years")
                .define(
                        "Marketing automation",
                        List.of(),
                        "software that plans, runs and measures campaigns without manual work")
                .define(
                        "Marketing automation",
                        List.of(),
                        "tools that run campaigns, for example mail flows triggered by what buyers do");
        assertThat(keywordAnswers(f)).noneMatch(a -> a.contains("1") || a.contains("example"));
    }

    @Test
    void a_name_in_capitals_or_a_name_that_is_a_sentence_gives_no_item() {
        QuizFixture f = new QuizFixture()
                .define(
                        "TWO SCHOOLS",
                        List.of(),
                        "the Nordic view treats marketing as managing interactions with buyers")
                .define(
                        "Detractors score low",
                        List.of(),
                        "buyers who would warn their friends against the brand they used");
        assertThat(generate(f)).isEmpty();
    }

    @Test
    void a_concept_named_by_a_question_or_a_heading_gives_no_item() {
        QuizFixture f = new QuizFixture()
                .define("What is churn?", List.of(), "the share of buyers who stop buying from a firm during a year")
                .define(
                        "Week 3: Loyalty and retention",
                        List.of(),
                        "keeping profitable buyers costs far less than recruiting new ones");
        assertThat(generate(f)).isEmpty();
    }

    @Test
    void a_definition_that_is_a_clause_with_a_plural_subject_is_not_read_as_a_noun_phrase() {
        QuizFixture f = new QuizFixture()
                .define(
                        "Subscription club",
                        List.of(),
                        "members pay a yearly fee in exchange for free delivery and early access to sales");
        assertThat(generate(f))
                .extracting(QuizItem::prompt)
                .containsExactly(
                        "____: members pay a yearly fee in exchange for free delivery and early access to sales");
    }

    @Test
    void a_definition_opening_with_a_bare_singular_noun_is_shown_as_a_gloss_not_after_is() {
        QuizFixture f = new QuizFixture()
                .define(
                        "Gatekeeper",
                        List.of(),
                        "member of the purchasing group who controls what information reaches the others");
        // used to be "____ is member of the purchasing group …", which reads as shorthand
        assertThat(EveryForm.termClozes(f.material()))
                .extracting(QuizItem::prompt)
                .containsExactly(
                        "____: member of the purchasing group who controls what information reaches the others");
    }

    @Test
    void a_definition_whose_noun_differs_in_number_from_the_term_is_shown_as_a_gloss_even_after_an_article() {
        QuizFixture f = new QuizFixture()
                .define(
                        "Loss tier",
                        List.of(),
                        "the buyers who cost more to serve than they ever bring in, so every sale loses money");
        // used to be "____ is the buyers who …"
        assertThat(EveryForm.termClozes(f.material()))
                .extracting(QuizItem::prompt)
                .containsExactly(
                        "____: the buyers who cost more to serve than they ever bring in, so every sale loses money");
    }

    @Test
    void a_clause_whose_verb_the_tagger_reads_as_a_noun_is_still_a_clause_when_an_object_follows() {
        QuizFixture f = new QuizFixture()
                .define(
                        "Courtship stage",
                        List.of(),
                        "the partners test each other with small orders before they commit to a contract");
        // used to be "____ is the partners test each other …"
        assertThat(EveryForm.termClozes(f.material()))
                .extracting(QuizItem::prompt)
                .containsExactly(
                        "____: the partners test each other with small orders before they commit to a contract");
    }

    @Test
    void a_plural_name_asked_by_a_singular_definition_expects_the_singular_and_accepts_both() {
        QuizFixture f = new QuizFixture()
                .define(
                        "Referrers",
                        List.of(),
                        "a buyer who recommends the shop to friends without being asked or paid for it");
        assertThat(EveryForm.termClozes(f.material())).singleElement().satisfies(item -> {
            assertThat(item.prompt()).startsWith("____ is a buyer who recommends");
            assertThat(item.key().answer()).isEqualTo("Referrer");
            assertThat(item.key().accepted()).contains("Referrers");
        });
        QuizFixture dimension = new QuizFixture()
                .define(
                        "Intangibles",
                        List.of(),
                        "the part of an offer a buyer cannot touch, such as a brand's good name");
        assertThat(EveryForm.termClozes(dimension.material()))
                .extracting(i -> i.key().answer())
                .containsExactly("Intangibles");
    }

    @Test
    void a_name_followed_by_its_acronym_in_brackets_is_one_blank() {
        QuizFixture f = new QuizFixture()
                .define(
                        "Service recovery",
                        List.of("SRP"),
                        "Service recovery (SRP) = everything a firm does to win back a buyer after a failure");
        // used to be "____ (____) = everything …": two blanks for one answer
        assertThat(EveryForm.termClozes(f.material()))
                .extracting(QuizItem::prompt)
                .containsExactly("____ = everything a firm does to win back a buyer after a failure");
    }

    // One fact, one item

    @Test
    void a_definition_gives_one_item_never_a_cloze_and_a_choice() {
        List<QuizItem> items = generate(QuizFixture.crm());
        assertThat(items)
                .filteredOn(i -> !(i instanceof ListCloze) && !(i instanceof OrderItem))
                .extracting(i -> i.source().concept() + "|" + i.source().card())
                .doesNotHaveDuplicates();
    }

    @Test
    void the_same_definition_on_two_cards_gives_one_item() {
        String text = "the whole set of cues a buyer meets when entering a branch or a shop";
        QuizFixture f =
                new QuizFixture().define("Servicescape", List.of(), text).define("Servicescape", List.of(), text);
        assertThat(generate(f)).hasSize(1);
    }

    @Test
    void two_decks_wording_one_definition_almost_alike_give_one_item() {
        QuizFixture f = new QuizFixture()
                .define(
                        "Tolerance floor",
                        List.of(),
                        "The lowest level of service the customer will accept without complaint.")
                .define(
                        "Tolerance floor",
                        List.of(),
                        "The lowest level of service a customer will accept without complaint.");
        assertThat(generate(f)).hasSize(1);
    }

    @Test
    void a_definition_naming_its_term_again_inside_gives_no_riddle_of_blanks() {
        QuizFixture f = new QuizFixture()
                .define(
                        "Voice of the customer",
                        List.of("VoC"),
                        "The voice of the customer, also called VoC, is the practice of capturing what buyers expect")
                .define("Anticipation", List.of(), "what a buyer believes a service will deliver before using it");
        assertThat(generate(f))
                .extracting(QuizItem::prompt)
                .isNotEmpty()
                .allMatch(p -> p.indexOf(QuizItem.BLANK) == p.lastIndexOf(QuizItem.BLANK));
    }

    // Leaks

    @Test
    void a_word_sharing_the_answers_stem_leaks() {
        TermCloze cloze = new TermCloze(
                "t-000000000001",
                "____: serving a well chosen target market with its own offer",
                new AnswerKey("Target marketing", List.of(), List.of()),
                new QuizItem.Source("c", "C", "c", "d-1", "d"));
        assertThat(LeakCheck.leak(cloze)).isPresent();
        List<QuizItem> items = generate(new QuizFixture()
                .define("Target marketing", List.of(), "serving a well chosen target market with an offer of its own"));
        assertThat(items)
                .filteredOn(i -> i.key().answer().equals("Target marketing"))
                .extracting(QuizItem::prompt)
                .allMatch(p -> !p.toLowerCase(java.util.Locale.ROOT).contains("target"));
    }

    @Test
    void an_opposite_by_prefix_among_the_options_or_an_answer_alone_echoing_the_prompt_leaks() {
        QuizItem.Source source = new QuizItem.Source("c", "C", "c", "d-1", "d");
        ChoiceItem opposite = new ChoiceItem(
                "c-000000000001",
                "Which concept is this? \u201ca purchase the shopper decided on before entering\u201d",
                new AnswerKey("planned purchase", List.of(), List.of()),
                source,
                List.of("planned purchase", "unplanned purchase", "impulse buy"));
        assertThat(LeakCheck.leak(opposite)).isPresent();
        ChoiceItem echo = new ChoiceItem(
                "c-000000000002",
                "Which concept is this? \u201cbuying from the same brand again and again\u201d",
                new AnswerKey("brand loyalty", List.of(), List.of()),
                source,
                List.of("brand loyalty", "churn", "word of mouth"));
        assertThat(LeakCheck.leak(echo)).isPresent();
    }

    @Test
    void an_answer_alone_sharing_a_word_family_with_the_prompt_leaks_even_where_the_stems_part() {
        QuizItem.Source source = new QuizItem.Source("c", "C", "c", "d-1", "d");
        ChoiceItem analysis = new ChoiceItem(
                "c-000000000003",
                "Which concept is this? \u201cthe storage and analysis of buyer records to decide whom to target\u201d",
                new AnswerKey("Analytical CRM", List.of(), List.of()),
                source,
                List.of("Analytical CRM", "Collaborative CRM", "Cloud CRM"));
        assertThat(LeakCheck.leak(analysis)).isPresent();
        ChoiceItem invoke = new ChoiceItem(
                "c-000000000004",
                "Which concept fills the blank? \u201c____ is the share of buyers who claim; a low one means the promise is"
                        + " too hard to invoke\u201d",
                new AnswerKey("invocation rate", List.of(), List.of()),
                source,
                List.of("invocation rate", "churn rate", "response rate"));
        assertThat(LeakCheck.leak(invoke)).isPresent();
        ChoiceItem apart = new ChoiceItem(
                "c-000000000005",
                "Which concept is this? \u201ca written agreement on what the supplier must deliver\u201d",
                new AnswerKey("service contract", List.of(), List.of()),
                source,
                List.of("service contract", "quality control", "service recovery"));
        assertThat(LeakCheck.leak(apart)).isEmpty();
        assertThat(LeakCheck.kin("user", "use")).isTrue();
        assertThat(LeakCheck.kin("recent", "recenc")).isTrue();
        assertThat(LeakCheck.spellsOut("8 roles a buying group can hold", List.of("Webster's 8Rs")))
                .isTrue();
        assertThat(LeakCheck.spellsOut("the 4 ways a firm reaches buyers", List.of("4Ps")))
                .isFalse();
        assertThat(LeakCheck.kin("contract", "control")).isFalse();
        assertThat(LeakCheck.kin("profit", "profil")).isFalse();
    }

    @Test
    void an_open_list_of_examples_gives_no_list_cloze_but_a_list_announced_with_its_count_does() {
        QuizFixture open = new QuizFixture().list("Physical evidence", false, "Brochures", "Uniforms", "Signage");
        assertThat(generate(open)).filteredOn(i -> i instanceof ListCloze).isEmpty();
        QuizFixture closed = new QuizFixture()
                .define(
                        "Service gaps",
                        List.of(),
                        "the three places where delivered service can fall short of promises")
                .list("Service gaps", false, "Knowledge gap", "Design gap", "Delivery gap");
        assertThat(generate(closed))
                .filteredOn(i -> i instanceof ListCloze)
                .extracting(QuizItem::prompt)
                .containsExactly(
                        "Service gaps: ____, Design gap, Delivery gap",
                        "Service gaps: Knowledge gap, ____, Delivery gap",
                        "Service gaps: Knowledge gap, Design gap, ____");
    }

    @Test
    void a_list_of_adjectives_or_gerunds_is_no_misread_list() {
        QuizFixture f = new QuizFixture()
                .list("Personalisation levels", true, "mass", "segment-based", "individual")
                .list(
                        "Value chain",
                        true,
                        "Analysing the customer base",
                        "Building networks",
                        "Managing the lifecycle");
        assertThat(generate(f)).filteredOn(i -> i instanceof OrderItem).hasSize(2);
    }

    @Test
    void a_list_with_a_member_named_by_a_heading_was_misread_and_gives_nothing() {
        QuizFixture f = new QuizFixture()
                .define(
                        "Service gaps",
                        List.of(),
                        "the three places where delivered service can fall short of promises")
                .list("Service gaps", false, "Knowledge gap", "Course: Services Marketing", "Delivery gap");
        assertThat(generate(f)).filteredOn(i -> i instanceof ListCloze).isEmpty();
    }

    // Spelling

    @Test
    void a_name_most_decks_spell_one_way_is_expected_that_way_and_every_spelling_is_accepted() {
        StudyMaterial material = new StudyMaterial(
                "spelling",
                List.of(
                        concept(
                                "Loyalty effect",
                                new StudyMaterial.Definition(
                                        "the way the profit from one buyer grows the longer that buyer stays with a firm",
                                        "a-1",
                                        "a"),
                                new StudyMaterial.Definition(
                                        "profit per buyer rises with the years a buyer stays, as Reicheld measured",
                                        "a-2",
                                        "a")),
                        concept(
                                "Zero defections",
                                new StudyMaterial.Definition(
                                        "the aim Reichheld set of keeping every buyer a firm can serve at a profit",
                                        "b-1",
                                        "b")),
                        concept(
                                "Loyalty economics",
                                new StudyMaterial.Definition(
                                        "the study Reichheld began of what loyal buyers are worth to a firm over time",
                                        "c-1",
                                        "c"))),
                List.of());
        QuizItem misspelt = EveryForm.keywordClozes(material).stream()
                .filter(i -> i.source().card().equals("a-2"))
                .findFirst()
                .orElseThrow();
        assertThat(misspelt.key().answer()).isEqualTo("Reichheld");
        AnswerChecker checker = new AnswerChecker(language);
        assertThat(checker.check(misspelt, "Reichheld").correct()).isTrue();
        assertThat(checker.check(misspelt, "Reicheld").correct()).isTrue();
    }

    private static StudyMaterial.Concept concept(String name, StudyMaterial.Definition... definitions) {
        String id = QuizFixture.id(name);
        return new StudyMaterial.Concept(id, name, List.of(), List.of(definitions), List.of());
    }

    // Order items

    @Test
    void members_named_by_position_are_shown_by_their_content_or_the_order_item_is_not_made() {
        QuizFixture shown = new QuizFixture()
                .define("Stage 1", List.of(), "Attract prospects")
                .define("Stage 2", List.of(), "Convert them into buyers")
                .define("Stage 3", List.of(), "Keep them loyal")
                .list("Acquisition cycle", true, "Stage 1", "Stage 2", "Stage 3");
        List<QuizItem> items = generate(shown);
        assertThat(items).filteredOn(i -> i instanceof ListCloze).isEmpty();
        OrderItem order = (OrderItem)
                items.stream().filter(i -> i instanceof OrderItem).findFirst().orElseThrow();
        assertThat(order.order()).containsExactly("Attract prospects", "Convert them into buyers", "Keep them loyal");
        QuizFixture bare = new QuizFixture().list("Onboarding steps", true, "Step 1", "Step 2", "Step 3");
        assertThat(generate(bare)).isEmpty();
    }

    @Test
    void a_list_with_a_gap_in_its_numbering_gives_no_order_item() {
        QuizFixture f = new QuizFixture()
                .list("Service journey", true, "Arrival", "Waiting", "Delivery", "Departure")
                .dropPart("Service journey", "Waiting");
        assertThat(generate(f)).filteredOn(i -> i instanceof OrderItem).isEmpty();
    }

    @Test
    void an_order_typed_as_names_with_arrows_is_accepted() {
        OrderItem order = new OrderItem(
                "o-000000000001",
                "Put the parts of X in order.",
                new AnswerKey("Attract, Convert, Keep", List.of(), List.of()),
                new QuizItem.Source("c", "C", "c", "d-1", "d"),
                List.of("Keep", "Attract", "Convert"),
                List.of("Attract", "Convert", "Keep"));
        AnswerChecker checker = new AnswerChecker(language);
        assertThat(checker.check(order, "Attract \u2192 Convert \u2192 Keep").correct())
                .isTrue();
        assertThat(checker.check(order, "attract -> convert -> keep").correct()).isTrue();
        assertThat(checker.check(order, "B \u2192 C \u2192 A").correct()).isTrue();
        assertThat(checker.check(order, "Convert \u2192 Attract \u2192 Keep").correct())
                .isFalse();
    }

    // Third review: answers a student cannot type as the checker wants them

    @Test
    void initials_nothing_expands_are_no_typed_answer_but_initials_with_their_words_are() {
        QuizFixture f = new QuizFixture()
                .define("IVR", List.of(), "the recorded phone menu that sends each caller to the right queue first")
                .define(
                        "ACD",
                        List.of("automatic call distribution"),
                        "software that hands each incoming call to the next free agent in a team");
        assertThat(EveryForm.termClozes(f.material())).singleElement().satisfies(i -> {
            assertThat(i.key().answer()).isEqualTo("ACD");
            assertThat(new AnswerChecker(language)
                            .check(i, "automatic call distribution")
                            .correct())
                    .isTrue();
        });
    }

    @Test
    void an_answer_in_shorthand_is_no_typed_answer() {
        QuizFixture f = new QuizFixture()
                .define(
                        "capacity mgmt",
                        List.of(),
                        "planning staff and rooms so that supply keeps pace with demand through the week");
        assertThat(EveryForm.termClozes(f.material())).isEmpty();
        QuizFixture spelled = new QuizFixture()
                .define(
                        "capacity management",
                        List.of(),
                        "planning staff and rooms so that supply keeps pace with demand through the week");
        assertThat(EveryForm.termClozes(spelled.material())).hasSize(1);
    }

    @Test
    void an_answer_about_what_a_concept_does_under_a_pronoun_gives_no_item() {
        QuizFixture f = new QuizFixture()
                .define(
                        "Contact history",
                        List.of(),
                        "It stores every call, visit and email with a buyer so any agent can pick up the thread");
        assertThat(generate(f)).isEmpty();
    }

    // Second review: context, half-named answers, text that points elsewhere

    private static List<QuizItem> typed(QuizFixture f) {
        return generate(f).stream()
                .filter(i -> i instanceof TermCloze || i instanceof KeywordCloze)
                .toList();
    }

    /**
     * A course where most names are a patron's ("patron" is the subject's own word), with "Worth"
     * defined apart from "Patron worth".
     */
    private static QuizFixture patronCourse() {
        return new QuizFixture()
                .define("Patron worth", List.of(), "the margin one guest brings in over all the years of visits")
                .define("Worth", List.of(), "what a thing is good for, weighed against what it costs to get")
                .define(
                        "Patron journey",
                        List.of(),
                        "every step a guest takes from first hearing of a venue to leaving it")
                .define("Patron churn", List.of(), "guests who stop coming to the venue within a season")
                .define("Patron lists", List.of(), "the records a venue keeps of who came, when and what they spent");
    }

    @Test
    void the_subjects_own_word_may_be_left_out_of_a_typed_answer_unless_the_rest_is_defined_apart() {
        // used to refuse "devotion" for "Patron devotion" in a course where every name is a patron's
        QuizFixture f = patronCourse()
                .define(
                        "Patron devotion",
                        List.of(),
                        "a lasting wish to keep coming back to one venue whatever rivals offer")
                .list("Regular guests", false, "Devotion", "Frequency");
        AnswerChecker checker = new AnswerChecker(language);
        List<QuizItem> items = EveryForm.termClozes(f.material());
        assertThat(items)
                .filteredOn(i -> i.source().concept().equals(QuizFixture.id("Patron devotion")))
                .singleElement()
                .satisfies(
                        i -> assertThat(checker.check(i, "devotion").correct()).isTrue());
        // "worth" alone is defined as something else: typed alone it is not the patron's worth
        assertThat(items)
                .filteredOn(i -> i.source().concept().equals(QuizFixture.id("Patron worth")))
                .singleElement()
                .satisfies(i -> assertThat(checker.check(i, "worth").correct()).isFalse());
        // "journey" is no name of the course: the bare word says less than the name
        assertThat(items)
                .filteredOn(i -> i.source().concept().equals(QuizFixture.id("Patron journey")))
                .singleElement()
                .satisfies(
                        i -> assertThat(checker.check(i, "journey").correct()).isFalse());
    }

    @Test
    void a_definition_opening_with_a_or_a_quoted_name_gets_options_of_the_answers_number() {
        // used to offer one singular option among plurals under "A market in which …" and "A \"____\" is a guest …"
        QuizFixture f = new QuizFixture()
                .define(
                        "Split market",
                        List.of(),
                        "a market in which buyers spread their orders over several suppliers at once")
                .define("Supplier markets", List.of(), "the firms a business buys from, treated as partners to keep")
                .define("Referral markets", List.of(), "the people and firms who send new buyers to the business")
                .define(
                        "Staff markets",
                        List.of(),
                        "the pool of people the firm may hire, and the channels to reach them")
                .define(
                        "Locked market",
                        List.of(),
                        "a market in which a buyer stays with one supplier for years because switching is hard")
                .define(
                        "Open market",
                        List.of(),
                        "a market where any supplier can sell and buyers switch as prices move")
                .define(
                        "Helper guest",
                        List.of(),
                        "A \"helper guest\" is a guest who does part of the staff's work as if employed")
                .define("Loud guests", List.of(), "guests who complain in the lobby so that others can hear them")
                .define("Quiet guest", List.of(), "a guest who never complains at the desk but may not come back")
                .define(
                        "Night owl",
                        List.of(),
                        "a guest who books the late check-in and orders room service after midnight")
                .define("Early bird", List.of(), "a guest who asks for breakfast before the kitchen opens")
                .list(
                        "Market types",
                        false,
                        "Split market",
                        "Supplier markets",
                        "Referral markets",
                        "Staff markets",
                        "Locked market",
                        "Open market")
                .list("Guest types", false, "Helper guest", "Loud guests", "Quiet guest", "Night owl", "Early bird");
        List<QuizItem> choices = EveryForm.choices(f.material());
        assertThat(choices)
                .filteredOn(i -> i.key().answer().equals("Split market"))
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.choices())
                        .doesNotContain("Supplier markets", "Referral markets", "Staff markets"));
        assertThat(choices)
                .filteredOn(i -> i.key().answer().equals("Helper guest"))
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.choices()).doesNotContain("Loud guests"));
    }

    @Test
    void a_choice_over_a_blank_offers_only_options_that_agree_with_its_verb() {
        QuizFixture f = new QuizFixture()
                .define(
                        "Big spenders",
                        List.of(),
                        "big spenders often ask for upgrades and free extras, so their margin shrinks")
                .define("Loyal guests", List.of(), "guests who come back every season whatever the price of a room")
                .define("Angry guests", List.of(), "guests who complain loudly at the desk and in online reviews")
                .define("Quiet guest", List.of(), "a guest who never complains at the desk but may not come back")
                .define("Day visitors", List.of(), "people who use the spa or the restaurant without staying the night")
                .list(
                        "Guest types",
                        false,
                        "Big spenders",
                        "Loyal guests",
                        "Angry guests",
                        "Quiet guest",
                        "Day visitors");
        // used to offer "Quiet guest" beside "____ often ask for upgrades …", which only plurals fit
        assertThat(EveryForm.choices(f.material()))
                .filteredOn(i -> i.key().answer().equals("Big spenders"))
                .singleElement()
                .satisfies(i ->
                        assertThat(i.choices()).doesNotContain("Quiet guest").hasSize(4));
        QuizFixture singular = new QuizFixture()
                .define(
                        "Big spender",
                        List.of(),
                        "big spenders often ask for upgrades and free extras, so their margin shrinks")
                .define("Loyal guests", List.of(), "guests who come back every season whatever the price of a room")
                .define("Angry guests", List.of(), "guests who complain loudly at the desk and in online reviews")
                .define("Day visitors", List.of(), "people who use the spa or the restaurant without staying the night")
                .list("Guest types", false, "Big spender", "Loyal guests", "Angry guests", "Day visitors");
        // "A ____ is …" is asked without its article: the verb still wants a singular
        QuizFixture article = new QuizFixture()
                .define(
                        "Inside client",
                        List.of(),
                        "an inside client is any team that gets work from another team of the same firm")
                .define("Loyal guests", List.of(), "guests who come back every season whatever the price of a room")
                .define("Angry guests", List.of(), "guests who complain loudly at the desk and in online reviews")
                .define("Quiet guest", List.of(), "a guest who never complains at the desk but may not come back")
                .define(
                        "Day visitor",
                        List.of(),
                        "a person who uses the spa or the restaurant without staying the night")
                .define("Walk-in guest", List.of(), "a guest who arrives without a booking and asks for a room")
                .list(
                        "Guest types",
                        false,
                        "Inside client",
                        "Loyal guests",
                        "Angry guests",
                        "Quiet guest",
                        "Day visitor",
                        "Walk-in guest");
        assertThat(EveryForm.choices(article.material()))
                .filteredOn(i -> i.key().answer().equals("Inside client"))
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.choices()).doesNotContain("Loyal guests", "Angry guests"));
        // the answer itself does not fit "____ often ask …": no choice over that blank
        assertThat(EveryForm.choices(singular.material()))
                .noneMatch(i ->
                        i.key().answer().equals("Big spender") && i.prompt().contains("often ask"));
    }

    @Test
    void a_name_with_and_without_the_subjects_word_defined_alike_is_one_idea() {
        // used to refuse "comeback" for "Patron comeback", the name another deck gave the same idea
        QuizFixture f = patronCourse()
                .define("Patron comeback", List.of(), "efforts to regain guests who stopped visiting the venue")
                .define(
                        "Comeback",
                        List.of(),
                        "efforts aimed at guests who stopped coming, to regain them with an offer");
        AnswerChecker checker = new AnswerChecker(language);
        List<QuizItem> items = EveryForm.termClozes(f.material());
        assertThat(items)
                .filteredOn(i -> i.source().concept().equals(QuizFixture.id("Patron comeback")))
                .isNotEmpty()
                .allSatisfy(
                        i -> assertThat(checker.check(i, "comeback").correct()).isTrue());
        // defined apart, "worth" stays another idea than the patron's worth
        assertThat(items)
                .filteredOn(i -> i.source().concept().equals(QuizFixture.id("Patron worth")))
                .allSatisfy(i -> assertThat(checker.check(i, "worth").correct()).isFalse());
    }

    @Test
    void a_hyphenated_name_is_asked_whole_never_half_shown() {
        // used to be "____ back: offers that bring back shoppers …", asking for "buy"
        QuizFixture f = new QuizFixture()
                .define("Buy-back", List.of(), "offers that bring back shoppers who left for a rival shop last year");
        assertThat(EveryForm.termClozes(f.material())).noneMatch(i -> i.prompt().startsWith("____ back"));
    }

    @Test
    void a_definition_holding_the_answers_head_word_asks_for_the_words_before_it() {
        QuizFixture f = new QuizFixture()
                .define(
                        "Supplier network",
                        List.of(),
                        "the web of firms a buyer relies on, seen as one network of lasting trading ties");
        assertThat(EveryForm.termClozes(f.material())).singleElement().satisfies(i -> {
            assertThat(i.prompt())
                    .isEqualTo("____ network is the web of firms a buyer relies on, seen as one network of"
                            + " lasting trading ties");
            assertThat(i.key().answer()).isEqualTo("Supplier");
            assertThat(new AnswerChecker(language).check(i, "supplier network").correct())
                    .isTrue();
            assertThat(LeakCheck.leak(i)).isEmpty();
        });
        TermCloze whole = new TermCloze(
                "t-000000000002",
                "____ is the web of firms a buyer relies on, seen as one network of lasting ties",
                new AnswerKey("Supplier network", List.of(), List.of()),
                new QuizItem.Source("c", "C", "c", "d-1", "d"));
        assertThat(LeakCheck.leak(whole)).isPresent();
    }

    @Test
    void a_definition_holding_every_word_of_the_answer_gives_no_typed_item() {
        QuizFixture f = new QuizFixture()
                .define(
                        "Supplier network",
                        List.of(),
                        "a network of supplier firms a buyer relies on, linked by lasting trading ties");
        assertThat(typed(f)).isEmpty();
    }

    @Test
    void a_definition_holding_most_words_of_a_longer_answer_leaks_it() {
        TermCloze made = new TermCloze(
                "t-000000000003",
                "____: buyers remember the best moment and the last moment of a visit",
                new AnswerKey("Best-last moment effect", List.of(), List.of()),
                new QuizItem.Source("c", "C", "c", "d-1", "d"));
        assertThat(LeakCheck.leak(made)).isPresent();
    }

    @Test
    void a_definition_holding_one_word_of_the_answer_but_not_its_head_passes_the_leak_check_alone() {
        TermCloze made = new TermCloze(
                "t-000000000004",
                "____ is a central store of data gathered from every system a firm runs",
                new AnswerKey("Data vault", List.of(), List.of()),
                new QuizItem.Source("c", "C", "c", "d-1", "d"));
        assertThat(LeakCheck.leak(made)).isEmpty();
    }

    @Test
    void a_definition_repeating_a_word_of_the_answer_gives_no_typed_item_unless_the_word_is_the_graphs_commonest() {
        QuizFixture f = withFirms()
                .define("Social value", List.of(), "the benefit buyers feel from belonging to certain social groups")
                .define("Firm charter", List.of(), "a short public text listing the values every employee must honour");
        List<String> typed = EveryForm.termClozes(f.material()).stream()
                .map(i -> i.key().answer())
                .toList();
        // "social" narrows the answer to a few names; "firm" is in most definitions of this graph
        assertThat(typed).contains("Firm charter").doesNotContain("Social value");
    }

    @Test
    void a_choice_whose_prompt_holds_the_answer_without_its_negating_prefix_or_as_a_compound_leaks() {
        ChoiceItem negated = new ChoiceItem(
                "c-000000000101",
                "Which concept is this? \u201cA promise to put things right with no conditions attached.\u201d",
                new AnswerKey("Unconditional guarantee", List.of(), List.of()),
                new QuizItem.Source("c", "C", "c", "d-1", "d"),
                List.of("Specific guarantee", "Unconditional guarantee", "Internal guarantee"));
        ChoiceItem compound = new ChoiceItem(
                "c-000000000102",
                "Which concept is this? \u201cTools that help salespeople track leads and forecasts.\u201d",
                new AnswerKey("Sales automation", List.of(), List.of()),
                new QuizItem.Source("c", "C", "c", "d-1", "d"),
                List.of("Service automation", "Sales automation", "Marketing automation"));
        ChoiceItem fair = new ChoiceItem(
                "c-000000000103",
                "Which concept is this? \u201cA promise that covers one named part of the service.\u201d",
                new AnswerKey("Specific guarantee", List.of(), List.of()),
                new QuizItem.Source("c", "C", "c", "d-1", "d"),
                List.of("Specific guarantee", "Unconditional guarantee", "Internal guarantee"));
        assertThat(LeakCheck.leak(negated)).isPresent();
        assertThat(LeakCheck.leak(compound)).isPresent();
        assertThat(LeakCheck.leak(fair)).isEmpty();
    }

    @Test
    void a_definition_giving_another_name_for_the_answer_gives_no_typed_item() {
        TermCloze made = new TermCloze(
                "t-000000000005",
                "____: buyers drifting away one by one without complaining (aka quiet exit)",
                new AnswerKey("Silent defection", List.of(), List.of()),
                new QuizItem.Source("c", "C", "c", "d-1", "d"));
        assertThat(LeakCheck.leak(made)).isPresent();
    }

    @Test
    void a_member_of_one_list_is_asked_within_that_list() {
        QuizFixture f = new QuizFixture()
                .define("Recency", List.of(), "how many days have passed since the buyer last placed an order")
                .list("RFM analysis", false, "Recency", "Frequency", "Monetary");
        assertThat(typed(f))
                .extracting(QuizItem::prompt)
                .containsExactly("(RFM analysis) ____: how many days have passed since the buyer last placed an order");
    }

    @Test
    void a_list_whose_name_shares_a_word_with_the_member_gives_no_context() {
        QuizFixture f = new QuizFixture()
                .define("Emotional appeal", List.of(), "an advert that moves buyers by stirring feelings such as pride")
                .list("Advertising appeals", false, "Emotional appeal", "Rational appeal");
        assertThat(EveryForm.termClozes(f.material()))
                .extracting(QuizItem::prompt)
                .noneMatch(p -> p.startsWith("("));
    }

    @Test
    void a_closing_sentence_announcing_what_the_card_does_not_show_is_left_out() {
        assertThat(
                        DefinitionText.of(
                                "A loyalty score asks one question about recommending the firm. Answers fall into three bands:"))
                .isEqualTo("A loyalty score asks one question about recommending the firm.");
        assertThat(DefinitionText.of("Buyers are sorted into four tiers:")).isEmpty();
    }

    @Test
    void slash_shorthand_of_hurried_notes_is_written_out_in_a_prompt() {
        assertThat(DefinitionText.of("talking w/ each buyer b/c a sale w/o a talk teaches nothing"))
                .isEqualTo("talking with each buyer because a sale without a talk teaches nothing");
        assertThat(DefinitionText.of("deals settled via a/w or w/e terms"))
                .isEqualTo("deals settled via a/w or w/e terms");
    }

    @Test
    void a_choice_over_a_definition_that_opens_with_its_step_names_the_model_it_is_a_step_of() {
        QuizFixture f = new QuizFixture()
                .define("Sense", List.of(), "step 1: notice which buyers are showing a need right now")
                .define("Sort", List.of(), "step 2: rank the buyers who show a need by what they are worth")
                .define("Serve", List.of(), "step 3: meet each ranked buyer with an offer that fits the need")
                .define("Stay", List.of(), "step 4: keep in touch with served buyers so they come back")
                .list("Triple-S routine", true, "Sense", "Sort", "Serve", "Stay");
        assertThat(generate(f))
                .filteredOn(i -> i instanceof ChoiceItem)
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.prompt()).startsWith("Which concept is this (Triple-S routine)?"));
        QuizFixture lettered = new QuizFixture()
                .define("Sense", List.of(), "step 1: notice which buyers are showing a need right now")
                .define("Sort", List.of(), "step 2: rank the buyers who show a need by what they are worth")
                .define("Serve", List.of(), "step 3: meet each ranked buyer with an offer that fits the need")
                .define("Tend", List.of(), "step 4: keep in touch with served buyers so they come back")
                .list("SSST model", true, "Sense", "Sort", "Serve", "Tend");
        assertThat(generate(lettered))
                .filteredOn(i -> i instanceof ChoiceItem)
                .noneMatch(i -> i.prompt().contains("SSST"));
    }

    @Test
    void a_kin_defined_in_nearly_the_answers_words_is_the_last_option_taken() {
        QuizFixture f = new QuizFixture()
                .define(
                        "Champions",
                        List.of(),
                        "shoppers who praise the shop to friends and family without being asked")
                .define("Boosters", List.of(), "shoppers who praise the shop to friends and family when they are asked")
                .define("Drifters", List.of(), "shoppers who have stopped coming and may not return at all")
                .define("Bargain hunters", List.of(), "shoppers who come only when there is a sale on")
                .define("Regulars", List.of(), "shoppers who come every week out of habit")
                .define("shoppers", List.of(), "people who buy from the shop");
        for (String kind : List.of("Champions", "Boosters", "Drifters", "Bargain hunters", "Regulars")) {
            f.relation(crmgraph.RelationType.IS_A, kind, "shoppers", null);
        }
        assertThat(generate(f))
                .filteredOn(i -> i instanceof ChoiceItem && i.key().answer().equals("Champions"))
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.choices()).doesNotContain("Boosters"));
    }

    @Test
    void options_open_with_a_capital_so_none_stands_out_by_its_case() {
        assertThat(ChoiceItems.asOption("coalition programme")).isEqualTo("Coalition programme");
        assertThat(ChoiceItems.asOption("Tiered programme")).isEqualTo("Tiered programme");
        assertThat(ChoiceItems.asOption("eCRM")).isEqualTo("eCRM");
        assertThat(ChoiceItems.asOption("e-CRM suite")).isEqualTo("E-CRM suite");
    }

    @Test
    void a_blank_on_the_subjects_own_word_alone_is_not_made() {
        QuizFixture f = new QuizFixture()
                .define(
                        "BRM cycle",
                        List.of(),
                        "the cycle of finding buyers, keeping them and winning back those who leave")
                .define("BRM strategy", List.of(), "a long-term plan for which buyers to serve and how to keep them")
                .define(
                        "analytical BRM",
                        List.of(),
                        "the part of the work that studies buyer records to decide whom to target")
                .define("operational BRM", List.of(), "the part of the work that runs the daily contact with buyers")
                .define("BRM system", List.of(), "software that keeps every record of every buyer in one place")
                .define("churn cycle", List.of(), "the cycle of buyers lapsing, being won back and lapsing again");
        assertThat(generate(f))
                .filteredOn(i -> i instanceof TermCloze)
                .extracting(i -> i.key().answer())
                .doesNotContain("BRM")
                .contains("churn");
    }

    @Test
    void a_member_capitalised_among_lower_case_ones_is_shown_in_the_lists_case() {
        assertThat(ListItems.inOneCase(
                        List.of("attract", "Convert", "keep", "grow", "win", "NPS survey", "Net Promoter Score")))
                .containsExactly("attract", "convert", "keep", "grow", "win", "NPS survey", "Net Promoter Score");
        assertThat(ListItems.inOneCase(List.of("Attract", "Convert", "keep")))
                .containsExactly("Attract", "Convert", "keep");
    }

    @Test
    void text_speak_and_run_in_bullet_marks_of_hurried_notes_are_written_out_in_a_prompt() {
        assertThat(DefinitionText.of("buyers who cant wait and leave b4 being served, sales & service both lose"))
                .isEqualTo("buyers who can't wait and leave before being served, sales and service both lose");
        assertThat(DefinitionText.of(
                        "a mail sent when a buyer acts, e.g. § empty basket → reminder § birthday → voucher"))
                .isEqualTo("a mail sent when a buyer acts, e.g. empty basket → reminder; birthday → voucher");
        assertThat(DefinitionText.of("R&D and sales share one record")).isEqualTo("R&D and sales share one record");
    }

    @Test
    void a_word_in_brackets_inside_a_name_is_another_word_for_the_one_before_it() {
        // used to refuse "boutique shop" for "Specialist (boutique) shop", though the card wrote both
        assertThat(StudyIndex.inBracketInstead("Specialist (boutique) shop")).contains("boutique shop");
        assertThat(StudyIndex.inBracketInstead("cloud CRM (SaaS)")).isEmpty();
        assertThat(StudyIndex.inBracketInstead("(Net) promoter score")).isEmpty();
        assertThat(DefinitionText.of("buyers who leave w/out a word of complaint"))
                .isEqualTo("buyers who leave without a word of complaint");
    }

    @Test
    void note_words_with_one_reading_are_written_out_and_look_alikes_are_left_alone() {
        assertThat(DefinitionText.of("a rota that tells u how many desk staff u need btwn peaks"))
                .isEqualTo("a rota that tells you how many desk staff you need between peaks");
        assertThat(DefinitionText.of("the first visit where the cust meets ur mktg team + sales"))
                .isEqualTo("the first visit where the customer meets your marketing team and sales");
        assertThat(DefinitionText.of("hours when clerks r not at the desk"))
                .isEqualTo("hours when clerks are not at the desk");
        // a letter in a formula, a capital in a shape and a score named "r" keep their reading
        assertThat(DefinitionText.of("a U-shaped curve where u = utility and r = 0.8"))
                .isEqualTo("a U-shaped curve where u = utility and r = 0.8");
    }

    @Test
    void a_clause_that_exclaims_after_the_definition_is_a_note_to_self_and_left_out() {
        assertThat(DefinitionText.of("buyers who tell the firm first, before friends; the firm's allies! answer fast"))
                .isEqualTo("buyers who tell the firm first, before friends");
        assertThat(DefinitionText.of("present and future buyers (and agents). still the core!"))
                .isEqualTo("present and future buyers (and agents).");
        assertThat(DefinitionText.of("Wow! a buyer who praises the firm unasked"))
                .isEqualTo("Wow! a buyer who praises the firm unasked");
    }

    @Test
    void a_later_line_pointing_back_at_earlier_ones_is_left_out() {
        assertThat(DefinitionText.of("leaving a queue before being served\n- all three cost the shop its sales"))
                .isEqualTo("leaving a queue before being served");
        assertThat(DefinitionText.of("a buyer who tells others about the brand\nThese are worth more than ads"))
                .isEqualTo("a buyer who tells others about the brand");
    }

    @Test
    void a_definition_opening_by_counting_things_named_before_gives_no_item() {
        QuizFixture f = new QuizFixture()
                .define(
                        "Queue reneging",
                        List.of(),
                        "all three lose the shop a sale when a waiting buyer gives up and walks out");
        assertThat(generate(f)).isEmpty();
    }

    @Test
    void a_definition_opening_with_a_pronoun_for_its_term_still_gives_an_item() {
        QuizFixture f = new QuizFixture()
                .define(
                        "Queue reneging",
                        List.of(),
                        "Those moments when a waiting buyer gives up and walks out of the line unserved");
        assertThat(EveryForm.termClozes(f.material()))
                .extracting(QuizItem::prompt)
                .containsExactly(
                        "____ is those moments when a waiting buyer gives up and walks out of the line unserved");
    }

    @Test
    void a_definition_repeating_the_last_words_of_the_name_asks_for_the_first() {
        QuizFixture f = new QuizFixture()
                .define(
                        "Ideal service experience",
                        List.of(),
                        "describes the service experience as managers believe it ought to feel for every guest");
        assertThat(EveryForm.termClozes(f.material())).singleElement().satisfies(i -> {
            assertThat(i.prompt())
                    .isEqualTo("____ service experience: describes the service experience as managers believe it"
                            + " ought to feel for every guest");
            assertThat(i.key().answer()).isEqualTo("Ideal");
        });
    }

    @Test
    void a_definition_cut_short_by_one_deck_and_whole_in_another_gives_one_item() {
        QuizFixture f = new QuizFixture()
                .define(
                        "Decision unit",
                        List.of(),
                        "everyone in a client firm who takes part in choosing a supplier: users, payers and approvers")
                .define("Decision unit", List.of(), "everyone in a client firm who takes part in choosing a supplier");
        assertThat(generate(f)).hasSize(1);
    }

    @Test
    void an_ordered_list_spelling_no_acronym_is_asked_in_order() {
        QuizFixture f = new QuizFixture().list("Sales funnel", true, "Awareness", "Interest", "Decision", "Purchase");
        assertThat(generate(f))
                .filteredOn(i -> i instanceof ListCloze)
                .extracting(QuizItem::prompt)
                .contains("Sales funnel (in order): Awareness, ____, Decision, Purchase");
    }

    @Test
    void a_list_from_another_deck_or_named_by_a_heading_gives_no_context() {
        QuizFixture otherDeck = new QuizFixture()
                .list("Account tiers", false, "Anchor", "Builder", "Drifter")
                .define("Anchor", List.of(), "the first price a buyer sees, against which later offers are judged");
        StudyMaterial listed = otherDeck.material();
        StudyMaterial definedElsewhere = new StudyMaterial(
                listed.fingerprint(),
                listed.concepts().stream()
                        .map(c -> new StudyMaterial.Concept(
                                c.id(),
                                c.name(),
                                c.aliases(),
                                c.definitions().stream()
                                        .map(d -> new StudyMaterial.Definition(d.text(), d.card(), "pricing-deck"))
                                        .toList(),
                                c.cards()))
                        .toList(),
                listed.links());
        assertThat(EveryForm.termClozes(listed)).extracting(QuizItem::prompt).allMatch(p -> p.startsWith("("));
        assertThat(EveryForm.termClozes(definedElsewhere))
                .extracting(QuizItem::prompt)
                .isNotEmpty()
                .noneMatch(p -> p.startsWith("("));
        QuizFixture heading = new QuizFixture()
                .define("Anchor", List.of(), "the first price a buyer sees, against which later offers are judged")
                .list("Pricing effects [notes]", false, "Anchor", "Decoy", "Bundle");
        assertThat(EveryForm.termClozes(heading.material()))
                .extracting(QuizItem::prompt)
                .noneMatch(p -> p.startsWith("("));
    }

    @Test
    void a_definition_ending_on_called_was_cut_before_its_name() {
        assertThat(new SourceCheck(language)
                        .weakness("a small group of buyers whose needs the big brands leave unmet is called"))
                .isPresent();
    }

    @Test
    void a_definition_pointing_at_unseen_text_gives_no_item_while_one_saying_what_it_means_does() {
        SourceCheck check = new SourceCheck(language);
        assertThat(check.weakness("the planned handling of those touches so that every visit feels the same"))
                .isPresent();
        assertThat(check.weakness("the opposite approach: it chases single sales and quick wins every quarter"))
                .isPresent();
        assertThat(check.weakness("This model splits the buyers of a firm into four tiers by profit"))
                .isPresent();
        assertThat(check.weakness("a discount offered to those customers who have not bought for a year"))
                .isEmpty();
        assertThat(check.weakness("the opposite of mass marketing: one offer made for each single buyer"))
                .isEmpty();
        // used to give "____: On the same chart, the zone where buyers …", a chart the item never shows
        assertThat(check.weakness("On the same chart, the zone where buyers are so pleased that they praise the firm"))
                .isPresent();
        assertThat(check.weakness("the same offer as the one sent to new buyers, but with a loyalty bonus"))
                .isEmpty();
        assertThat(check.weakness("a promise that every branch treats its buyers the same, whatever they spend"))
                .isEmpty();
        assertThat(check.weakness("the share of buyers who come back to buy again from the same shop within a year"))
                .isEmpty();
        assertThat(check.weakness(
                        "a survey of five quality dimensions; these dimensions are rated twice by each buyer"))
                .isEmpty();
    }

    @Test
    void a_long_name_is_asked_as_a_choice_where_one_can_be_made() {
        QuizFixture f = new QuizFixture()
                .define(
                        "Staff tools training and recognition",
                        List.of(),
                        "what an employer gives its people so they can serve buyers well every day")
                .list(
                        "Service drivers",
                        false,
                        "Staff tools training and recognition",
                        "Store cleanliness",
                        "Queue length",
                        "Opening hours");
        assertThat(generate(f))
                .filteredOn(i -> i.source().concept().equals(QuizFixture.id("Staff tools training and recognition")))
                .filteredOn(i -> !(i instanceof ListCloze))
                .hasSize(1)
                .allMatch(i -> i instanceof ChoiceItem);
    }

    @Test
    void a_distractor_whose_words_are_all_among_the_answers_is_not_offered() {
        assertThat(ChoiceItems.sameWordsFewerOrMore("Tiered scheme", "tiered rewards scheme"))
                .isTrue();
        assertThat(ChoiceItems.sameWordsFewerOrMore("Coalition scheme", "tiered rewards scheme"))
                .isFalse();
    }

    @Test
    void a_name_read_twice_over_is_no_answer_nor_distractor() {
        assertThat(new SourceCheck(language).nameWeakness("Recovery paradox Recovery paradox"))
                .isPresent();
        assertThat(new SourceCheck(language).nameWeakness("Recovery paradox")).isEmpty();
    }

    @Test
    void a_name_counting_what_it_lists_is_a_heading_not_an_answer() {
        SourceCheck check = new SourceCheck(language);
        assertThat(check.nameWeakness("Smith's three reactions to poor service"))
                .isPresent();
        assertThat(check.nameWeakness("the four kinds of loyalty")).isPresent();
        assertThat(check.nameWeakness("five forces model")).isEmpty();
        assertThat(check.nameWeakness("7 Ps of services")).isEmpty();
        assertThat(check.nameWeakness("one-to-one marketing")).isEmpty();
    }

    @Test
    void a_choice_whose_answer_alone_holds_a_word_of_the_definition_leaks_even_when_others_share_other_words() {
        ChoiceItem choice = new ChoiceItem(
                "c-000000000009",
                "Which concept is this? \u201c____ means managing the whole partnership with a buyer over years\u201d",
                new AnswerKey("Partnership selling", List.of(), List.of("Account management", "Deal desk")),
                new QuizItem.Source("c", "C", "c", "d-1", "d"),
                List.of("Account management", "Partnership selling", "Deal desk"));
        assertThat(LeakCheck.leak(choice)).isPresent();
    }

    @Test
    void a_definition_ending_on_a_question_word_was_cut_off() {
        assertThat(
                        new SourceCheck(language)
                                .weakness(
                                        "a board in the shop window that tells passing buyers what the service includes and showing what"))
                .isPresent();
    }

    @Test
    void a_capital_opening_a_name_or_sentence_is_no_spelling_of_a_name() {
        QuizFixture f = new QuizFixture()
                .define("Persona", List.of(), "a made-up but data-based portrait of one typical buyer in a segment")
                .define(
                        "Personal selling",
                        List.of(),
                        "Personal contact between a salesperson and a buyer to close deals")
                .define(
                        "Personal service",
                        List.of(),
                        "Personal attention a named advisor gives to each account holder");
        StudyMaterial one = f.material();
        // each definition from a deck of its own, so "Personal" is written in two decks, "Persona" in one
        java.util.concurrent.atomic.AtomicInteger deck = new java.util.concurrent.atomic.AtomicInteger();
        StudyMaterial decks = new StudyMaterial(
                one.fingerprint(),
                one.concepts().stream()
                        .map(c -> new StudyMaterial.Concept(
                                c.id(),
                                c.name(),
                                c.aliases(),
                                c.definitions().stream()
                                        .map(d -> new StudyMaterial.Definition(
                                                d.text(), d.card(), "deck-" + deck.incrementAndGet()))
                                        .toList(),
                                c.cards()))
                        .toList(),
                one.links());
        assertThat(new StudyIndex(decks).displayName(decks.concepts().get(0))).isEqualTo("Persona");
    }

    @Test
    void a_plural_noun_opening_a_definition_with_a_relative_clause_is_no_verb() {
        QuizFixture f = new QuizFixture()
                .define(
                        "Warning signals",
                        List.of(),
                        "changes in buying habits, fewer visits or unanswered mails, which show that a buyer may leave soon");
        assertThat(EveryForm.termClozes(f.material()))
                .extracting(QuizItem::prompt)
                .containsExactly(
                        "____: changes in buying habits, fewer visits or unanswered mails, which show that a buyer may leave soon");
    }

    @Test
    void a_name_with_a_bracket_is_accepted_without_it() {
        QuizFixture f = new QuizFixture()
                .define(
                        "hosted CRM (SaaS)",
                        List.of(),
                        "a CRM system the vendor runs and rents out by monthly subscription");
        StudyIndex index = new StudyIndex(f.material());
        assertThat(index.otherNames(f.material().concepts().get(0))).contains("hosted CRM");
    }

    @Test
    void a_term_cloze_asks_for_one_word_before_the_shown_ones_never_several() {
        QuizFixture f = new QuizFixture()
                .define(
                        "soft price barriers",
                        List.of(),
                        "barriers built on when or how a buyer books, e.g. booking early or staying over a weekend");
        assertThat(EveryForm.termClozes(f.material())).isEmpty();
    }

    @Test
    void a_definition_ending_with_an_instruction_to_the_reader_gives_no_item() {
        assertThat(
                        new SourceCheck(language)
                                .weakness(
                                        "taking a complaint to a regulator or a review site instead of the firm; Review these cards"))
                .isPresent();
    }

    @Test
    void a_choice_whose_definition_names_its_concept_inside_is_not_made() {
        QuizFixture f = new QuizFixture()
                .define(
                        "Status value",
                        List.of(),
                        "the worth buyers get from showing others their status value through what they own and wear")
                .list("Value types", false, "Status value", "Price value", "Time value");
        assertThat(EveryForm.choices(f.material())).isEmpty();
    }

    @Test
    void lines_that_end_their_sentence_are_joined_as_sentences() {
        assertThat(DefinitionText.of(
                        "the effort of showing cheerful feelings at work.\nTwo ways to do it: surface and deep acting"))
                .isEqualTo(
                        "the effort of showing cheerful feelings at work. Two ways to do it: surface and deep acting");
    }

    @Test
    void a_prompt_spelling_out_the_answers_acronym_leaks_it() {
        TermCloze made = new TermCloze(
                "t-000000000010",
                "____ scores buyers on how lately, how often and how much: lateness, oftenness and money",
                new AnswerKey("LOM scoring", List.of(), List.of()),
                new QuizItem.Source("c", "C", "c", "d-1", "d"));
        assertThat(LeakCheck.leak(made)).isPresent();
        assertThat(LeakCheck.spellsOut("the lateness of the last order", List.of("LOM scoring")))
                .isFalse();
        // a gloss in brackets after each word used to hide the initials
        assertThat(LeakCheck.spellsOut(
                        "rating buyers by Lateness (when they last ordered), Oftenness (how often) and Money (how much)",
                        List.of("LOM scoring")))
                .isTrue();
    }

    @Test
    void a_word_derived_from_the_answers_word_leaks_it_in_a_choice() {
        ChoiceItem choice = new ChoiceItem(
                "c-000000000011",
                "Which concept is this? \u201cCRM run as the core of the firm's business strategy\u201d",
                new AnswerKey("Strategic CRM", List.of(), List.of("Operational CRM", "Analytical CRM")),
                new QuizItem.Source("c", "C", "c", "d-1", "d"),
                List.of("Operational CRM", "Strategic CRM", "Analytical CRM"));
        assertThat(LeakCheck.leak(choice)).isPresent();
    }

    @Test
    void a_list_cloze_over_members_built_on_one_another_is_not_made() {
        QuizFixture f = new QuizFixture().list("Visit", true, "Preview", "View", "Review");
        assertThat(generate(f)).filteredOn(i -> i instanceof ListCloze).isEmpty();
    }

    @Test
    void a_sibling_named_like_the_answer_shorter_or_longer_is_never_refused() {
        QuizFixture f = new QuizFixture()
                .define(
                        "Tiered rewards scheme",
                        List.of(),
                        "a plan whose status levels unlock better perks as buyers spend more")
                .list("Loyalty schemes", false, "Tiered rewards scheme", "Tiered scheme", "Coalition scheme");
        assertThat(EveryForm.termClozes(f.material()))
                .isNotEmpty()
                .allSatisfy(i ->
                        assertThat(i.key().wrong()).contains("Coalition scheme").doesNotContain("Tiered scheme"));
    }

    // Third review: texts cut inside a clause, lists read as sentences, keyword blanks

    @Test
    void a_text_cut_after_a_determiner_and_an_adjective_is_a_fragment_unless_a_full_stop_ends_it() {
        SourceCheck check = new SourceCheck(language);
        assertThat(check.weakness("a rule that merges two rows of the table which describe the same"))
                .contains("cut off");
        assertThat(check.weakness("a rule that merges two rows of the table which describe the same."))
                .isEmpty();
        // a noun reads on its own ("the average"), and "one … the other" names its noun before
        assertThat(check.weakness("a bonus paid to every agent whose monthly score beats the average"))
                .isEmpty();
        assertThat(check.weakness("the shift of a loyal buyer from one supplier of the category to the other"))
                .isEmpty();
    }

    @Test
    void a_text_cut_after_a_question_or_relative_word_with_no_verb_is_a_fragment() {
        SourceCheck check = new SourceCheck(language);
        assertThat(check.weakness("pricing each basket for a returning buyer according to what the shop"))
                .contains("cut off");
        assertThat(check.weakness("pricing each basket for a returning buyer according to what the shop knows"))
                .isEmpty();
        // the tagger calls a verb after a noun a noun ("a buyer phones"): read after "it", it is a verb
        assertThat(check.weakness("the hour of the day during which a buyer phones the help desk most often"))
                .isEmpty();
        // "that" before a preposition or a noun opens no clause
        assertThat(check.weakness("the margin a buyer brings in over a year minus the costs of serving that buyer"))
                .isEmpty();
        assertThat(check.weakness(
                        "a tool that ranks products for a shopper from past orders and those of similar shoppers"))
                .isEmpty();
    }

    @Test
    void a_text_ending_on_a_bare_second_verb_after_one_with_an_object_is_a_fragment() {
        SourceCheck check = new SourceCheck(language);
        assertThat(check.weakness("how quickly shoppers can open the online shop on a phone and use"))
                .contains("cut off");
        assertThat(check.weakness("how quickly shoppers can open the online shop on a phone and use it"))
                .isEmpty();
        // a passive pair ("is won or lost") has no object to lose
        assertThat(check.weakness("following each open deal through the stages of the funnel until it is won or lost"))
                .isEmpty();
    }

    @Test
    void a_bare_list_of_nouns_is_no_definition_even_where_one_reads_as_a_verb() {
        QuizFixture f = new QuizFixture()
                .define("Enablers", List.of(), "strategy & vision, staff & skills, budgets, systems, processes");
        assertThat(new SourceCheck(language).weakness("strategy & vision, staff & skills, budgets, systems, processes"))
                .contains("a fragment without a verb");
        assertThat(generate(f)).isEmpty();
        assertThat(new SourceCheck(language)
                        .weakness("a system that collects, stores and analyses data on every buyer"))
                .isEmpty();
    }

    @Test
    void a_list_of_examples_with_a_gerund_among_them_is_no_definition() {
        SourceCheck check = new SourceCheck(language);
        // used to give "____ is rudeness, ignoring the customer, inappropriate comments"
        assertThat(check.weakness("rudeness at the counter, ignoring the queue, sarcastic remarks"))
                .contains("a list of examples without a verb, not a definition");
        assertThat(check.weakness("price cuts, bundle offers and free shipping for members"))
                .contains("a list of examples without a verb, not a definition");
        assertThat(check.weakness("a plan that names the segments, the offer and the channels, and who pays"))
                .isEmpty();
        assertThat(check.weakness("Segmenting buyers by age, gender, income and family size"))
                .isEmpty();
        // used to give "____: coaching and rewards, clear scripts, staff surveys" for a gap the remedies close
        assertThat(check.weakness("coaching and rewards, clear scripts, staff surveys"))
                .contains("a list of examples without a verb, not a definition");
    }

    @Test
    void a_definition_saying_only_which_set_the_term_belongs_to_gives_no_item() {
        SourceCheck check = new SourceCheck(language);
        // used to give "____ interest is one of the lawful bases …", which every other basis fits as well
        assertThat(check.weakness("Contract necessity is one of the legal grounds for storing a buyer's address."))
                .hasValueSatisfying(why -> assertThat(why).startsWith("says only which set"));
        assertThat(check.weakness("one of the four pricing tactics of a subscription business"))
                .isPresent();
        assertThat(check.weakness("one of the four pricing tactics, the one where a buyer pays per use"))
                .isEmpty();
        assertThat(check.weakness("one of the legal grounds that lets a firm store data it needs to deliver an order"))
                .isEmpty();
    }

    @Test
    void a_known_concept_named_in_passing_is_never_a_keyword_blank_but_a_proper_name_is() {
        QuizFixture f = new QuizFixture()
                .define(
                        "Help desk",
                        List.of(),
                        "a team that answers buyers' questions by phone and e-mail during office hours")
                .define(
                        "Resolution rate",
                        List.of(),
                        "at a help desk, the share of calls closed without a second call from the same buyer")
                .define(
                        "Loyalty ladder",
                        List.of(),
                        "the steps by which a prospect turns into an advocate, as Gummesson showed for service firms");
        assertThat(keywordAnswers(f)).containsExactly("Gummesson");
    }

    // Third review: answers as right as the expected one

    @Test
    void another_concept_stating_the_same_fact_is_accepted_and_never_refused_nor_offered() {
        QuizFixture f = new QuizFixture()
                .define(
                        "Tiered pricing",
                        List.of(),
                        "Charging heavier buyers a lower unit price at each volume step they reach in a year.")
                .define(
                        "tiered discounting",
                        List.of(),
                        "A pricing policy charging heavier buyers a lower unit price at each volume step reached.")
                .define("Flat pricing", List.of(), "One unit price for every buyer whatever volume they order.")
                .define("Premium pricing", List.of(), "Setting prices above rivals to signal a better product.");
        for (String kind : List.of("Tiered pricing", "tiered discounting", "Flat pricing", "Premium pricing")) {
            f.relation(crmgraph.RelationType.IS_A, kind, "Pricing policy", null);
        }
        StudyIndex index = new StudyIndex(f.material());
        assertThat(index.same(index.concept(QuizFixture.id("Tiered pricing"))).all())
                .containsExactly("tiered discounting");
        AnswerChecker checker = new AnswerChecker(language);
        List<QuizItem> asked = EveryForm.termClozes(f.material()).stream()
                .filter(i -> i.source().concept().equals(QuizFixture.id("Tiered pricing")))
                .toList();
        assertThat(asked).isNotEmpty().allSatisfy(i -> {
            assertThat(i.key().wrong()).doesNotContain("tiered discounting");
            assertThat(checker.check(i, "tiered discounting").correct()).isTrue();
            assertThat(checker.check(i, "flat pricing").correct()).isFalse();
        });
        List<QuizItem> choices = EveryForm.choices(f.material()).stream()
                .filter(i -> i.source().concept().equals(QuizFixture.id("Tiered pricing")))
                .toList();
        assertThat(choices)
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.choices())
                        .containsExactlyInAnyOrder("Tiered pricing", "Flat pricing", "Premium pricing"));
    }

    @Test
    void a_concept_named_inside_another_or_listed_beside_it_is_no_same_fact() {
        QuizFixture f = new QuizFixture()
                .define("lapse", List.of(), "the loss of members who stop renewing a club card during a given year")
                .define(
                        "lapse rate",
                        List.of(),
                        "the share of members who stop renewing a club card during a given year")
                .define("warm prospect", List.of(), "a contact with high interest in the brand and low recent spending")
                .define("cold prospect", List.of(), "a contact with low interest in the brand and high recent spending")
                .list("Prospect types", false, "warm prospect", "cold prospect");
        StudyIndex index = new StudyIndex(f.material());
        assertThat(index.concepts())
                .allSatisfy(c -> assertThat(index.same(c).all()).isEmpty());
    }

    @Test
    void two_names_of_one_model_make_their_first_words_one_answer() {
        QuizFixture f = new QuizFixture()
                .define(
                        "lapse model",
                        List.of("dropout model"),
                        "a predictive model giving every member a chance of leaving the club next year")
                .define("lapse", List.of(), "members leaving the club by not renewing their card in a year")
                .list("Club costs", false, "dropout", "printing");
        StudyIndex index = new StudyIndex(f.material());
        assertThat(index.same(index.concept(QuizFixture.id("lapse"))).all()).containsExactly("dropout");
        assertThat(index.otherNames(index.concept(QuizFixture.id("lapse")))).contains("dropout");
        // a bare list member of the word is about something else: it gains nothing
        assertThat(index.same(index.concept(QuizFixture.id("dropout"))).all()).isEmpty();
    }

    @Test
    void a_prompt_word_ending_in_the_answers_word_leaks_it() {
        assertThat(LeakCheck.compoundTail("a visit to the supermarket where a buyer meets staff", "market stall"))
                .contains("supermarket");
        assertThat(LeakCheck.compoundTail("a visit to the market where a buyer meets staff", "market stall"))
                .isEmpty();
        // too short a word to be seen inside another: "art" in "smart"
        assertThat(LeakCheck.compoundTail("a smart way to reward buyers", "art"))
                .isEmpty();
        QuizFixture f = new QuizFixture()
                .define(
                        "phone survey",
                        List.of(),
                        "a questionnaire read out to buyers by telephone whose answers are keyed in by hand later");
        assertThat(generate(f)).isEmpty();
    }

    @Test
    void a_table_row_with_a_one_word_label_before_a_semicolon_is_no_definition() {
        SourceCheck check = new SourceCheck(language);
        assertThat(check.weakness("the retailer; shelf space, till staff and the shop's own loyalty card"))
                .contains("a table row's cells: a one-word label before the first semicolon");
        // a first cell that says something is a sentence's first half
        assertThat(check.weakness("a shared loyalty card; members earn points with several partner firms"))
                .isEmpty();
    }

    @Test
    void definitions_written_to_one_formula_say_no_two_concepts_are_one() {
        QuizFixture f = new QuizFixture();
        for (String topic : List.of("refund", "loyalty", "upsell", "renewal")) {
            f.define(
                    topic + " matrix",
                    List.of(),
                    "a planning grid that helps the firm rank accounts by value and plan the next contact with each");
        }
        StudyIndex index = new StudyIndex(f.material());
        assertThat(index.concepts())
                .hasSize(4)
                .allSatisfy(c -> assertThat(index.same(c).all()).isEmpty());
    }
}
