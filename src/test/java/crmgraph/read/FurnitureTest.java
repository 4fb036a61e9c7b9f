package crmgraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FurnitureTest {

    @Test
    void a_rating_scale_is_recognised_by_its_shape_whatever_its_labels_say() {
        List<SourceLine> scale =
                SourceLines.of("Rate your recall:", "0", "Blank", "1", "2", "3", "Nailed it", "Next question");
        assertThat(Furniture.ratingScaleEnd(scale, 0)).isEqualTo(7);
        assertThat(Furniture.ratingScaleEnd(SourceLines.of("Pricing", "1", "2"), 0))
                .isZero();
    }

    @Test
    void promotional_phrasing_is_furniture_but_subject_matter_is_not() {
        assertThat(Furniture.promotional("Pass your exams faster with our free flashcards app!"))
                .isTrue();
        assertThat(Furniture.promotional("Study by two researchers on loyalty")).isFalse();
        assertThat(Furniture.promotional("A tool that measures service quality"))
                .isFalse();
    }

    @Test
    void count_headers_and_titles_are_recognised_by_shape() {
        assertThat(Furniture.countHeader("15 key questions on complaint handling"))
                .isTrue();
        assertThat(Furniture.countHeader("4 Ps of marketing")).isFalse();
        assertThat(Furniture.titleLike("Unit 4 Service Quality Flashcards")).isTrue();
    }

    @Test
    void a_line_repeated_across_cards_is_furniture_but_a_term_defined_three_times_is_not() {
        Furniture f = new Furniture(SourceLines.of(
                "Got it?",
                "x",
                "Got it?",
                "y",
                "Got it?",
                "z",
                "Churn",
                "customers who leave.",
                "Churn",
                "the rate of loss per year.",
                "Churn",
                "lost buyers over a period."));
        assertThat(f.repeated("Got it?")).isTrue();
        assertThat(f.repeated("Churn")).isFalse();
    }

    @Test
    void a_documents_properties_under_its_title_are_furniture_but_a_glossary_is_not() {
        assertThat(Furniture.properties(SourceLines.of(
                                "# Loyalty schemes",
                                "",
                                "Module: MKT 214",
                                "Created: 2 May 2024",
                                "Tags: loyalty, week 3",
                                "Status: Draft",
                                "",
                                "A loyalty scheme rewards repeat buying."))
                        .stream()
                        .toArray())
                .containsExactly(2, 3, 4, 5);
        assertThat(Furniture.properties(SourceLines.of(
                                "NPS: Net Promoter Score", "CES: Customer Effort Score", "CSAT: Customer Satisfaction"))
                        .isEmpty())
                .isTrue();
        assertThat(Furniture.properties(SourceLines.of(
                                "Churn: customers who stop buying from a firm",
                                "Retention: customers a firm keeps each year",
                                "Advocacy: customers who recommend the firm to others"))
                        .isEmpty())
                .isTrue();
    }

    @Test
    void letters_dividing_a_glossary_from_a_to_z_are_furniture_and_its_title_in_capitals_no_card() {
        ReadDeck d = new DeckReader()
                .read(
                        "glossary.txt",
                        "LOYALTY UNIT \u2014 GLOSSARY\n\nB\nBreakage \u2014 points members earn and never spend.\n\nC\n"
                                + "Coalition scheme \u2014 one scheme run by several firms together.\n\nT\nTier \u2014 a"
                                + " level of membership earned by spending more.\n");
        assertThat(d.cards()).extracting(Card::front).containsExactly("Breakage", "Coalition scheme", "Tier");
        assertThat(d.dropped())
                .filteredOn(x -> x.kind() == DroppedLine.Kind.FURNITURE)
                .extracting(DroppedLine::line)
                .contains(1, 3, 6, 9);
    }

    @Test
    void a_study_sites_count_of_decks_is_furniture() {
        assertThat(Furniture.countHeader("Decks in MKT2001 Retail Marketing Class (8):"))
                .isTrue();
        assertThat(Furniture.countHeader("Decks in class (6)")).isTrue();
        assertThat(Furniture.countHeader("Decks of a ship carry 6 lifeboats each and more"))
                .isFalse();
    }
}
