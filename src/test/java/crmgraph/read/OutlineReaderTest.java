package crmgraph.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import crmgraph.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Outlines pasted from a word processor into a text file, read as notes. */
class OutlineReaderTest {

    private static final String RECOVERY = "Service Recovery \u2013 Week 4 lecture outline";

    private static ReadDeck read(String fixture) {
        return new DeckReader().read(fixture, Fixtures.text("outline/" + fixture));
    }

    private static Card card(ReadDeck deck, String front) {
        return deck.cards().stream()
                .filter(c -> c.front().equals(front))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no card " + front + " in " + deck.cards()));
    }

    @Test
    void numbered_headings_are_sections_nested_by_the_depth_of_their_numbering() {
        ReadDeck deck = read("numbered-dash.txt");
        assertThat(deck.format()).isEqualTo("outline");
        assertThat(card(deck, "Three kinds of fairness").section())
                .isEqualTo(RECOVERY + " \u203A Fairness in complaint handling \u203A Three kinds of fairness");
        assertThat(card(deck, "Recovery tools").section()).isEqualTo(RECOVERY + " \u203A Recovery tools");
        assertThat(card(deck, "Recovery tools").kind()).isEqualTo(Card.Kind.PASSAGE);
        // The title and a heading with only sections under it hold no card: furniture, as in Markdown notes.
        assertThat(deck.dropped())
                .extracting(DroppedLine::line, DroppedLine::text)
                .containsExactly(tuple(1, RECOVERY), tuple(7, "2) Fairness in complaint handling"));
    }

    @Test
    void dash_definitions_are_term_cards_and_one_wrapped_onto_the_next_line_keeps_both_lines() {
        ReadDeck deck = read("numbered-dash.txt");
        Card paradox = card(deck, "Recovery paradox");
        assertThat(paradox.kind()).isEqualTo(Card.Kind.PROMPT);
        assertThat(paradox.back()).startsWith("a customer whose problem is put right well");
        assertThat(card(deck, "Switching barrier").back()).startsWith("anything that makes leaving");
        Card empowerment = card(deck, "Empowerment");
        assertThat(empowerment.back())
                .isEqualTo(
                        "giving front-line staff the authority to solve problems on the spot without asking a manager first");
        assertThat(empowerment.line()).isEqualTo(20);
        assertThat(empowerment.endLine()).isEqualTo(21);
    }

    @Test
    void numbered_lines_with_nothing_under_them_are_a_numbered_list_under_the_heading_above() {
        Card steps = card(read("numbered-dash.txt"), "Recovery steps");
        assertThat(steps.back())
                .isEqualTo("1. Acknowledge the problem\n2. Apologise sincerely\n3. Fix it quickly\n4. Follow up");
        assertThat(steps.line()).isEqualTo(12);
        assertThat(steps.endLine()).isEqualTo(16);
    }

    @Test
    void google_docs_bullets_at_one_indentation_nest_by_their_marker() {
        ReadDeck deck = read("google-docs.txt");
        assertThat(deck.format()).isEqualTo("outline");
        assertThat(card(deck, "Tiered programme").back())
                .isEqualTo(
                        "members climb levels that unlock better benefits\n"
                                + "- e.g. airline status tiers\n- members fear losing the status they have reached\n  - this fear is a form of loss aversion");
        assertThat(card(deck, "Design choices").back())
                .isEqualTo(
                        "- Reward type\n  - hard rewards such as discounts and free products\n"
                                + "  - soft rewards such as recognition and early access\n- Breakage\n  - points that are earned but never redeemed");
        assertThat(card(deck, "Paid programme").line()).isEqualTo(9);
    }

    @Test
    void word_bullets_nest_by_marker_and_by_indentation_where_there_is_some() {
        ReadDeck deck = read("windows-crlf.txt");
        assertThat(card(deck, "Project phases").back())
                .isEqualTo("- Strategy\n  - set goals for the project\n"
                        + "  - choose which customers to focus on\n- Technology\n  - select a vendor\n    - compare cloud and on-premise systems\n"
                        + "  - migrate the data");
        assertThat(card(deck, "Poor data quality").back())
                .endsWith("\n- Data steward \u2013 the person who owns the quality of a set of records");
    }

    @Test
    void windows_line_ends_read_as_unix_ones_do() {
        String crlf = Fixtures.text("outline/windows-crlf.txt");
        assertThat(crlf).contains("\r\n");
        ReadDeck windows = new DeckReader().read("w.txt", crlf);
        ReadDeck unix = new DeckReader().read("w.txt", crlf.replace("\r\n", "\n"));
        assertThat(windows.format()).isEqualTo("outline");
        assertThat(windows.cards()).isEqualTo(unix.cards());
        assertThat(windows.cards())
                .allSatisfy(c -> assertThat(c.front() + c.back()).doesNotContain("\r"));
        assertThat(windows.dropped()).isEqualTo(unix.dropped());
    }

