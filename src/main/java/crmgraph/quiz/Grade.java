package crmgraph.quiz;

/** FSRS ratings. A wrong answer is AGAIN, a right one GOOD, a right one after a hint HARD. */
public enum Grade {
    AGAIN(1), HARD(2), GOOD(3), EASY(4);

    private final int value;

    Grade(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    public static Grade of(int value) {
        for (Grade g : values()) {
            if (g.value == value) {
                return g;
            }
        }
        throw new IllegalArgumentException("no FSRS grade " + value);
    }

    /** The grade an answer earns. */
    public static Grade of(boolean correct, boolean hinted) {
        return !correct ? AGAIN : hinted ? HARD : GOOD;
    }
}
