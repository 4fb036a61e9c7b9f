package crmgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import crmgraph.RelationType;
import crmgraph.read.Card;
import crmgraph.read.DeckReader;
import crmgraph.read.ReadDeck;
import crmgraph.testing.Fixtures;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Notes in Markdown, read with DeckReader and extracted with CardExtractor: headings are sections, not concepts. */
class PassagesTest {

    private static final ReadDeck COURSE =
            new DeckReader().read("course-notes.md", Fixtures.text("notes/course-notes.md"));
    private static final Extraction COURSE_FACTS = new CardExtractor().extract(COURSE);
    private static final ReadDeck ARTICLE =
            new DeckReader().read("encyclopedia.md", Fixtures.text("notes/encyclopedia.md"));
    private static final Extraction ARTICLE_FACTS = new CardExtractor().extract(ARTICLE);

    private static final ReadDeck HANDOUT = new DeckReader().read("handout.md", Fixtures.text("notes/handout.md"));
    private static final Extraction HANDOUT_FACTS = new CardExtractor().extract(HANDOUT);

    private static Extraction notes(String markdown) {
        return new CardExtractor().extract(new DeckReader().read("inline.md", markdown));
    }

    private static List<RelationFact> relations(Extraction x, RelationType type) {
        return x.relations().stream().filter(r -> r.type() == type).toList();
    }

    private static String definition(Extraction x, String name) {
        return x.concepts().stream()
                .filter(c -> c.name().equalsIgnoreCase(name) && c.hasDefinition())
                .map(ConceptFact::definition)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no definition of " + name + " in " + names(x)));
    }

