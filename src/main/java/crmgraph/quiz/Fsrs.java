package crmgraph.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The FSRS-6 memory model with its published default parameters (w0..w20, as shipped by fsrs-rs
 * and py-fsrs 6.0). Pure functions: a {@link Memory} and a review give the next memory.
 *
 * <p>Scheduling: after Again the item comes back after a short relearning step; after Hard, Good
 * or Easy it is due when retrievability is predicted to fall to the desired retention (0.9),
 * rounded to whole days, at least one. Reviews less than a day apart use the short-term
 * stability formula, as FSRS-6 does.
 */
public final class Fsrs {

    /** FSRS-6 default parameters w0..w20. */
    public static final List<Double> DEFAULT_PARAMETERS = List.of(
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629,
            1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);

    public static final double DESIRED_RETENTION = 0.9;
    public static final Duration RELEARNING_STEP = Duration.ofMinutes(10);
    private static final double MIN_STABILITY = 0.001;
    private static final int MAX_INTERVAL_DAYS = 36500;
    private static final double SECONDS_PER_DAY = 86400.0;

    private final double[] w;
    private final double decay;
    private final double factor;

    /**
     * The memory of one item after its last review.
     *
     * @param stability  days until retrievability falls to 90 %
     * @param difficulty 1 (easy) to 10 (hard)
     */
    public record Memory(
            double stability, double difficulty, Instant lastReview, Instant due, int reviews, int lapses) {}

    public Fsrs() {
        this(DEFAULT_PARAMETERS);
    }

    public Fsrs(List<Double> parameters) {
        if (parameters.size() != 21) {
            throw new IllegalArgumentException("FSRS-6 takes 21 parameters, not " + parameters.size());
        }
        w = parameters.stream().mapToDouble(Double::doubleValue).toArray();
        decay = -w[20];
        factor = Math.pow(0.9, 1 / decay) - 1;
    }

    /** The memory after the first review of a new item. */
    public Memory first(Grade grade, Instant at) {
        double s = initialStability(grade);
        double d = clampDifficulty(initialDifficulty(grade));
        return new Memory(s, d, at, due(grade, s, at), 1, grade == Grade.AGAIN ? 1 : 0);
    }

    /** The memory after reviewing {@code memory} with {@code grade} at {@code at}. */
    public Memory next(Memory memory, Grade grade, Instant at) {
        double elapsedDays =
                Math.max(0, Duration.between(memory.lastReview(), at).getSeconds() / SECONDS_PER_DAY);
        double s;
        if (elapsedDays < 1) {
            s = shortTermStability(memory.stability(), grade);
        } else {
            double r = retrievability(Math.floor(elapsedDays), memory.stability());
            s = grade == Grade.AGAIN
                    ? forgetStability(memory.difficulty(), memory.stability(), r)
                    : recallStability(memory.difficulty(), memory.stability(), r, grade);
        }
        s = Math.max(MIN_STABILITY, s);
        double d = nextDifficulty(memory.difficulty(), grade);
        return new Memory(
                s, d, at, due(grade, s, at), memory.reviews() + 1, memory.lapses() + (grade == Grade.AGAIN ? 1 : 0));
    }

    /** R(t, S) = (1 + FACTOR · t / S)^DECAY. */
    public double retrievability(double elapsedDays, double stability) {
        return Math.pow(1 + factor * elapsedDays / stability, decay);
    }

    /** S0(G) = w[G-1]. */
    public double initialStability(Grade g) {
        return Math.max(MIN_STABILITY, w[g.value() - 1]);
    }

    /** D0(G) = w4 − e^(w5·(G−1)) + 1 (unclamped). */
    public double initialDifficulty(Grade g) {
        return w[4] - Math.exp(w[5] * (g.value() - 1)) + 1;
    }

    /** D' = w7·D0(4) + (1 − w7)·(D + ΔD·(10 − D)/9), ΔD = −w6·(G − 3), clamped to [1, 10]. */
    public double nextDifficulty(double d, Grade g) {
        double delta = -w[6] * (g.value() - 3);
        double damped = d + delta * (10 - d) / 9;
        return clampDifficulty(w[7] * initialDifficulty(Grade.EASY) + (1 - w[7]) * damped);
    }

    /** S'r = S·(1 + e^w8·(11 − D)·S^−w9·(e^(w10·(1 − R)) − 1)·(w15 if Hard)·(w16 if Easy)). */
    public double recallStability(double d, double s, double r, Grade g) {
        double hard = g == Grade.HARD ? w[15] : 1;
        double easy = g == Grade.EASY ? w[16] : 1;
        return s * (1 + Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]) * (Math.exp(w[10] * (1 - r)) - 1) * hard * easy);
    }

    /** S'f = min(w11·D^−w12·((S + 1)^w13 − 1)·e^(w14·(1 − R)), S / e^(w17·w18)). */
    public double forgetStability(double d, double s, double r) {
        double longTerm = w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp(w[14] * (1 - r));
        return Math.min(longTerm, s / Math.exp(w[17] * w[18]));
    }

    /** S' = S·e^(w17·(G − 3 + w18))·S^−w19, never below S for Good and Easy. */
    public double shortTermStability(double s, Grade g) {
        double increase = Math.exp(w[17] * (g.value() - 3 + w[18])) * Math.pow(s, -w[19]);
        if (g == Grade.GOOD || g == Grade.EASY) {
            increase = Math.max(1, increase);
        }
        return s * increase;
    }

    /** I(r, S) = S / FACTOR · (r^(1/DECAY) − 1), in whole days, at least 1. */
    public int intervalDays(double stability) {
        double days = stability / factor * (Math.pow(DESIRED_RETENTION, 1 / decay) - 1);
        return (int) Math.min(MAX_INTERVAL_DAYS, Math.max(1, Math.round(days)));
    }

    private Instant due(Grade grade, double stability, Instant at) {
        return grade == Grade.AGAIN ? at.plus(RELEARNING_STEP) : at.plus(Duration.ofDays(intervalDays(stability)));
    }

    private static double clampDifficulty(double d) {
        return Math.min(10, Math.max(1, d));
    }
}