    @Test
    void every_line_is_in_a_card_or_dropped_and_dropped_lines_read_as_the_file_has_them() {
        for (String fixture :
                new String[] {"numbered-dash.txt", "google-docs.txt", "windows-crlf.txt", "arrow-models.txt"}) {
            String text = Fixtures.text("outline/" + fixture);
            ReadDeck deck = new DeckReader().read(fixture, text);
            java.util.List<String> lines = text.lines().toList();
            for (int n = 1; n <= lines.size(); n++) {
                int line = n;
                boolean inCard = deck.cards().stream().anyMatch(c -> c.line() <= line && line <= c.endLine());
                boolean dropped = deck.dropped().stream().anyMatch(d -> d.line() == line);
                assertThat(inCard || dropped || lines.get(n - 1).isBlank())
                        .as("%s line %d", fixture, n)
                        .isTrue();
            }
            deck.dropped().forEach(d -> assertThat(d.text()).isEqualTo(lines.get(d.line() - 1)));
            assertThat(deck.dropped()).noneMatch(d -> d.kind() == DroppedLine.Kind.UNPLACED);
        }
    }

    @Test
    void arrow_lines_and_pairs_stay_in_the_passage_of_their_section() {
        ReadDeck deck = read("arrow-models.txt");
        assertThat(card(deck, "Relationship ladder").back())
                .isEqualTo("Prospect \u2192 Customer \u2192 Client \u2192 Supporter \u2192 Advocate");
        assertThat(card(deck, "What moves a customer up").back())
                .isEqualTo("- trust -> commitment\n- satisfaction -> repeat purchase");
    }

    @Test
    void flashcard_decks_exports_and_prose_notes_with_numbered_headings_are_not_outlines() {
        String termDash =
                "Churn - the share of customers who leave in a year\nRetention - keeping the customers a firm already has\n"
                        + "Win-back - bringing lost customers back to the firm\n";
        String numberedQuestions =
                "1. What is churn?\n- customers who leave\n- measured each year\n2. What is retention?\n"
                        + "- keeping customers\n- cheaper than winning new ones\n3. Define win-back\n- bringing lost customers back\n- with an offer\n";
        String numberedTerms =
                "1. Churn\nthe share of customers who leave\n2. Retention\nkeeping the customers a firm has\n"
                        + "3. Win-back\nbringing lost customers back\n";
        String trueFalse =
                "1. Churn is the share of customers who leave.\nTrue\n2. Retention costs more than acquisition.\nFalse\n";
        String prose =
                "1. Introduction\nCustomer retention is the practice of keeping the customers a firm already has. It is cheaper\n"
                        + "than winning new ones, as every textbook says, and loyal customers\nbuy more over time.\n\n2. Measures\n"
                        + "Churn is the share of customers who leave in a\nyear. Firms track it every month and compare it across\n"
                        + "segments. Two versions are common:\n- monthly churn\n- yearly churn\n";
        for (String text : new String[] {termDash, numberedQuestions, numberedTerms, trueFalse, prose}) {
            assertThat(new DeckReader().read("deck.txt", text).format())
                    .as(text)
                    .isNotEqualTo("outline");
        }
    }

    @Test
    void notes_typed_in_a_hurry_read_each_term_line_as_a_card_whatever_sign_parts_term_and_explanation() {
        ReadDeck deck = read("hurried-notes.txt");
        assertThat(deck.format()).isEqualTo("outline");
        assertThat(card(deck, "price").back()).isEqualTo("what the customer gives up to get the offer, not only money");
        assertThat(card(deck, "reference price").back())
                .isEqualTo("the price a buyer expects to pay, built from past purchases");
        assertThat(card(deck, "price war").back()).startsWith("rivals cutting prices");
        assertThat(card(deck, "value-based pricing").back())
                .isEqualTo("start from what customers believe the offer is worth");
        // A chain of arrows is causes, not a term and its explanation.
        assertThat(deck.cards()).extracting(Card::front).doesNotContain("loyalty", "loyalty -> repeat purchase");
    }

    @Test
    void a_line_in_capitals_is_a_section_heading_of_hurried_notes() {
        ReadDeck deck = read("hurried-notes.txt");
        assertThat(card(deck, "going-rate pricing").section()).endsWith("SETTING THE PRICE");
        assertThat(card(deck, "premium tier").section()).endsWith("PRICE TIERS (Lee 2019)");
    }

    @Test
    void a_numbered_label_explained_by_a_name_on_its_own_head_word_gives_way_to_the_name() {
        ReadDeck deck = read("hurried-notes.txt");
        assertThat(card(deck, "entry tier").back()).isEqualTo("the cheapest version, few features");
        assertThat(card(deck, "premium tier").back()).isEqualTo("every feature plus priority support");
        // "call the customer back" names no step: the label stays.
        assertThat(card(deck, "step 3").back()).isEqualTo("call the customer back within a day");
    }

