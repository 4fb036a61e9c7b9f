package crmgraph.quiz;

import java.util.List;

/**
 * What a right answer is.
 *
 * @param answer   the expected answer as shown in feedback
 * @param accepted other answers that are right too: aliases and acronyms
 * @param wrong    close answers that are known to be wrong: siblings in the same list, other kinds
 *                 of the same parent, the other choices
 */
public record AnswerKey(String answer, List<String> accepted, List<String> wrong) {

    public AnswerKey {
        accepted = List.copyOf(accepted);
        wrong = List.copyOf(wrong);
    }

    /** The answer and everything else accepted. */
    public List<String> all() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(answer), accepted.stream())
                .toList();
    }
}
