package crmgraph.quiz;

/**
 * FSRS ratings. A wrong answer is AGAIN, a right one GOOD, a right one after a hint HARD. Each
 * has the letter a quiz link records it with and the word a quiz summary shows, so no page works
 * them out again from right/wrong and hinted.
 */
public enum Grade {
    AGAIN(1, 'w', "wrong"),
    HARD(2, 'h', "right after a hint"),
    GOOD(3, 'c', "right"),
    /** Never earned by an answer here; FSRS knows it, and reviews from elsewhere may carry it. */
    EASY(4, 'e', "right, easily");

    private final int value;
    private final char letter;
    private final String outcome;

    Grade(int value, char letter, String outcome) {
        this.value = value;
        this.letter = letter;
        this.outcome = outcome;
    }

    public int value() {
        return value;
    }

    /** The letter a quiz in progress records this grade with in its link: w, h, c (e for EASY). */
    public char letter() {
        return letter;
    }

    /** What a quiz summary says of an answer with this grade. */
    public String outcome() {
        return outcome;
    }

    /** Whether the answer was right (with or without a hint). */
    public boolean correct() {
        return this != AGAIN;
    }

    public static Grade of(int value) {
        for (Grade g : values()) {
            if (g.value == value) {
                return g;
            }
        }
        throw new IllegalArgumentException("no FSRS grade " + value);
    }

    /** The grade a quiz link's letter stands for. */
    public static Grade ofLetter(char letter) {
        for (Grade g : values()) {
            if (g.letter == letter) {
                return g;
            }
        }
        throw new IllegalArgumentException("no grade letter " + letter);
    }

    /** The grade an answer earns. */
    public static Grade of(boolean correct, boolean hinted) {
        return !correct ? AGAIN : hinted ? HARD : GOOD;
    }
}
