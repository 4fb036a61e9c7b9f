package crmgraph.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import crmgraph.graph.QuizQueries;
import crmgraph.nlp.English;
import crmgraph.pipeline.Pipeline;
import crmgraph.testing.Fixtures;
import crmgraph.testing.TestGraph;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ItemBankIT {

    @Test
    void while_a_slow_rebuild_runs_the_previous_items_keep_answering_and_the_new_ones_follow() throws Exception {
        TestGraph.wipe();
        QuizFixture.crm().writeTo(TestGraph.store());
        ItemGenerator generator = new ItemGenerator(English.shared());
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean slow = new AtomicBoolean(false);
        ItemBank bank = new ItemBank(
                new QuizQueries(TestGraph.store()),
                (index, topics) -> {
                    if (slow.get()) {
                        await(release);
                    }
                    return generator.generate(index, topics);
                },
                "slow-rebuild-test");
        ItemBank.Items first = bank.current();
        slow.set(true);
        Pipeline.importer(TestGraph.store()).importPaths(List.of(Fixtures.fixture("glossary.tsv")));

        long started = System.nanoTime();
        assertThat(bank.current())
                .as("the previous items, after waiting at most STALE_WAIT")
                .isSameAs(first);
        assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(ItemBank.STALE_WAIT.toNanos());

        release.countDown();
        ItemBank.Items next = bank.current();
        assertThat(next).isNotSameAs(first);
        assertThat(next.all().size()).isGreaterThan(first.all().size());
        assertThat(next.all())
                .extracting(i -> i.source().deck())
                .contains(QuizFixture.DECK)
                .hasSizeGreaterThan(first.all().size());
    }

    @Test
    void before_the_first_items_are_made_a_request_is_told_to_come_back_instead_of_hanging() {
        TestGraph.wipe();
        QuizFixture.crm().writeTo(TestGraph.store());
        ItemGenerator generator = new ItemGenerator(English.shared());
        CountDownLatch release = new CountDownLatch(1);
        ItemBank bank = new ItemBank(
                new QuizQueries(TestGraph.store()),
                (index, topics) -> {
                    await(release);
                    return generator.generate(index, topics);
                },
                "first-wait-test",
                Duration.ofMillis(300));
        bank.prepare();

        long started = System.nanoTime();
        assertThatThrownBy(bank::current)
                .isInstanceOf(QuizService.NotReady.class)
                .hasMessageContaining("try again");
        assertThat(System.nanoTime() - started)
                .isGreaterThanOrEqualTo(Duration.ofMillis(300).toNanos());

        release.countDown();
        assertThat(readyWithin(bank, Duration.ofSeconds(60)).all()).isNotEmpty();
    }

    /** The bank's items once made: on a busy machine generating takes longer than one short wait. */
    private static ItemBank.Items readyWithin(ItemBank bank, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try {
                return bank.current();
            } catch (QuizService.NotReady e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
