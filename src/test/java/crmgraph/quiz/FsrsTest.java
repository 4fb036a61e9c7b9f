package crmgraph.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import crmgraph.graph.ReviewStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected values computed independently from the published FSRS-6 formulas with the default parameters. */
class FsrsTest {

    private static final Instant T0 = Instant.parse("2026-01-01T09:00:00Z");
    private final Fsrs fsrs = new Fsrs();

    @Test
    void uses_the_twenty_one_default_parameters_of_fsrs_6() {
        assertThat(Fsrs.DEFAULT_PARAMETERS)
                .hasSize(21)
                .startsWith(0.212, 1.2931, 2.3065, 8.2956)
                .endsWith(0.0658, 0.1542);
    }

    @Test
    void retrievability_is_ninety_percent_after_stability_days() {
        assertThat(fsrs.retrievability(1, 1)).isCloseTo(0.9, within(1e-12));
        assertThat(fsrs.retrievability(3, 3)).isCloseTo(0.9, within(1e-12));
        assertThat(fsrs.retrievability(10, 5)).isCloseTo(0.8458846451494336, within(1e-9));
    }

    @Test
    void initial_stability_and_difficulty_follow_the_grade() {
        assertThat(fsrs.initialStability(Grade.AGAIN)).isEqualTo(0.212);
        assertThat(fsrs.initialStability(Grade.GOOD)).isEqualTo(2.3065);
        assertThat(fsrs.initialDifficulty(Grade.AGAIN)).isCloseTo(6.4133, within(1e-9));
        assertThat(fsrs.initialDifficulty(Grade.HARD)).isCloseTo(5.112170705601055, within(1e-9));
        assertThat(fsrs.initialDifficulty(Grade.GOOD)).isCloseTo(2.118103970459015, within(1e-9));
    }

    @Test
    void difficulty_moves_with_linear_damping_and_mean_reversion() {
        assertThat(fsrs.nextDifficulty(5, Grade.AGAIN)).isCloseTo(8.341762369296838, within(1e-9));
        assertThat(fsrs.nextDifficulty(5, Grade.HARD)).isCloseTo(6.665995369296838, within(1e-9));
        assertThat(fsrs.nextDifficulty(5, Grade.EASY)).isCloseTo(3.3144613692968385, within(1e-9));
    }

    @Test
    void a_good_review_after_two_days_grows_stability() {
        Fsrs.Memory first = fsrs.first(Grade.GOOD, T0);
        assertThat(first.due()).isEqualTo(T0.plus(Duration.ofDays(2)));
        Fsrs.Memory second = fsrs.next(first, Grade.GOOD, T0.plus(Duration.ofDays(2)));
        assertThat(second.stability()).isCloseTo(10.964332335820703, within(1e-9));
        assertThat(second.difficulty()).isCloseTo(2.1112142357853942, within(1e-9));
        assertThat(second.due()).isEqualTo(T0.plus(Duration.ofDays(2 + 11)));
    }

    @Test
    void a_lapse_uses_the_forget_stability() {
        Fsrs.Memory second = fsrs.next(fsrs.first(Grade.GOOD, T0), Grade.GOOD, T0.plus(Duration.ofDays(2)));
        Fsrs.Memory lapse = fsrs.next(second, Grade.AGAIN, T0.plus(Duration.ofDays(7)));
        assertThat(lapse.stability()).isCloseTo(1.428753125827724, within(1e-9));
        assertThat(lapse.difficulty()).isCloseTo(7.392238132342694, within(1e-9));
        assertThat(lapse.lapses()).isEqualTo(1);
        assertThat(lapse.due()).isEqualTo(T0.plus(Duration.ofDays(7)).plus(Fsrs.RELEARNING_STEP));
    }

    @Test
    void hard_after_a_hint_grows_stability_less_than_good() {
        assertThat(fsrs.recallStability(2.118103970459015, 2.3065, fsrs.retrievability(2, 2.3065), Grade.HARD))
                .isCloseTo(7.513320366762571, within(1e-9));
    }

    @Test
    void same_day_reviews_use_the_short_term_formula() {
        assertThat(fsrs.shortTermStability(2.3065, Grade.HARD)).isCloseTo(1.3333787168039835, within(1e-9));
        assertThat(fsrs.shortTermStability(2.3065, Grade.AGAIN)).isCloseTo(0.7750839828558983, within(1e-9));
        assertThat(fsrs.shortTermStability(2.3065, Grade.GOOD)).isEqualTo(2.3065);
    }

    @Test
    void the_interval_at_ninety_percent_retention_equals_stability_in_whole_days() {
        assertThat(fsrs.intervalDays(10.96)).isEqualTo(11);
        assertThat(fsrs.intervalDays(0.2)).isEqualTo(1);
    }

    @Test
    void a_schedule_replays_reviews_and_lists_what_is_due() {
        List<ReviewStore.Review> reviews = List.of(
                new ReviewStore.Review("t-1", "a", Grade.GOOD.value(), T0),
                new ReviewStore.Review("t-2", "b", Grade.AGAIN.value(), T0),
                new ReviewStore.Review("t-1", "a", Grade.GOOD.value(), T0.plus(Duration.ofDays(2))));
        Schedule schedule = Schedule.replay(fsrs, reviews);
        assertThat(schedule.due(T0.plus(Duration.ofMinutes(5)))).isEmpty();
        assertThat(schedule.due(T0.plus(Duration.ofDays(3)))).containsExactly("t-2");
        assertThat(schedule.due(T0.plus(Duration.ofDays(14)))).containsExactly("t-2", "t-1");
        assertThat(schedule.memories().get("t-1").reviews()).isEqualTo(2);
    }
}
