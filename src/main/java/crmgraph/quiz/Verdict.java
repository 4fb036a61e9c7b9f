package crmgraph.quiz;

/**
 * The checker's judgement of one answer.
 *
 * @param correct  whether the answer counts as right
 * @param expected the expected answer, as shown
 * @param feedback one or two sentences: what was accepted or what differed
 * @param match    which rule decided
 */
public record Verdict(boolean correct, String expected, String feedback, Match match) {

    /** The rule that decided, from exact to rejected. */
    public enum Match {
        EXACT,
        ALIAS,
        INFLECTION,
        TYPO,
        CHOICE,
        ORDER,
        EMPTY,
        SIBLING,
        OPPOSITE,
        WRONG_ORDER,
        WRONG,
        /** A wrong answer the learner said meant the same, counted as right at their word. */
        OVERRULED
    }
}