    @Test
    void a_question_deck_whose_answers_hold_dashes_is_no_hurried_notes() {
        assertThat(read("question-lines.txt").format()).isNotEqualTo("outline");
    }

    @Test
    void after_a_blank_line_a_term_line_written_another_way_starts_a_list_of_its_own() {
        String notes = "PRICING NOTES\n\nprice tiers:\n\ntier 1 - the entry tier = the cheapest version\n\n"
                + "tier 2 - the premium tier = every feature included\n\nmemory trick: E-P, entry then premium\n\n"
                + "reference price = what a buyer expects to pay\nprice war = rivals cutting prices again and again\n";
        ReadDeck deck = new DeckReader().read("pricing.txt", notes);
        Card list = deck.cards().stream()
                .filter(c -> c.kind() == Card.Kind.PASSAGE && c.back().startsWith("price tiers:"))
                .findFirst()
                .orElseThrow();
        assertThat(list.back()).isEqualTo("price tiers:\n- entry tier\n- premium tier");
    }

    private static final String SUMMARY = String.join(
            "\n",
            "CHAPTER 6 SUMMARY: LOYALTY SCHEMES",
            "",
            "This chapter asked why so many shops hand out cards and points, and whether the schemes pay for",
            "themselves. A scheme that rewards every purchase costs money on every purchase, so it must change",
            "what members do, not only thank them for what they would have done anyway, to be worth its cost.",
            "",
            "Schemes differ in what they reward. Some give points that members spend later on rewards, others",
            "move members up through tiers that unlock better treatment, and a few charge a fee in return for",
            "benefits from the first day. Each design changes the behaviour of a different kind of member.",
            "",
            "The data a scheme collects may be worth more than the loyalty it buys, because it shows what each",
            "member buys, when and where, and lets the firm tailor offers to single households over time.");

    @Test
    void prose_wrapped_at_the_page_width_is_read_as_paragraphs_not_as_pairs_of_lines() {
        ReadDeck deck = new DeckReader().read("summary.txt", SUMMARY);
        assertThat(deck.format()).isEqualTo("outline");
        assertThat(deck.cards()).allMatch(c -> c.kind() == Card.Kind.PASSAGE);
        assertThat(deck.cards()).anyMatch(c -> c.back().contains("what members do, not only thank them"));
    }

    @Test
    void flashcards_with_long_sides_on_their_lines_are_no_prose() {
        String cards = String.join(
                "\n",
                "points scheme | a scheme in which members collect points on each purchase and spend them later",
                "tiered scheme | a scheme in which members climb levels by spending more and unlock better treatment",
                "paid scheme | a scheme in which members pay a yearly fee in return for benefits from the first day",
                "coalition scheme | a scheme run jointly by several firms so that members earn one currency everywhere",
                "breakage | the share of points that members earn but never spend before they lapse at the year end",
                "burn rate | how quickly members spend the points they earn, watched to plan the cost of rewards well");
        assertThat(new DeckReader().read("cards.txt", cards).format()).isNotEqualTo("outline");
    }

    @Test
    void a_stage_title_over_lines_indented_under_it_heads_its_stage() {
        String notes = String.join(
                "\n",
                "ROLLOUT - the three stages",
                "",
                "Stage 1 - Run a pilot",
                "   One team uses the system for a month.",
                "   Output: a list of fixes before go-live.",
                "",
                "Stage 2 - Train every user",
                "   Short sessions per team, with a help desk after.",
                "",
                "Stage 3 - Switch off the old system",
                "   Only once the data has been moved and checked.");
        ReadDeck deck = new DeckReader().read("rollout.txt", notes);
        assertThat(deck.cards())
                .extracting(Card::front)
                .contains("Run a pilot", "Train every user", "Switch off the old system");
        assertThat(deck.cards()).noneMatch(c -> c.front().startsWith("Stage "));
        assertThat(card(deck, "Train every user").back()).isEqualTo("Short sessions per team, with a help desk after.");
    }

    @Test
    void a_short_line_after_a_blank_one_over_wrapped_prose_is_a_heading() {
        String notes = String.join(
                "\n",
                "Loyalty schemes - notes for week 6",
                "",
                "Background",
                "Supermarkets began giving out cards in the nineties, when checkout systems could first link",
                "each basket to a named shopper, and the schemes spread quickly to airlines, hotels and coffee",
                "chains, which sold them as a way to reward loyal buyers although the data mattered far more.",
                "",
                "What it is",
                "A loyalty scheme is a programme that rewards members for repeat buying with points, tiers or",
                "perks, so that they come back more often and the firm learns what each household buys over",
                "the years; the reward costs money on every purchase, so a scheme must change behaviour.");
        ReadDeck deck = new DeckReader().read("schemes.txt", notes);
        assertThat(deck.format()).isEqualTo("outline");
        assertThat(deck.cards()).extracting(Card::front).contains("Background", "What it is");
        assertThat(card(deck, "What it is").back()).startsWith("A loyalty scheme is a programme");
    }
}