    private static List<String> names(Extraction x) {
        return x.concepts().stream()
                .map(c -> c.name().toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
    }

    private static List<ConceptFact> named(Extraction x, String name) {
        return x.concepts().stream()
                .filter(c -> c.name().equalsIgnoreCase(name))
                .toList();
    }

    private static Card card(ReadDeck deck, String front) {
        return deck.cards().stream()
                .filter(c -> c.front().equals(front))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no card " + front));
    }

    @Test
    void a_note_label_in_a_list_of_notes_names_nothing_and_its_words_make_no_concepts() {
        Extraction x = notes("# Attrition\n\n- key stat: a fifth of accounts lapse every year\n"
                + "- memory trick: S-W-A \"Spot, Warn, Act\"\n- lapse rate: the share of accounts lost in a year\n");
        assertThat(x.concepts())
                .extracting(ConceptFact::name)
                .doesNotContain("key stat", "memory trick", "Spot", "Warn", "Act")
                .contains("lapse rate");
        Extraction levels = notes("# Tiers of consent\n\nThree tiers, weakest first:\n\n"
                + "- Situation: consent given for one moment only\n- Points: consent bought with rewards\n"
                + "- Personal relevance: consent given because the offers fit\n");
        assertThat(levels.concepts()).extracting(ConceptFact::name).contains("Points");
    }

    @Test
    void a_bare_plural_heading_the_lead_in_repeats_names_the_parts_of_the_pages_concept() {
        String page =
                "# Club marketing\n\n**Club marketing** builds lasting ties with members rather than one-off sales.\n\n"
                        + "## %s\n\nMost guides name a small set of core principles:\n\n"
                        + "- **Members first** – the club is run for the people in it.\n"
                        + "- **Fair dues** – fees must match what members get.\n"
                        + "- **Open talk** – the club listens to its members and answers them.\n";
        assertThat(relations(notes(page.formatted("Principles")), RelationType.HAS_PART))
                .extracting(RelationFact::from, RelationFact::to)
                .containsExactlyInAnyOrder(
                        tuple("principles of Club marketing", "Members first"),
                        tuple("principles of Club marketing", "Fair dues"),
                        tuple("principles of Club marketing", "Open talk"));
        // a heading the lead-in does not repeat names nothing
        assertThat(relations(notes(page.formatted("Examples")), RelationType.HAS_PART))
                .isEmpty();
    }

    @Test
    void a_sentence_ranking_what_the_lecture_is_about_names_no_concept() {
        // used to make a concept "Central model" defined as the ladder of loyalty
        Extraction x = notes("# Week 4\n\n## Overview\n\nThis week looks at how shoppers grow attached to a shop."
                + " The central model is the **loyalty ladder** of Hale (1999).\n");
        assertThat(x.concepts()).extracting(ConceptFact::name).doesNotContain("Central model", "central model");
    }

    @Test
    void an_example_label_over_indented_lines_is_no_whole_of_them() {
        Extraction x = notes("# Values in use\n\n- Example: a swimming club\n  - practical: lanes, opening hours\n"
                + "  - social: meeting friends at the pool\n");
        assertThat(x.concepts()).extracting(ConceptFact::name).doesNotContain("Example");
        assertThat(x.relations()).noneMatch(r -> r.from().equalsIgnoreCase("Example"));
    }

    @Test
    void prose_definitions_start_at_their_defining_sentence_without_citation_marks() {
        assertThat(definition(COURSE_FACTS, "Relationship marketing"))
                .isEqualTo(
                        "Relationship marketing is a strategy that aims at "
                                + "long-term bonds with customers rather than single sales. It grew out of services marketing in the 1980s.");
        assertThat(definition(COURSE_FACTS, "touchpoint")).startsWith("A touchpoint is any moment");
        assertThat(definition(COURSE_FACTS, "loyalty ladder")).startsWith("In practice, a loyalty ladder is a model");
        assertThat(definition(ARTICLE_FACTS, "Sales force automation"))
                .startsWith("Sales force automation (SFA) is the use of software")
                .endsWith("customer relationship management system.")
                .doesNotContain("[");
        assertThat(definition(ARTICLE_FACTS, "Lead scoring")).startsWith("Lead scoring means ranking prospects");
    }

    @Test
    void aliases_come_from_also_known_as_and_from_an_acronym_in_brackets() {
        assertThat(named(COURSE_FACTS, "Customer experience management"))
                .anySatisfy(c -> assertThat(c.aliases()).containsExactly("CXM"));
        assertThat(definition(COURSE_FACTS, "Customer experience management"))
                .startsWith("Customer experience management, also known as CXM, is");
        assertThat(named(COURSE_FACTS, "Voice of the customer"))
                .anySatisfy(c -> assertThat(c.aliases()).containsExactly("VoC"));
        assertThat(definition(COURSE_FACTS, "Voice of the customer"))
                .startsWith("Voice of the customer (VoC) refers to");
        assertThat(named(ARTICLE_FACTS, "Sales force automation"))
                .anySatisfy(c -> assertThat(c.aliases()).containsExactly("SFA"));
    }

    @Test
    void pronoun_subjects_define_nothing() {
        assertThat(names(COURSE_FACTS)).doesNotContain("it", "this", "demanding discipline");
    }

    @Test
    void a_term_heading_over_a_definition_without_a_subject_is_defined_by_it() {
        assertThat(definition(COURSE_FACTS, "Churn"))
                .isEqualTo("The share of customers who stop buying from a firm in a given period.");
    }

    @Test
    void headings_that_nothing_defines_are_not_concepts() {
        assertThat(names(COURSE_FACTS))
                .doesNotContain(
                        "overview",
                        "examples",
                        "tip",
                        "remember",
                        "see also",
                        "key takeaways",
                        "week 3",
                        "guest lecture",
                        "code and markup",
                        "glossary",
                        "relationship marketing – week 3",
                        "types of crm");
        assertThat(names(ARTICLE_FACTS))
                .doesNotContain(
                        "history", "features", "criticism", "see also", "references", "external links", "smith", "doe");
    }

    @Test
    void a_label_is_a_term_only_when_its_explanation_reads_as_a_definition() {
        assertThat(names(COURSE_FACTS)).doesNotContain("tip", "remember", "guest speaker");
    }

    @Test
    void links_images_html_and_code_leave_only_the_words_of_links_and_emphasis() {
        Card markup = card(COURSE, "Code and markup");
        assertThat(markup.back()).isEqualTo("See the CRM handbook and read chapter 4.");
        assertThat(COURSE.cards())
                .noneMatch(c -> c.back().contains("](")
                        || c.back().contains("<")
                        || c.back().contains("churn_rate"));
        assertThat(card(COURSE, "See also").back()).isEqualTo("- Customer lifetime value\n- Net promoter score");
    }

    @Test
    void hard_wrapped_paragraphs_are_joined_and_cards_keep_their_source_lines() {
        Card overview = card(COURSE, "Overview");
        assertThat(overview.back())
                .startsWith("Relationship marketing is a strategy that aims at long-term bonds with customers rather");
        assertThat(overview.line()).isEqualTo(10);
        assertThat(overview.endLine()).isEqualTo(24);
        assertThat(overview.kind()).isEqualTo(Card.Kind.PASSAGE);
        assertThat(card(COURSE, "Strategic").section())
                .isEqualTo("Relationship Marketing – Week 3 \u203A Types of CRM \u203A Strategic");
        assertThat(COURSE.dropped()).extracting(d -> d.line()).contains(1, 2, 3, 4, 26, 42, 95, 97, 98, 99);
    }

    @Test
    void bare_adjective_sub_headings_under_types_of_x_are_kinds_of_x() {
        assertThat(COURSE_FACTS.relations())
                .filteredOn(r -> r.type() == RelationType.IS_A)
                .extracting(RelationFact::from, RelationFact::to)
                .contains(
                        tuple("Strategic CRM", "CRM"), tuple("Operational CRM", "CRM"), tuple("Analytical CRM", "CRM"));
        assertThat(definition(COURSE_FACTS, "Strategic CRM")).startsWith("Strategic CRM is a core business strategy");
        assertThat(definition(COURSE_FACTS, "Operational CRM"))
                .startsWith("Automates selling, marketing and service work");
        assertThat(names(COURSE_FACTS)).doesNotContain("strategic", "operational", "analytical");
    }

    @Test
    void a_heading_naming_the_list_below_owns_its_members_with_their_explanations() {
        assertThat(COURSE_FACTS.relations())
                .filteredOn(r -> r.type() == RelationType.HAS_PART)
                .extracting(RelationFact::from, RelationFact::to)
                .contains(
                        tuple("Components of a loyalty scheme", "Earning rules"),
                        tuple("Components of a loyalty scheme", "Rewards"),
                        tuple("Components of a loyalty scheme", "Tiers"));
        assertThat(definition(COURSE_FACTS, "Rewards")).isEqualTo("what points can be exchanged for");
        assertThat(definition(COURSE_FACTS, "Earning rules")).isEqualTo("how members collect points");
    }

    @Test
    void a_bulleted_glossary_gives_each_term_its_own_prompt_card_and_its_section_a_list_of_the_terms() {
        Card rewards = card(COURSE, "Rewards");
        assertThat(rewards.kind()).isEqualTo(Card.Kind.PROMPT);
        assertThat(rewards.line()).isEqualTo(59);
        assertThat(rewards.back()).isEqualTo("what points can be exchanged for");
        assertThat(card(COURSE, "Components of a loyalty scheme").back())
                .isEqualTo("- Earning rules\n- Rewards\n- Tiers");
    }

    @Test
    void a_lead_in_names_the_list_when_the_heading_does_not() {
        assertThat(ARTICLE_FACTS.relations())
                .filteredOn(r -> r.type() == RelationType.HAS_PART)
                .extracting(RelationFact::from)
                .containsOnly("SFA systems");
        assertThat(ARTICLE_FACTS.relations())
                .extracting(RelationFact::to)
                .contains("Contact management", "Opportunity management", "Sales forecasting");
    }

    @Test
    void lists_under_headings_that_name_no_list_give_no_members() {
        assertThat(names(COURSE_FACTS)).doesNotContain("airlines with frequent-flyer tiers", "customer lifetime value");
        assertThat(names(ARTICLE_FACTS)).doesNotContain("marketing automation", "official site of a vendor");
    }

    @Test
    void a_glossary_table_and_an_acronym_table_give_a_prompt_card_per_row_and_no_header_concepts() {
        Card share = card(COURSE, "Share of wallet");
        assertThat(share.kind()).isEqualTo(Card.Kind.PROMPT);
        assertThat(share.section()).isEqualTo("Relationship Marketing – Week 3 \u203A Glossary");
        assertThat(share.line()).isEqualTo(81);
        assertThat(card(COURSE, "Advocate").back())
                .isEqualTo("A customer who recommends the brand without being asked.");
        Card fcr = card(COURSE, "First Contact Resolution (FCR)");
        assertThat(fcr.back()).isEqualTo("Issues solved in the first call. Needs a clear definition of \"solved\".");
        assertThat(named(COURSE_FACTS, "First Contact Resolution"))
                .anySatisfy(c -> assertThat(c.aliases()).containsExactly("FCR"));
        assertThat(names(COURSE_FACTS)).doesNotContain("term", "definition", "code", "name", "measures", "caveat");
        assertThat(COURSE_FACTS.relations())
                .extracting(RelationFact::from, RelationFact::to)
                .contains(
                        tuple("Service metrics", "First Contact Resolution"),
                        tuple("Service metrics", "Average Handling Time"));
    }

    @Test
    void a_comparison_heading_sets_two_concepts_against_each_other() {
        assertThat(COURSE_FACTS.relations())
                .filteredOn(r -> r.type() == RelationType.RELATED_TO)
                .extracting(RelationFact::from, RelationFact::to, RelationFact::reason)
                .contains(tuple("CRM", "ERP", "contrast"));
        assertThat(names(COURSE_FACTS)).doesNotContain("crm vs erp");
    }

    @Test
    void the_stages_of_a_process_are_its_ordered_parts_and_the_process_is_a_concept() {
        assertThat(COURSE_FACTS.relations())
                .filteredOn(r -> r.from().equals("stages of the onboarding process"))
                .extracting(RelationFact::to, RelationFact::order)
                .containsExactly(tuple("Welcome", 1), tuple("Setup", 2), tuple("First value", 3));
        assertThat(COURSE_FACTS.relations())
                .extracting(RelationFact::from, RelationFact::to)
                .contains(tuple("onboarding process", "stages of the onboarding process"));
    }

    @Test
    void a_bare_types_heading_takes_its_supertype_from_the_heading_above_and_the_name_from_the_text() {
        assertThat(ARTICLE_FACTS.relations())
                .filteredOn(r -> r.type() == RelationType.IS_A)
                .extracting(RelationFact::from, RelationFact::to)
                .containsExactly(tuple("Mobile SFA", "Sales force automation"));
        assertThat(definition(ARTICLE_FACTS, "Mobile SFA"))
                .isEqualTo("Mobile SFA lets sales reps update records from the field.");
    }

    @Test
    void a_section_under_a_heading_naming_parts_is_a_part_only_where_its_text_says_what_it_is() {
        // "Three retention tools": a bare plural compound ("Retention tools") owns no sections (see
        // NoteHeadings.sectionsName)
        Extraction x = notes("# Retention notes\n\n## Three retention tools\n\n### Background\n\n"
                + "Firms began to run loyalty schemes across retail in the 1990s.\n\n"
                + "### Win-back offer\n\nA discount for lapsed customers that brings them back to the firm.\n");
        assertThat(names(x)).doesNotContain("background");
        assertThat(x.relations())
                .extracting(RelationFact::from, RelationFact::to)
                .containsExactly(tuple("retention tools", "Win-back offer"));
        assertThat(definition(x, "Win-back offer")).startsWith("A discount for lapsed customers");
    }

    @Test
    void a_paragraph_opening_with_a_label_of_its_own_defines_the_label_not_the_heading() {
        Extraction x =
                notes("## Origin\n\nSERVQUAL \u2013 a survey instrument that compares what customers expect with\n"
                        + "what they perceive, across five dimensions.\n");
        assertThat(definition(x, "SERVQUAL")).startsWith("a survey instrument that compares");
        assertThat(names(x)).doesNotContain("origin");
    }

    @Test
    void an_explanation_opening_with_a_possessive_noun_phrase_defines_its_term() {
        Extraction x = notes(
                "## Basics\n\n- Perceived value \u2013 the buyer's overall judgement of what they get for what they give\n"
                        + "- Remember to revise this before the exam!\n");
        assertThat(definition(x, "Perceived value")).startsWith("the buyer's overall judgement");
    }

    @Test
    void a_lone_adjective_in_a_glossary_defines_the_kind_its_heading_names_and_elsewhere_names_nothing() {
        Extraction x = notes(
                "# Segmentation\n\n## Types of segmentation\n\n- **Demographic** \u2013 grouping buyers by age, income or family size\n"
                        + "- **Geographic** \u2013 grouping buyers by country, region or city\n\n## Example: a bakery\n\n"
                        + "- regular: customers who come in every morning\n- seasonal: tourists who pass by in summer\n");
        assertThat(definition(x, "Demographic segmentation")).startsWith("grouping buyers by age");
        assertThat(names(x)).doesNotContain("demographic", "geographic", "regular", "seasonal");
    }

    @Test
    void a_document_title_is_a_concept_only_when_its_text_defines_it() {
        assertThat(names(HANDOUT_FACTS)).doesNotContain("retail loyalty schemes");
        assertThat(names(notes("Churn\n=====\n\nSeminar 2 \u00B7 MKT 1150 \u00B7 spring term\n")))
                .doesNotContain("churn");
        assertThat(names(notes("# Churn\n\nLecture notes \u2013 typed up after the seminar\n")))
                .doesNotContain("churn");
        assertThat(definition(notes("# Churn\n\nThe share of customers who stop buying in a given period.\n"), "Churn"))
                .startsWith("The share of customers who stop buying");
    }

    @Test
    void a_title_naming_things_in_the_plural_does_not_own_the_sections_under_it() {
        assertThat(names(HANDOUT_FACTS))
                .doesNotContain("programme options", "types of shopper", "illustration", "further reading");
        assertThat(HANDOUT_FACTS.relations()).noneMatch(r -> r.from().equals("Retail Loyalty Schemes"));
    }

    @Test
    void a_heading_over_members_a_sentence_already_listed_names_no_list_of_its_own() {
        assertThat(names(HANDOUT_FACTS)).doesNotContain("programme options");
        assertThat(relations(HANDOUT_FACTS, RelationType.IS_A))
                .extracting(RelationFact::from, RelationFact::to)
                .contains(
                        tuple("stamp cards", "scheme format"),
                        tuple("points programmes", "scheme format"),
                        tuple("paid clubs", "scheme format"));
    }

    @Test
    void there_are_n_things_followed_by_a_series_names_kinds_of_the_thing() {
        Extraction x =
                notes("## Channels\n\nThere are four main contact channels: phone, email, chat and social media.\n");
        assertThat(relations(x, RelationType.IS_A))
                .extracting(RelationFact::from, RelationFact::to)
                .containsExactlyInAnyOrder(
                        tuple("phone", "contact channel"),
                        tuple("email", "contact channel"),
                        tuple("chat", "contact channel"),
                        tuple("social media", "contact channel"));
    }

    @Test
    void a_clause_before_a_colon_leads_into_the_parts_of_its_subject() {
        assertThat(relations(HANDOUT_FACTS, RelationType.HAS_PART))
                .filteredOn(r -> r.from().equals("visit"))
                .extracting(RelationFact::to, RelationFact::order)
                .containsExactly(tuple("ordering", 1), tuple("collection", 2), tuple("payment", 3));
        assertThat(names(HANDOUT_FACTS)).noneMatch(n -> n.contains("has three steps"));
    }

    @Test
    void a_lead_in_that_counts_the_items_below_it_makes_them_parts_of_the_model_it_reports() {
        Extraction x = notes("""
                # Hotel week

                ## Basics

                Hale's model says an unhappy guest has three choices:

                - **Leave** - check out early and book elsewhere next time
                - **Protest** - ask for the manager and demand a fix
                - **Endure** - stay quietly and hope the next night is better
                """);
        // the tagger reads "Hale's" as a noun with a particle, not a name: the count still finds the owner
        assertThat(relations(x, RelationType.HAS_PART))
                .extracting(RelationFact::from, RelationFact::to)
                .containsExactlyInAnyOrder(
                        tuple("Hale's model", "Leave"),
                        tuple("Hale's model", "Protest"),
                        tuple("Hale's model", "Endure"));
    }

    @Test
    void a_reported_lead_in_counting_another_number_of_items_names_no_whole() {
        Extraction x = notes("""
                # Hotel week

                ## Basics

                Hale's model says an unhappy guest has two choices:

                - **Leave** - check out early and book elsewhere next time
                - **Protest** - ask for the manager and demand a fix
                - **Endure** - stay quietly and hope the next night is better

                ## Growth week

                Ansoff's grid says a firm can grow in two directions:

                - **Penetration** - sell more of the same to the same buyers
                - **Development** - take the same offer to new buyers
                - **Extension** - bring new offers to the same buyers
                """);
        // three items under "two": the lead-in speaks of something else, or the list is not whole
        assertThat(relations(x, RelationType.HAS_PART)).isEmpty();
        assertThat(definition(x, "Endure")).startsWith("stay quietly");
        assertThat(definition(x, "Extension")).startsWith("bring new offers");
    }

    @Test
    void bare_adjectives_under_types_of_x_are_kinds_of_x_whether_bold_dashed_or_in_a_table() {
        assertThat(definition(HANDOUT_FACTS, "Habitual shopper")).startsWith("buys the same brands");
        assertThat(definition(HANDOUT_FACTS, "Thrifty shopper")).startsWith("hunts for the lowest price");
        assertThat(definition(HANDOUT_FACTS, "Impulsive shopper")).startsWith("picks up products");
        assertThat(relations(HANDOUT_FACTS, RelationType.IS_A))
                .extracting(RelationFact::from, RelationFact::to)
                .contains(
                        tuple("Habitual shopper", "shopper"),
                        tuple("Thrifty shopper", "shopper"),
                        tuple("Impulsive shopper", "shopper"));
        assertThat(names(HANDOUT_FACTS)).doesNotContain("habitual", "thrifty", "impulsive");
        Extraction table = notes(
                "## Types of forecast\n\n| Kind | Meaning |\n|---|---|\n| Qualitative | a judgement of experienced staff |\n"
                        + "| Quantitative | a projection of past sales figures |\n");
        assertThat(definition(table, "Qualitative forecast")).isEqualTo("a judgement of experienced staff");
        assertThat(names(table)).doesNotContain("qualitative", "quantitative");
    }

    @Test
    void a_remark_or_an_instruction_after_a_label_defines_nothing() {
        assertThat(names(HANDOUT_FACTS)).doesNotContain("note");
        Extraction x = notes(
                "## Advice\n\nSome opening words here.\n\n**Caveat:** the figures change quickly.\n\n**Hint:** Check the date first.\n");
        assertThat(names(x)).doesNotContain("caveat", "hint");
    }

    @Test
    void an_illustration_under_a_term_heading_does_not_define_the_heading() {
        assertThat(names(HANDOUT_FACTS)).doesNotContain("illustration");
    }

    @Test
    void the_rows_of_a_table_of_values_are_no_terms() {
        assertThat(names(HANDOUT_FACTS)).doesNotContain("ordering ahead", "pickup", "receipt", "moment");
        assertThat(card(HANDOUT, "Illustration").back()).contains("Ordering ahead | app | calm");
    }

    @Test
    void a_saved_page_footer_is_neither_a_glossary_nor_a_definition() {
        assertThat(names(HANDOUT_FACTS)).noneMatch(n -> n.startsWith("retrieved") || n.equals("categories"));
        assertThat(HANDOUT.cards())
                .noneMatch(c -> c.kind() == Card.Kind.PROMPT && c.front().startsWith("Retrieved"));
    }

    @Test
    void a_lone_term_line_under_the_title_is_a_subtitle_not_a_glossary() {
        Extraction x = notes(
                "# Store Loyalty\nrevision notes - retail mktg, week 7\n\n## Basics\n\nA stamp card is a card that earns a free item after set visits.\n");
        assertThat(names(x)).doesNotContain("revision notes");
        assertThat(definition(x, "stamp card")).startsWith("A stamp card is a card");
    }

    @Test
    void a_kind_under_types_of_x_takes_the_whole_supertype_where_the_text_writes_it_out() {
        Extraction x = notes(
                "## Types of point of sale\n\n### Mobile\n\nMobile point of sale, also called mPOS, is a till that runs on a phone or tablet.\n");
        assertThat(relations(x, RelationType.IS_A))
                .extracting(RelationFact::from, RelationFact::to)
                .contains(tuple("Mobile point of sale", "point of sale"));
        assertThat(names(x)).doesNotContain("mobile point");
    }

    @Test
    void kinds_a_lead_in_announces_are_kinds_of_its_noun_phrase_or_of_the_heading_ending_in_it() {
        Extraction x = notes(
                "## Store failure\n\nTwo kinds of failure were covered in class:\n\n"
                        + "1. **Stock-out failure** - the shelf is empty when the customer arrives\n2. **Checkout failure** - the till or the card reader breaks down\n");
        assertThat(relations(x, RelationType.IS_A))
                .extracting(RelationFact::from, RelationFact::to)
                .contains(tuple("Stock-out failure", "Store failure"), tuple("Checkout failure", "Store failure"));
        assertThat(names(x)).noneMatch(n -> n.contains("covered"));
    }

    @Test
    void a_noun_the_tagger_reads_as_an_adverb_still_heads_the_subject_of_a_definition() {
        assertThat(definition(
                        notes("## Recovery\n\nService recovery refers to what a shop does to put a failure right.\n"),
                        "Service recovery"))
                .startsWith("Service recovery refers to");
    }

    @Test
    void a_name_with_of_is_a_term_where_the_text_gives_it_an_alias() {
        Extraction x = notes(
                "## Terms\n\nThe share of wallet, also known as SOW, is the part of a customer's spending that goes to one firm.\n\n"
                        + "The role of the cashier is to take payment and answer questions.\n");
        assertThat(definition(x, "share of wallet")).startsWith("The share of wallet, also known as SOW");
        assertThat(names(x)).doesNotContain("role of the cashier");
    }

    // Outliner pages (Logseq, Roam): lists nested under the item that names them

    private static final String OUTLINER_PAGE = String.join(
            "\n",
            "title:: Loyalty schemes (week 6)",
            "tags:: [[MKT2201]], revision",
            "",
            "- ## Scheme design",
            "\t- points scheme:: a scheme where spending earns points that buy rewards later",
            "\t- three kinds of scheme",
            "\t\t- [[coalition scheme]] - one scheme shared by several unrelated firms",
            "\t\t- [[paid scheme]] - members pay a fee for instant benefits",
            "\t\t- [[tiered scheme]] - members climb levels by spending more",
            "\t- breakage:: points that members earn but never spend",
            "\t\t- two sources",
            "\t\t\t- expiry - points lapse after a set time",
            "\t\t\t- neglect - members forget they hold points",
            "- related:: [[customer retention]], [[CLV]]");

    @Test
    void an_outliner_page_reads_its_properties_as_furniture_and_its_nested_lists_as_lists() {
        ReadDeck deck = new DeckReader().read("loyalty.md", OUTLINER_PAGE);
        assertThat(deck.dropped())
                .filteredOn(d -> d.kind() == crmgraph.read.DroppedLine.Kind.FURNITURE)
                .extracting(crmgraph.read.DroppedLine::line)
                .contains(1, 2, 14);
        Extraction x = new CardExtractor().extract(deck);
        assertThat(definition(x, "points scheme"))
                .isEqualTo("a scheme where spending earns points that buy rewards later");
        assertThat(definition(x, "breakage")).isEqualTo("points that members earn but never spend");
        assertThat(relations(x, RelationType.IS_A))
                .extracting(RelationFact::from, RelationFact::to)
                .contains(
                        tuple("coalition scheme", "scheme"),
                        tuple("paid scheme", "scheme"),
                        tuple("tiered scheme", "scheme"));
        assertThat(relations(x, RelationType.HAS_PART))
                .extracting(RelationFact::from, RelationFact::to)
                .contains(tuple("sources of breakage", "expiry"), tuple("sources of breakage", "neglect"));
        assertThat(names(x)).doesNotContain("title", "tags", "related", "[[coalition scheme]]");
    }

    @Test
    void a_term_with_two_items_under_it_has_them_as_parts() {
        Extraction x =
                notes("# Metrics\n\n- RFM score: a rank of buyers on three counts\n  - recency - days since the last"
                        + " order\n  - frequency - orders per year\n  - monetary value - spend per year\n");
        assertThat(relations(x, RelationType.HAS_PART))
                .extracting(RelationFact::from, RelationFact::to)
                .containsExactly(
                        tuple("RFM score", "recency"),
                        tuple("RFM score", "frequency"),
                        tuple("RFM score", "monetary value"));
        assertThat(definition(x, "RFM score")).isEqualTo("a rank of buyers on three counts");
    }

    @Test
    void a_contents_listing_with_numbered_sections_names_no_list() {
        Extraction x = notes("# Loyalty\n\n## Contents\n\n- 1 History\n- 2 Kinds\n  - 2.1 Points\n  - 2.2 Tiers\n");
        assertThat(x.relations()).isEmpty();
    }

    @Test
    void a_toggle_of_a_note_app_is_a_heading_over_the_text_folded_under_it() {
        String page = String.join(
                "\n",
                "# Subscriptions",
                "",
                "<aside>",
                "\uD83D\uDCA1 Renewals pay the bills.",
                "</aside>",
                "",
                "## Key ideas",
                "",
                "<details>",
                "<summary>Onboarding</summary>",
                "",
                "The first days after signing, when a new member is set up and shown how to get a first result.",
                "",
                "</details>",
                "",
                "<details>",
                "<summary>Seat expansion</summary>",
                "",
                "Growth in the number of paid users inside an account that already subscribes.",
                "",
                "</details>");
        ReadDeck deck = new DeckReader().read("subs.md", page);
        assertThat(deck.dropped())
                .filteredOn(d -> d.kind() == crmgraph.read.DroppedLine.Kind.FURNITURE)
                .extracting(crmgraph.read.DroppedLine::line)
                .contains(3, 5, 9, 14);
        Extraction x = new CardExtractor().extract(deck);
        assertThat(definition(x, "Onboarding")).startsWith("The first days after signing");
        assertThat(definition(x, "Seat expansion")).startsWith("Growth in the number of paid users");
        assertThat(card(deck, "Seat expansion").section())
                .isEqualTo("Subscriptions \u203A Key ideas \u203A Seat expansion");
    }

    @Test
    void a_reading_list_after_a_label_defines_nothing() {
        Extraction x = notes("# Week 4\n\n## Further\n\n- Reading: Hollis & Grant ch. 3 (pp. 40-61)\n");
        assertThat(x.concepts()).noneMatch(ConceptFact::hasDefinition);
    }

    @Test
    void a_heading_whose_first_noun_the_tagger_takes_for_a_verb_still_names_its_list() {
        Extraction x = notes(
                "# Deck\n\n## Blueprint components\n\n1. Physical evidence\n2. Customer actions\n3. Support processes\n");
        assertThat(relations(x, RelationType.HAS_PART))
                .extracting(RelationFact::from, RelationFact::to)
                .containsExactly(
                        tuple("Blueprint components", "Physical evidence"),
                        tuple("Blueprint components", "Customer actions"),
                        tuple("Blueprint components", "Support processes"));
    }

    @Test
    void textbook_prose_defines_names_given_in_passing_and_its_key_terms_are_concepts() {
        Extraction x = notes(
                "# Summary\n\nBuyers who stay become cheaper to serve, which the author calls the loyalty dividend:"
                        + " the fall in cost to serve as a relationship ages. A second effect, referral value, is the profit"
                        + " a loyal buyer brings through the friends they send.\n\nKey terms: loyalty dividend, referral value,"
                        + " share of wallet.\n");
        assertThat(definition(x, "loyalty dividend")).isEqualTo("the fall in cost to serve as a relationship ages");
        assertThat(definition(x, "referral value")).startsWith("referral value is the profit a loyal buyer brings");
        assertThat(names(x)).contains("share of wallet");
        assertThat(names(x)).doesNotContain("key terms");
    }

    @Test
    void categories_inside_a_model_are_its_parts_and_types_sharing_the_heads_noun_its_kinds() {
        Extraction x = notes(
                "# Notes\n\n## Kano model\n\n### Categories\n\n- Basic attributes\n- Performance attributes\n"
                        + "- Excitement attributes\n\n## Loyalty\n\n### Types\n\n- Behavioural loyalty\n- Attitudinal loyalty\n");
        assertThat(relations(x, RelationType.HAS_PART))
                .extracting(RelationFact::from, RelationFact::to)
                .contains(tuple("Kano model", "Basic attributes"), tuple("Kano model", "Excitement attributes"));
        assertThat(relations(x, RelationType.IS_A))
                .extracting(RelationFact::from, RelationFact::to)
                .containsExactly(tuple("Behavioural loyalty", "Loyalty"), tuple("Attitudinal loyalty", "Loyalty"));
    }

    @Test
    void a_heading_names_the_list_its_lead_in_sentence_does_not() {
        Extraction x = notes("# Notes\n\n## Stages of adoption\n\nMost staff move through the following, slowly:\n\n"
                + "1. Resistance - the system is seen as extra admin\n2. Compliance - it is used because it must be\n"
                + "3. Commitment - it is used because it helps\n");
        assertThat(relations(x, RelationType.HAS_PART))
                .extracting(RelationFact::from, RelationFact::to)
                .contains(tuple("Stages of adoption", "Resistance"), tuple("Stages of adoption", "Commitment"));
    }

    @Test
    void a_wrapped_paragraph_opening_with_a_term_and_an_equals_sign_defines_the_term() {
        Extraction x = notes("notes from class, typed on my phone\n\n"
                + "exit survey = the short form a buyer fills in when they\ncancel a contract\n\n"
                + "win-back rate = the share of lost buyers who come back\nwithin a year\n");
        assertThat(definition(x, "exit survey")).startsWith("the short form a buyer fills in");
        assertThat(definition(x, "win-back rate")).startsWith("the share of lost buyers");
    }
}
