package crmgraph.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.graph.Confirmations;
import crmgraph.graph.GraphStore;
import crmgraph.graph.QuizQueries;
import crmgraph.graph.ReviewStore;
import crmgraph.nlp.English;
import crmgraph.read.Layout;
import crmgraph.read.ReadOptions;
import crmgraph.testing.TestGraph;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cards the reader was unsure of give no quiz items until the student confirms them or chooses the layout. */
class UncertainCardQuizIT {

    private static final String SLA = QuizFixture.id("Service level agreement");
    private static final String IDIC = QuizFixture.id("IDIC model");

    private final GraphStore store = TestGraph.store();
    private QuizFixture fixture;

    @BeforeEach
    void wipe() {
        TestGraph.wipe();
        fixture = QuizFixture.crm()
                .doubt("Service level agreement", "the front reads as a definition too")
                .doubt("IDIC model", "the list may belong to the line above");
    }

    private QuizService service() {
        return new QuizService(
                new QuizQueries(store),
                new ReviewStore(store),
                English::shared,
                new MutableClock(Instant.parse("2026-03-02T10:00:00Z")));
    }

    @Test
    void an_uncertain_card_gives_no_items_of_any_type_and_a_certain_one_does() {
        fixture.writeTo(store);
        List<QuizItem> items = service().items();
        assertThat(items)
                .extracting(i -> i.source().concept())
                .contains(QuizFixture.id("Customer relationship management"))
                .doesNotContain(SLA, IDIC);
        assertThat(items).extracting(i -> i.source().card()).doesNotContainAnyElementsOf(fixture.uncertainCards());
        assertThat(items).extracting(QuizItem::type).doesNotContain("order");
        assertThat(items).extracting(i -> i.source().concept()).contains(QuizFixture.id("Interact"));
    }

    @Test
    void confirming_a_card_makes_its_items_at_the_next_generation() {
        fixture.writeTo(store);
        QuizService quiz = service();
        assertThat(quiz.items()).extracting(i -> i.source().concept()).doesNotContain(SLA);
        String slaCard = fixture.uncertainCards().get(0);

        assertThat(new Confirmations(store).confirm(QuizFixture.DECK, slaCard)).isTrue();

        assertThat(quiz.items())
                .filteredOn(i -> i.source().concept().equals(SLA))
                .isNotEmpty()
                .allMatch(i -> i.source().card().equals(slaCard));
        assertThat(quiz.items()).extracting(i -> i.source().concept()).doesNotContain(IDIC);
    }

    @Test
    void a_layout_the_student_chose_makes_the_cards_read_in_it_count() {
        fixture.writeTo(store, new ReadOptions(Layout.TERM_FIRST, 0));
        assertThat(service().items()).extracting(QuizItem::type).contains("list-cloze");
        assertThat(service().items()).extracting(i -> i.source().concept()).contains(SLA, IDIC);
    }

    @Test
    void a_card_that_is_not_uncertain_cannot_be_confirmed() {
        fixture.writeTo(store);
        assertThat(new Confirmations(store).confirm(QuizFixture.DECK, QuizFixture.cardId(1)))
                .isFalse();
        assertThat(new Confirmations(store)
                        .confirm("no-such-deck", fixture.uncertainCards().get(0)))
                .isFalse();
    }
}
