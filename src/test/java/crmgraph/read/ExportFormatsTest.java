package crmgraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every export option of the flashcard tools students use, on exports written for the test. */
class ExportFormatsTest {

    private static ReadDeck read(String name, String text) {
        return new DeckReader().read(name, text);
    }

    private static List<String> fronts(ReadDeck deck) {
        return deck.cards().stream().map(Card::front).toList();
    }

    private static List<String> backs(ReadDeck deck) {
        return deck.cards().stream().map(Card::back).toList();
    }

    @Test
    void a_quizlet_export_with_custom_separators_gives_one_card_per_term() {
        ReadDeck deck = read(
                "pricing.txt",
                "penetration pricing - a low launch price - to win share fast;"
                        + "skimming - a high launch price, lowered later;price anchoring - showing a dearer option first: it frames the rest\n");
        assertThat(fronts(deck)).containsExactly("penetration pricing", "skimming", "price anchoring");
        assertThat(backs(deck))
                .containsExactly(
                        "a low launch price - to win share fast",
                        "a high launch price, lowered later",
                        "showing a dearer option first: it frames the rest");
        assertThat(deck.format()).isEqualTo("delimited(term/definition dash, cards semicolon)");
        assertThat(deck.cards()).allSatisfy(c -> assertThat(c.line()).isEqualTo(1));
    }

    @Test
    void separators_the_student_gives_override_the_ones_found() {
        String text = "a=b|c=d|e=f\n";
        ReadDeck deck = new DeckReader().read("x.txt", text, ReadOptions.AUTO.withSeparators(new Separators("=", "|")));
        assertThat(fronts(deck)).containsExactly("a", "c", "e");
    }

    @Test
    void an_anki_notes_export_takes_its_separator_html_and_columns_from_its_header() {
        ReadDeck deck = read(
                "anki.txt",
                String.join(
                        "\n",
                        "#separator:Semicolon",
                        "#html:true",
                        "#tags column:3",
                        "#deck column:4",
                        "NPS;<b>Net Promoter Score</b>: share of promoters minus share of detractors&nbsp;&amp; more;metrics;CRM::Metrics",
                        "CES;How easy it was<br>to get help;metrics;CRM::Metrics",
                        "\"CSAT; the score\";\"Satisfaction, asked right after a contact\";metrics;CRM::Metrics",
                        ""));
        assertThat(fronts(deck)).containsExactly("NPS", "CES", "CSAT; the score");
        assertThat(backs(deck))
                .containsExactly(
                        "Net Promoter Score: share of promoters minus share of detractors & more",
                        "How easy it was\nto get help",
                        "Satisfaction, asked right after a contact");
        assertThat(deck.name()).isEqualTo("CRM › Metrics");
        assertThat(deck.furnitureCount()).isEqualTo(4);
        assertThat(deck.cards()).extracting(Card::tags).containsOnly(java.util.List.of("metrics"));
    }

    @Test
    void an_anki_notes_export_keeps_each_notes_tags_on_its_card_and_none_where_the_column_is_empty() {
        ReadDeck deck = read(
                "anki.txt",
                String.join(
                        "\n",
                        "#separator:tab",
                        "#tags column:3",
                        "Churn\tThe share of customers lost in a period\tretention week-2",
                        "Win-back\tWinning lapsed customers back\t",
                        ""));
        assertThat(deck.cards())
                .extracting(Card::tags)
                .containsExactly(java.util.List.of("retention", "week-2"), java.util.List.of());
        assertThat(backs(deck))
                .containsExactly("The share of customers lost in a period", "Winning lapsed customers back");
    }

    @Test
    void a_quoted_records_first_line_is_where_its_text_starts_after_header_and_blank_lines() {
        ReadDeck deck = read(
                "anki.txt",
                String.join(
                        "\n",
                        "#separator:tab",
                        "#html:false",
                        "",
                        "Churn\t\"The share of customers lost\nin a period\"",
                        "",
                        "Win-back\tWinning lapsed customers back",
                        ""));
        assertThat(deck.cards()).extracting(Card::line).containsExactly(4, 7);
        assertThat(deck.cards()).extracting(Card::endLine).containsExactly(5, 7);
    }

    @Test
    void a_record_with_a_front_and_an_empty_back_stays_a_card_of_its_own_and_is_no_wrapped_line() {
        ReadDeck deck = read(
                "anki.txt",
                String.join(
                        "\n",
                        "#separator:tab",
                        "Churn rate\tShare of customers lost",
                        "Customer acquisition cost\t",
                        "Lifetime value\tThe margin a customer brings over the whole relationship",
                        ""));
        assertThat(fronts(deck)).containsExactly("Churn rate", "Customer acquisition cost", "Lifetime value");
        assertThat(backs(deck).get(0)).isEqualTo("Share of customers lost");
    }

    @Test
    void a_cloze_note_blanks_its_deletions_and_answers_with_them() {
        ReadDeck deck = read(
                "cloze.txt",
                "#separator:tab\n#html:true\n"
                        + "{{c1::Share of wallet}} is the part of a buyer's category spend that one {{c2::supplier::who?}} wins.\tfrom B2B week\n");
        assertThat(fronts(deck)).containsExactly("_____ is the part of a buyer's category spend that one _____ wins.");
        assertThat(deck.cards().get(0).back())
                .startsWith("Share of wallet; supplier")
                .contains("from B2B week");
    }

    @Test
    void a_european_spreadsheet_with_semicolons_quotes_line_breaks_and_a_bom_reads_every_record() {
        ReadDeck deck = read(
                "glossary.csv",
                "\uFEFFTerm;Definition;Image\n"
                        + "loyalty ladder;\"prospect, customer, client;\nsupporter, advocate\";ladder.png\n"
                        + "\"\"\"hard\"\" measure\";a number you can count;\n");
        assertThat(fronts(deck)).containsExactly("loyalty ladder", "\"hard\" measure");
        assertThat(backs(deck).get(0)).isEqualTo("prospect, customer, client;\nsupporter, advocate");
        assertThat(deck.cards().get(0).endLine()).isEqualTo(3);
        assertThat(deck.dropped()).extracting(DroppedLine::line).containsExactly(1);
    }

    @Test
    void a_csv_without_a_header_row_starts_with_a_card() {
        ReadDeck deck = read("plain.csv", "churn,customers lost over a period\nretention,customers kept\n");
        assertThat(fronts(deck)).containsExactly("churn", "retention");
    }

    @Test
    void labelled_study_guides_read_each_label_pair_as_a_card_and_a_choice_answer_as_its_option() {
        ReadDeck deck = read(
                "guide.txt",
                String.join(
                        "\n",
                        "3/20",
                        "Question: What is a service guarantee?",
                        "Answer: A promise of a set level of service, with a remedy if it is missed.",
                        "4/20",
                        "Question: Which gap is about promises in advertising?",
                        "a) the knowledge gap",
                        "b) the communication gap",
                        "c) the delivery gap",
                        "Answer: b",
                        ""));
        assertThat(fronts(deck))
                .containsExactly(
                        "What is a service guarantee?",
                        "Which gap is about promises in advertising?\na) the knowledge gap\nb) the communication gap\nc) the delivery gap");
        assertThat(backs(deck))
                .containsExactly(
                        "A promise of a set level of service, with a remedy if it is missed.",
                        "b) the communication gap");
    }
}
