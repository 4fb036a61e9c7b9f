package crmgraph.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.nlp.English;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ItemGeneratorTest {

    private static English language;
    private static List<QuizItem> items;

    @BeforeAll
    static void generate() {
        language = English.shared();
        items = new ItemGenerator(language).generate(QuizFixture.crm().material());
    }

    private static List<QuizItem> about(String name) {
        return items.stream()
                .filter(i -> i.source().concept().equals(QuizFixture.id(name)))
                .toList();
    }

    /** The term cloze a concept's definition gives, were that its form (each definition gives one item). */
    private static QuizItem termCloze(String name) {
        return EveryForm.termClozes(QuizFixture.crm().material()).stream()
                .filter(i -> i.key().answer().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** The choice item a concept's definition gives, were that its form. */
    private static ChoiceItem choice(String name) {
        return (ChoiceItem) EveryForm.choices(QuizFixture.crm().material()).stream()
                .filter(i -> i.key().answer().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_model_whose_ordered_parts_spell_its_acronym_gives_a_lettered_list_cloze_per_part() {
        List<String> idic = items.stream()
                .filter(i ->
                        i.prompt().contains("IDIC model") || i.key().answer().equals("IDIC model"))
                .map(i -> i.type() + " | " + i.prompt() + " => " + i.key().answer())
                .toList();
        assertThat(idic)
                .contains(
                        "list-cloze | IDIC model: I = ____, D = Differentiate, I = Interact, C = Customize => Identify",
                        "list-cloze | IDIC model: I = Identify, D = Differentiate, I = Interact, C = ____ => Customize");
        assertThat(idic).filteredOn(i -> i.startsWith("order")).isEmpty();
        assertThat(idic).filteredOn(i -> i.startsWith("list-cloze")).hasSize(4);
    }

    @Test
    void every_concept_with_a_definition_gets_an_item() {
        QuizFixture.crm().material().concepts().stream()
                .filter(c -> !c.definitions().isEmpty())
                .forEach(c -> assertThat(about(c.name())).as(c.name()).isNotEmpty());
    }

    @Test
    void every_item_accepts_its_expected_answer_and_leaks_nothing() {
        AnswerChecker checker = new AnswerChecker(language);
        for (QuizItem item : items) {
            String answer = item instanceof OrderItem o
                    ? String.join(", ", o.order())
                    : item.key().answer();
            assertThat(checker.check(item, answer).correct())
                    .as(item.toString())
                    .isTrue();
            assertThat(LeakCheck.leak(item)).as(item.toString()).isEmpty();
        }
    }

    @Test
    void item_ids_are_unique_url_safe_and_stable() {
        assertThat(items)
                .extracting(QuizItem::id)
                .doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z]-[0-9a-f]{12}"));
        List<QuizItem> again =
                new ItemGenerator(language).generate(QuizFixture.crm().material());
        assertThat(again)
                .extracting(QuizItem::id)
                .containsExactlyElementsOf(items.stream().map(QuizItem::id).toList());
    }

    @Test
    void every_item_records_the_card_it_came_from() {
        assertThat(items)
                .allMatch(i -> i.source().card().startsWith(QuizFixture.DECK + "-")
                        && i.source().deck().equals(QuizFixture.DECK));
    }

    @Test
    void a_term_cloze_blanks_the_term_and_its_acronym() {
        QuizItem crm = termCloze("Customer relationship management");
        assertThat(crm.prompt()).startsWith("____ is a business strategy").doesNotContain("CRM");
        // Operational CRM has three sibling kinds, so it is asked as a choice: a graph of its own asks it as a cloze.
        QuizItem operational = termCloze("Operational CRM");
        assertThat(operational.prompt()).startsWith("____ automates the front-office work");
        QuizItem touch = termCloze("Touch points");
        assertThat(touch.prompt()).startsWith("____ are all the places");
    }

    @Test
    void the_item_asking_for_a_name_rejects_a_sibling_or_another_kind_of_the_same_parent() {
        AnswerChecker checker = new AnswerChecker(language);
        QuizItem interact = termCloze("Interact");
        assertThat(checker.check(interact, "Identify").match()).isEqualTo(Verdict.Match.SIBLING);
        QuizItem analytical = termCloze("Analytical CRM");
        assertThat(checker.check(analytical, "operational crm").match()).isEqualTo(Verdict.Match.SIBLING);
        assertThat(checker.check(analytical, "analytic CRM").correct()).isTrue();
    }

    @Test
    void a_keyword_cloze_blanks_only_a_proper_name_never_a_known_concept_or_a_rare_word() {
        QuizFixture f = QuizFixture.crm()
                .define("Awareness", List.of(), "one party notices the other as a possible exchange partner")
                .define("Net promoter score", List.of(), "a loyalty measure Reichheld proposed that asks one question")
                .define(
                        "Loyalty effect",
                        List.of(),
                        "profit per buyer grows with tenure, as Reichheld showed for banks")
                .define("Retention drive", List.of(), "a campaign that uses data mining to spot buyers about to leave");
        List<String> answers = EveryForm.keywordClozes(f.material()).stream()
                .map(i -> i.key().answer())
                .toList();
        assertThat(answers).containsOnly("Reichheld");
    }

    @Test
    void a_term_cloze_reads_well_whatever_the_definition_starts_with() {
        QuizFixture f = new QuizFixture()
                .define("Credibility", List.of(), "how believable the advert is to its audience")
                .define("Service messages", List.of(), "deliveries, invoicing, claims handling")
                .define("Extended model", List.of(), "also considers emotions and peer interactions")
                .define("Retention goal", List.of(), "to keep valuable buyers for longer")
                .define("Customisation", List.of(), "firms must respond to the differing needs of their buyers")
                .define("Lead scoring", List.of(), "a method that ranks prospects by their likely value")
                .define("Butterfly", List.of(), "profitable buyers with only a short relationship to the firm")
                .define("Key accounts", List.of(), "large buyers that receive a dedicated team from the supplier");
        List<String> prompts = EveryForm.termClozes(f.material()).stream()
                .map(QuizItem::prompt)
                .toList();
        assertThat(prompts)
                .containsExactly(
                        "____: how believable the advert is to its audience",
                        "____: deliveries, invoicing, claims handling",
                        "____ also considers emotions and peer interactions",
                        "____: to keep valuable buyers for longer",
                        "____: firms must respond to the differing needs of their buyers",
                        "____ is a method that ranks prospects by their likely value",
                        "____: profitable buyers with only a short relationship to the firm",
                        "____ are large buyers that receive a dedicated team from the supplier");
    }

    @Test
    void a_list_cloze_names_the_list_and_shows_the_other_members_in_order() {
        List<QuizItem> lists = items.stream()
                .filter(i -> i instanceof ListCloze && i.source().topic().equals(QuizFixture.id("IDIC model")))
                .toList();
        assertThat(lists).hasSize(4);
        assertThat(lists)
                .extracting(QuizItem::prompt)
                .contains("IDIC model: I = Identify, D = ____, I = Interact, C = Customize");
        assertThat(lists.get(1).key().wrong()).containsExactly("Identify", "Interact", "Customize");
    }

    @Test
    void the_kinds_of_a_parent_that_says_how_many_there_are_make_a_list_cloze() {
        QuizFixture f = QuizFixture.crm()
                .define(
                        "Customer relationship management",
                        List.of("CRM"),
                        "It is practised in four kinds, each of which serves a different purpose in the firm.");
        List<QuizItem> kinds = new ItemGenerator(language)
                .generate(f.material()).stream()
                        .filter(i -> i instanceof ListCloze
                                && i.prompt().startsWith("Kinds of Customer relationship management: "))
                        .toList();
        assertThat(kinds).hasSize(4);
        assertThat(kinds.get(0).prompt())
                .isEqualTo(
                        "Kinds of Customer relationship management: ____, Analytical CRM, Strategic CRM, Collaborative CRM");
        assertThat(kinds.get(0).key().wrong()).contains("Analytical CRM");
    }

    @Test
    void an_ordered_list_gives_an_order_item_shuffled() {
        List<QuizItem> journey = new ItemGenerator(language)
                .generate(new QuizFixture()
                        .list("Service journey", true, "Arrival", "Waiting", "Delivery", "Departure")
                        .material());
        OrderItem order = (OrderItem)
                journey.stream().filter(i -> i instanceof OrderItem).findFirst().orElseThrow();
        assertThat(order.order()).containsExactly("Arrival", "Waiting", "Delivery", "Departure");
        assertThat(order.choices())
                .containsExactlyInAnyOrderElementsOf(order.order())
                .isNotEqualTo(order.order());
        assertThat(journey).filteredOn(i -> i instanceof OrderItem).hasSize(1);
    }

    @Test
    void an_ordered_list_spelling_its_acronym_gives_no_order_item_and_members_built_on_each_other_neither() {
        assertThat(items).filteredOn(i -> i instanceof OrderItem).isEmpty();
        List<QuizItem> purchase = new ItemGenerator(language)
                .generate(new QuizFixture()
                        .list("Buying stages", true, "Prepurchase", "Purchase", "Postpurchase")
                        .material());
        assertThat(purchase).filteredOn(i -> i instanceof OrderItem).isEmpty();
    }

    @Test
    void choice_distractors_are_siblings_or_kinds_of_the_same_parent_never_the_answer_in_disguise() {
        ChoiceItem choice = choice("Operational CRM");
        assertThat(choice.choices())
                .contains("Operational CRM")
                .hasSize(4)
                .allMatch(c -> List.of("Operational CRM", "Analytical CRM", "Strategic CRM", "Collaborative CRM")
                        .contains(c));
        ChoiceItem step = choice("Interact");
        assertThat(step.choices()).containsExactlyInAnyOrder("Identify", "Differentiate", "Interact", "Customize");
        assertThat(items)
                .filteredOn(i -> i instanceof ChoiceItem)
                .allMatch(i -> i.choices().stream()
                        .noneMatch(c -> c.equals("Customer relationship management") || c.equals("CRM")));
    }

    @Test
    void the_kinds_of_a_parent_that_does_not_say_how_many_make_no_list_cloze() {
        assertThat(items)
                .filteredOn(i -> i.prompt().startsWith("Kinds of Customer relationship management: "))
                .isEmpty();
    }

    @Test
    void a_keyword_cloze_never_blanks_a_known_concept_named_in_passing() {
        List<QuizItem> mining = EveryForm.keywordClozes(QuizFixture.crm().material()).stream()
                .filter(i -> i.source().concept().equals(QuizFixture.id("Data mining")))
                .toList();
        assertThat(mining).isEmpty();
    }

    @Test
    void two_options_that_look_like_one_concept_named_shorter_and_longer_are_never_both_offered() {
        QuizFixture f = new QuizFixture()
                .define("Paid programme", List.of(), "a scheme where buyers hand over a yearly fee for fixed benefits")
                .define("Tiered loyalty programme", List.of(), "members climb levels that unlock better rewards")
                .define("Tiered programme", List.of(), "levels of membership earned by spending more each year")
                .define("Coalition programme", List.of(), "one card collects points across shops of several firms")
                .define("Points programme", List.of(), "buyers collect points per purchase and swap them for rewards")
                .list(
                        "Loyalty schemes",
                        false,
                        "Paid programme",
                        "Tiered loyalty programme",
                        "Tiered programme",
                        "Coalition programme",
                        "Points programme");
        List<List<String>> options = EveryForm.choices(f.material()).stream()
                .filter(i -> i.key().answer().equals("Paid programme"))
                .map(QuizItem::choices)
                .toList();
        assertThat(options).isNotEmpty();
        assertThat(options)
                .allSatisfy(o -> assertThat(o)
                        .doesNotContain("Tiered programme")
                        .contains("Tiered loyalty programme")
                        .hasSize(4));
    }

    @Test
    void a_choice_over_a_definition_naming_its_concept_asks_which_fills_the_blank_without_the_article() {
        QuizFixture f = new QuizFixture()
                .define(
                        "Repair kit",
                        List.of(),
                        "A \"repair kit\" is the set of goodwill gestures a hotel desk may hand out on the spot")
                .define("Upgrade voucher", List.of(), "a free move to a better room offered after a complaint")
                .define("Refund desk", List.of(), "the counter where unhappy guests get their money back at once")
                .define("Apology letter", List.of(), "a signed note from the manager saying sorry for a failed stay")
                .list("Recovery tools", false, "Repair kit", "Upgrade voucher", "Refund desk", "Apology letter");
        // used to be "Which concept is this? “A "____" is the set of …”": a blank in a question about a definition
        assertThat(EveryForm.choices(f.material()))
                .filteredOn(i -> i.key().answer().equals("Repair kit"))
                .extracting(QuizItem::prompt)
                .containsExactly(
                        "Which concept fills the blank? \u201c____ is the set of goodwill gestures a hotel desk may hand"
                                + " out on the spot\u201d");
    }

    @Test
    void a_choice_needs_two_options_of_the_answer_s_own_kin_and_falls_back_to_a_typed_item_without_them() {
        QuizFixture f = new QuizFixture()
                .define(
                        "Chatbot",
                        List.of(),
                        "software that answers buyers' typed questions in a chat window at any hour")
                .define("Email support", List.of(), "buyers write to a service address and staff reply within a day")
                .define("Voice menu", List.of(), "a recorded menu that routes callers by the keys they press")
                .define("Web form", List.of(), "a page where buyers describe a problem for staff to pick up later")
                .relation(crmgraph.RelationType.RELATED_TO, "Chatbot", "Live chat", null)
                .relation(crmgraph.RelationType.RELATED_TO, "Chatbot", "Hotline", null)
                .relation(crmgraph.RelationType.RELATED_TO, "Email support", "Live chat", null)
                .relation(crmgraph.RelationType.RELATED_TO, "Web form", "Live chat", null)
                .relation(crmgraph.RelationType.RELATED_TO, "Voice menu", "Hotline", null);
        List<QuizItem> chatbot = EveryForm.choices(f.material()).stream()
                .filter(i -> i.key().answer().equals("Chatbot"))
                .toList();
        assertThat(chatbot).isEmpty();
        assertThat(EveryForm.termClozes(f.material()))
                .extracting(i -> i.key().answer())
                .contains("Chatbot");
    }

    @Test
    void a_kind_named_by_its_parent_whose_definition_never_names_the_parent_is_asked_with_the_parent_shown() {
        QuizFixture f = new QuizFixture()
                .define("Forecast CLV", List.of(), "projects the margin a buyer will bring in over the coming years")
                .define("CLV", List.of(), "the worth of a buyer to the firm over the whole relationship")
                .define("Past CLV", List.of(), "adds up the margin a buyer has brought in so far, year by year")
                .relation(crmgraph.RelationType.IS_A, "Forecast CLV", "CLV", null)
                .relation(crmgraph.RelationType.IS_A, "Past CLV", "CLV", null);
        List<QuizItem> forecast = EveryForm.termClozes(f.material()).stream()
                .filter(i -> i.source().concept().equals(QuizFixture.id("Forecast CLV")))
                .toList();
        assertThat(forecast).singleElement().satisfies(i -> {
            assertThat(i.prompt()).startsWith("____ CLV").contains("projects the margin a buyer will bring in");
            assertThat(i.key().answer()).isEqualTo("Forecast");
            assertThat(i.key().accepted()).contains("Forecast CLV");
        });
    }

    @Test
    void the_only_kind_of_its_parent_is_asked_by_its_whole_name_not_its_everyday_first_word() {
        // used to be "____ script: a text agents read out …", asking only for "phone"
        QuizFixture f = new QuizFixture()
                .define("Phone script", List.of(), "a text agents read out step by step so every caller hears the same")
                .define("Script", List.of(), "a fixed sequence of actions both sides expect in a service encounter")
                .relation(crmgraph.RelationType.IS_A, "Phone script", "Script", null);
        assertThat(EveryForm.termClozes(f.material()))
                .filteredOn(i -> i.source().concept().equals(QuizFixture.id("Phone script")))
                .singleElement()
                .satisfies(i -> assertThat(i.key().answer()).isEqualTo("Phone script"));
    }

    @Test
    void a_kind_of_another_kind_is_not_listed_beside_its_own_parent() {
        QuizFixture f = new QuizFixture()
                .define("Service standards", List.of(), "the levels a firm sets for its service, of two kinds in all")
                .define("Buyer-set standards", List.of(), "levels set from what buyers say matters to them most")
                .define("Firm-set standards", List.of(), "levels set from the firm's own goals such as cost or speed")
                .define("Timed standards", List.of(), "buyer-set levels that can be counted or clocked by a machine")
                .relation(crmgraph.RelationType.IS_A, "Buyer-set standards", "Service standards", null)
                .relation(crmgraph.RelationType.IS_A, "Firm-set standards", "Service standards", null)
                .relation(crmgraph.RelationType.IS_A, "Timed standards", "Service standards", null)
                .relation(crmgraph.RelationType.IS_A, "Timed standards", "Buyer-set standards", null);
        List<QuizItem> kinds = new ItemGenerator(language)
                .generate(f.material()).stream()
                        .filter(i -> i instanceof ListCloze && i.prompt().startsWith("Kinds of Service standards: "))
                        .toList();
        assertThat(kinds).isNotEmpty().allSatisfy(i -> assertThat(i.prompt()).doesNotContain("Timed standards"));
        assertThat(kinds).extracting(i -> i.key().answer()).containsOnly("Buyer-set standards", "Firm-set standards");
    }
}
